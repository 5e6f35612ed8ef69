import fc from 'fast-check';
import { createTestApp, PLATFORM_TOKEN, TestApp } from '../factories/app.factory';
import {
  accept,
  contentType,
  encode,
  bodyFor,
  GenContext,
  headerSafe,
  hostileJson,
  hostileSegment,
  hostileString,
  idempotencyKey,
  ifMatch,
  LEAK,
  RAW_BODIES,
  requestIdHeader,
  validFor,
} from '../factories/hostile';
import {
  hostileDocuments,
  loadSchema,
  requestFor as gqlRequestFor,
  rootFields,
} from '../factories/graphql-fuzz';
import { fillPath, OpenApi, Operation, pathParams } from '../factories/openapi';
import { RawHttp, RawRequest, RawResponse } from '../factories/raw-http';
import { minimalBody } from '../factories/valid-bodies';
import { createWorld, fixtureValue, World } from '../factories/world';

/**
 * Generated hostile requests for every operation in openapi.yaml and every root field in
 * schema.gql: no 5xx, no stack trace or database text in any body, and every REST 4xx an
 * RFC 9457 problem. Seeded: FUZZ_SEED replays a run, FUZZ_RUNS sets requests per operation
 * (`npm run fuzz` runs many more), FUZZ_ONLY (a regex on "METHOD /path" or the GraphQL field)
 * narrows it down.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const ONLY = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : undefined;
const BUDGET_MS = Number(process.env.FUZZ_TIMEOUT_MS ?? 30 * 60_000);

interface Failure {
  operation: string;
  problem: string;
  request: string;
  status: number;
  body: string;
}

/** Everything wrong with one answer, or an empty list. */
function check(op: Pick<Operation, 'method' | 'path'>, res: RawResponse): string[] {
  const problems: string[] = [];
  if (res.status >= 500 || res.status < 100) problems.push(`status ${res.status}`);
  const match = LEAK.exec(res.text);
  if (match) problems.push(`internal text in the body: ${match[0]}`);
  if (res.status >= 400 && op.method !== 'head') {
    const type = String(res.headers['content-type'] ?? '');
    const htmlPage = op.path.startsWith('/s/') && type.startsWith('text/html');
    if (!htmlPage) {
      if (!type.startsWith('application/problem+json')) {
        problems.push(`a ${res.status} as ${type || 'no content type'}, not a problem`);
      } else {
        try {
          const p = JSON.parse(res.text) as { type?: unknown; title?: unknown; status?: unknown };
          if (typeof p.type !== 'string' || typeof p.title !== 'string' || p.status !== res.status)
            problems.push('a problem without type, title or the response status');
        } catch {
          problems.push('a problem body that is not JSON');
        }
      }
    }
  }
  return problems;
}

/** Everything wrong with one GraphQL answer: 5xx, leaks, uncoded or internal errors. */
function checkGraphql(res: RawResponse): string[] {
  const problems: string[] = [];
  if (res.status >= 500 || res.status < 100) problems.push(`status ${res.status}`);
  const leak = LEAK.exec(res.text);
  if (leak) problems.push(`internal text in the body: ${leak[0]}`);
  const type = String(res.headers['content-type'] ?? '');
  let body: {
    errors?: { message?: string; extensions?: Record<string, unknown> }[];
    status?: number;
  };
  try {
    body = JSON.parse(res.text) as typeof body;
  } catch {
    problems.push(`a ${res.status} that is not JSON (${type}): ${res.text.slice(0, 80)}`);
    return problems;
  }
  if (type.startsWith('application/problem+json')) {
    if (body.status !== res.status) problems.push('a problem without the response status');
    return problems;
  }
  if (res.status >= 400 && !body.errors?.length) problems.push(`a ${res.status} without errors`);
  for (const e of body.errors ?? []) {
    const code = e.extensions?.code;
    if (typeof code !== 'string') problems.push(`an error without extensions.code: ${e.message}`);
    else if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${e.message}`);
    if (e.extensions && 'stacktrace' in e.extensions) problems.push('a stack trace in extensions');
  }
  return problems;
}

const describeRequest = (r: RawRequest) =>
  JSON.stringify({
    method: r.method,
    path: r.path.length > 300 ? `${r.path.slice(0, 300)}…(${r.path.length})` : r.path,
    headers: Object.fromEntries(
      Object.entries(r.headers).map(([k, v]) => [k, v.length > 100 ? `${v.slice(0, 100)}…` : v]),
    ),
    body: r.body
      ? r.body.length > 600
        ? `${r.body.subarray(0, 600).toString('utf8')}…(${r.body.length} bytes)`
        : r.body.toString('utf8')
      : undefined,
  });

describe('fuzz', () => {
  const api = new OpenApi();
  let t: TestApp;
  let w: World;
  let http: RawHttp;
  let ctx: GenContext;
  const cursors = new Map<string, string>();
  const failures: Failure[] = [];
  const counts = {
    requests: 0,
    operations: 0,
    status5xx: 0,
    byClass: {} as Record<string, number>,
  };

  beforeAll(async () => {
    t = await createTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    w = await createWorld(t, 'fuzz');
    http = new RawHttp(t.server);
    await http.listen();
    // Ids the fuzz may put anywhere; not the credentials' own agent and customer.
    const pool = Object.entries(w.ids)
      .filter(([k]) => !['tokenAgent', 'portalCustomer'].includes(k))
      .map(([, v]) => v);
    ctx = { api, ids: pool };
    // Real cursors of each list (limit=1), to be fuzzed key by key.
    for (const op of api.operations) {
      if (op.method !== 'get' || !op.parameters.some((p) => p.name === 'cursor')) continue;
      const values = Object.fromEntries(
        pathParams(op.path).map((p) => [p, fixtureValue(w, op.path, p) ?? 'x']),
      );
      const res = await http.send({
        method: 'GET',
        path: `${fillPath(op.path, values)}?limit=1`,
        headers: op.path.startsWith('/v1/portal/') ? w.creds.portal : w.creds.admin,
      });
      const next = (JSON.parse(res.text || '{}') as { nextCursor?: string }).nextCursor;
      if (next) cursors.set(op.id, next);
    }
    process.stdout.write(`fuzz: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}\n`);
  }, 120_000);

  afterAll(async () => {
    http?.close();
    await t?.close();
  });

  const credential = (op: Operation): fc.Arbitrary<Record<string, string>> => {
    const none = fc.constant({});
    const garbage = fc.constantFrom(
      { Authorization: 'Bearer hdk_not-a-key' },
      { Authorization: 'Bearer' },
      { Authorization: 'Basic dXNlcjpwYXNz' },
      { Authorization: `Bearer ${'x'.repeat(5000)}` },
      { Authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
    );
    if (op.public)
      return fc.oneof(
        { weight: 6, arbitrary: none },
        { weight: 1, arbitrary: fc.constant(w.creds.admin) },
        { weight: 1, arbitrary: garbage },
      );
    if (op.path === '/v1/tenants')
      return fc.oneof(
        { weight: 6, arbitrary: fc.constant({ Authorization: `Bearer ${PLATFORM_TOKEN}` }) },
        { weight: 1, arbitrary: fc.constant(w.creds.admin) },
        { weight: 1, arbitrary: garbage },
      );
    if (op.path.startsWith('/v1/portal/') && op.scopes.includes('portal'))
      return fc.oneof(
        { weight: 6, arbitrary: fc.constant(w.creds.portal) },
        { weight: 1, arbitrary: fc.constant(w.creds.portalOther) },
        { weight: 1, arbitrary: fc.constant(w.creds.admin) },
      );
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant(w.creds.admin) },
      { weight: 2, arbitrary: fc.constant(w.creds.agent) },
      { weight: 1, arbitrary: fc.constant(w.creds.portal) },
      { weight: 1, arbitrary: fc.oneof(none, garbage) },
    );
  };

  const pathValue = (op: Operation, param: string): fc.Arbitrary<string> => {
    const real = fixtureValue(w, op.path, param);
    return fc.oneof(
      ...(real ? [{ weight: 5, arbitrary: fc.constant(encode(real)) }] : []),
      { weight: 1, arbitrary: fc.constantFrom(...ctx.ids) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 3, arbitrary: hostileSegment },
    );
  };

  const cursorValue = (op: Operation): fc.Arbitrary<string> => {
    const real = cursors.get(op.id);
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v) ?? 'null').toString('base64url');
    const crafted = fc
      .tuple(
        fc.constantFrom(
          'id',
          '-createdAt',
          'createdAt',
          'updatedAt',
          'position',
          'name',
          '-version',
        ),
        fc.array(hostileJson, { maxLength: 3 }),
      )
      .map(([s, k]) => b64({ s, k }));
    const arbs: fc.Arbitrary<string>[] = [
      crafted,
      hostileString,
      fc.constantFrom(b64(null), b64([]), b64({}), b64('x'), 'AAAA', '===='),
    ];
    if (real) {
      const parsed = JSON.parse(Buffer.from(real, 'base64url').toString('utf8')) as {
        s: string;
        k: unknown[];
      };
      arbs.push(
        fc.constant(real),
        fc
          .tuple(fc.nat(parsed.k.length - 1), hostileJson)
          .map(([i, v]) => b64({ s: parsed.s, k: parsed.k.map((x, j) => (j === i ? v : x)) })),
        fc.array(hostileJson, { maxLength: 4 }).map((k) => b64({ s: parsed.s, k })),
      );
    }
    return fc.oneof(...arbs);
  };

  /** `k=v` pairs, already encoded: the operation's parameters, fuzzed, and unknown ones. */
  const queryPairs = (op: Operation): fc.Arbitrary<string[]> => {
    const params = op.parameters.filter((p) => p.in === 'query');
    const value = (name: string, schema = {}) =>
      name === 'cursor'
        ? cursorValue(op)
        : fc.oneof(
            { weight: 2, arbitrary: validFor(schema, ctx).map((v) => String(v)) },
            { weight: 2, arbitrary: hostileString },
            {
              weight: 1,
              arbitrary: fc.constantFrom(
                '',
                '0',
                '-1',
                '101',
                '1e3',
                '1.5',
                'true',
                'null',
                '2147483648',
              ),
            },
          );
    const pairs = params.map((p) =>
      fc.option(
        fc.oneof(
          {
            weight: 6,
            arbitrary: value(p.name, p.schema).map((v) => [`${encode(p.name)}=${encode(v)}`]),
          },
          {
            weight: 1,
            arbitrary: fc
              .tuple(value(p.name, p.schema), value(p.name, p.schema))
              .map(([a, b]) => [`${p.name}=${encode(a)}`, `${p.name}=${encode(b)}`]),
          },
          {
            weight: 1,
            arbitrary: value(p.name, p.schema).map((v) => [
              `${p.name}[x]=${encode(v)}`,
              `${p.name}[]=1`,
            ]),
          },
          { weight: 1, arbitrary: fc.constant([p.name, `${p.name}=`]) },
        ),
        { nil: [] as string[], freq: 2 },
      ),
    );
    const extra = fc.option(
      fc.tuple(
        fc.constantFrom(
          '__proto__',
          'constructor',
          'unknown',
          'access_token',
          'limit',
          'x%00',
          '%zz',
          'a[b][c]',
          'sort',
        ),
        hostileString,
      ),
      { nil: undefined, freq: 4 },
    );
    return fc
      .tuple(fc.tuple(...pairs), extra)
      .map(([ps, e]) => [...ps.flat(), ...(e ? [`${e[0]}=${encode(e[1])}`] : [])]);
  };

  const body = (op: Operation): fc.Arbitrary<{ bytes?: Buffer; form?: boolean }> => {
    const json = (v: unknown) => ({ bytes: Buffer.from(JSON.stringify(v) ?? 'null', 'utf8') });
    const raw = fc.constantFrom(...RAW_BODIES).map((b) => ({ bytes: Buffer.from(b) }));
    if (op.otherBodyTypes.includes('application/x-www-form-urlencoded')) {
      return fc.oneof(
        fc.tuple(hostileString, hostileString).map(([a, b]) => ({
          bytes: Buffer.from(`comment=${encode(a)}&score=${encode(b)}`),
          form: true,
        })),
        raw,
        fc.constant({}),
      );
    }
    if (op.body)
      return fc.oneof(
        { weight: 8, arbitrary: bodyFor(op.body, ctx).map(json) },
        { weight: 1, arbitrary: raw },
        { weight: 1, arbitrary: hostileJson.map(json) },
      );
    return fc.oneof(
      { weight: 8, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: raw },
      { weight: 1, arbitrary: hostileJson.map(json) },
    );
  };

  const requestFor = (op: Operation): fc.Arbitrary<RawRequest> =>
    fc
      .record({
        cred: credential(op),
        path: fc.tuple(
          ...pathParams(op.path).map((p) => pathValue(op, p).map((v) => [p, v] as const)),
        ),
        query: queryPairs(op),
        body: op.method === 'head' ? fc.constant<{ bytes?: Buffer; form?: boolean }>({}) : body(op),
        ifMatch,
        idempotencyKey,
        accept,
        contentType,
        requestId: requestIdHeader,
        lastEventId: op.id.includes('stream')
          ? fc.option(hostileString.map(headerSafe), { nil: undefined })
          : fc.constant(undefined),
      })
      .map((g) => {
        const headers: Record<string, string> = { ...g.cred };
        const set = (k: string, v: string | undefined) => {
          if (v !== undefined) headers[k] = v;
        };
        set('if-match', g.ifMatch);
        set('idempotency-key', g.idempotencyKey);
        set('accept', g.accept);
        set('x-request-id', g.requestId);
        set('last-event-id', g.lastEventId);
        if (g.body.bytes) {
          set('content-type', g.body.form ? 'application/x-www-form-urlencoded' : g.contentType);
        }
        const query = g.query.length ? `?${g.query.join('&')}` : '';
        return {
          method: op.method.toUpperCase(),
          path: fillPath(op.path, Object.fromEntries(g.path)) + query,
          headers,
          body: g.body.bytes,
        };
      });

  const seedOf = (name: string) => {
    let h = SEED;
    for (const ch of name) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
    return h;
  };

  it('a required field left out, or null on PATCH/PUT where the schema does not allow it, is a 400 naming the field', async () => {
    const checked: string[] = [];
    const noBody: string[] = [];
    for (const op of api.operations) {
      if (!op.body) continue;
      const name = `${op.method.toUpperCase()} ${op.path}`;
      const base = minimalBody(op, w);
      if (!base) {
        noBody.push(name);
        continue;
      }
      const path = fillPath(
        op.path,
        Object.fromEntries(pathParams(op.path).map((p) => [p, fixtureValue(w, op.path, p)!])),
      );
      const update = op.method === 'patch' || op.method === 'put';
      const cases: { field?: string; value?: null; expect400: boolean }[] = [
        { expect400: false },
        ...(op.body.required ?? []).map((field) => ({ field, expect400: true })),
        // Null clears a field on PATCH/PUT: where the schema does not say nullable it is a
        // 400 naming the field. On create it may mean "left out"; it is never a 5xx.
        ...Object.entries(op.body.properties ?? {}).map(([field, p]) => ({
          field,
          value: null,
          expect400: update && !api.deref(p).nullable,
        })),
      ];
      for (const c of cases) {
        const body: Record<string, unknown> = { ...base };
        if (c.field && c.value === null) body[c.field] = null;
        else if (c.field) delete body[c.field];
        const req = {
          method: op.method.toUpperCase(),
          path,
          headers: { ...credentialFor(op), 'content-type': 'application/json' },
          body: Buffer.from(JSON.stringify(body)),
        };
        const res = await http.send(req);
        checked.push(`${name} ${c.field ?? '(minimal body)'}`);
        const named =
          (JSON.parse(res.text || '{}') as { errors?: { field: string }[] }).errors?.map(
            (e) => e.field.split(/[.[]/)[0],
          ) ?? [];
        const ok = c.expect400
          ? res.status === 400 && named.includes(c.field!)
          : res.status < 500 && !(c.field === undefined && res.status === 400);
        if (!ok) {
          failures.push({
            operation: name,
            problem: `${c.field ?? 'the minimal body'}${c.field ? (c.value === null ? ': null' : ': left out') : ''} → ${res.status}${res.status === 400 ? ` naming ${named.join(', ')}` : ''}`,
            request: describeRequest(req),
            status: res.status,
            body: res.text.slice(0, 300),
          });
        }
      }
    }
    process.stdout.write(
      `fuzz: ${checked.length} bodies with a required field left out or a field null\n`,
    );
    expect(noBody).toEqual([]);
    report(failures.splice(0));
  });

  /** The credential an operation is meant for. */
  const credentialFor = (op: Operation): Record<string, string> =>
    op.public
      ? {}
      : op.path === '/v1/tenants'
        ? { Authorization: `Bearer ${PLATFORM_TOKEN}` }
        : op.path.startsWith('/v1/portal/') && op.scopes.includes('portal')
          ? w.creds.portal
          : w.creds.admin;

  it(
    `REST: every operation in openapi.yaml, ${RUNS} generated requests each`,
    async () => {
      const started = Date.now();
      // Deletes last, so the other operations meet real rows.
      const ops = [...api.operations]
        .filter((op) => !ONLY || ONLY.test(`${op.method.toUpperCase()} ${op.path}`))
        .sort((a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'));
      const slow: [string, number][] = [];
      for (const op of ops) {
        if (Date.now() - started > BUDGET_MS) break;
        const name = `${op.method.toUpperCase()} ${op.path}`;
        const opStarted = Date.now();
        counts.operations++;
        await fc.assert(
          fc.asyncProperty(requestFor(op), async (req) => {
            let res: RawResponse;
            try {
              res = await http.send(req);
            } catch (e) {
              res = {
                status: 0,
                headers: {},
                text: `no HTTP answer: ${(e as Error).message}`,
                streamed: false,
              };
            }
            counts.requests++;
            const cls = `${Math.floor(res.status / 100)}xx`;
            counts.byClass[cls] = (counts.byClass[cls] ?? 0) + 1;
            if (res.status >= 500) counts.status5xx++;
            for (const problem of check(op, res)) {
              failures.push({
                operation: name,
                problem,
                request: describeRequest(req),
                status: res.status,
                body: res.text.slice(0, 500),
              });
            }
          }),
          { seed: seedOf(name), numRuns: RUNS, endOnFailure: true },
        );
        slow.push([name, Date.now() - opStarted]);
      }
      slow.sort((a, b) => b[1] - a[1]);
      process.stdout.write(
        `fuzz REST: ${counts.requests} requests, ${counts.operations}/${api.operations.length} operations, ` +
          `5xx: ${counts.status5xx}, by class ${JSON.stringify(counts.byClass)}, ${Date.now() - started} ms ` +
          `(slowest: ${slow
            .slice(0, 3)
            .map(([n, ms]) => `${n} ${ms} ms`)
            .join(', ')}); FUZZ_SEED=${SEED}\n`,
      );
      report(failures);
    },
    BUDGET_MS + 60_000,
  );

  it(
    `GraphQL: every Query and Mutation field in schema.gql, ${RUNS} generated requests each`,
    async () => {
      const started = Date.now();
      // A world of its own: the REST fuzz deleted much of the first one.
      const wg = await createWorld(t, 'gql');
      const gctx = {
        ids: Object.entries(wg.ids)
          .filter(([k]) => !['tokenAgent', 'portalCustomer'].includes(k))
          .map(([, v]) => v),
      };
      const roots = rootFields(loadSchema())
        .filter((r) => !ONLY || ONLY.test(r.name))
        .sort((a, b) => Number(a.name.startsWith('delete')) - Number(b.name.startsWith('delete')));
      const cred = fc.oneof(
        { weight: 6, arbitrary: fc.constant(wg.creds.admin) },
        { weight: 2, arbitrary: fc.constant(wg.creds.agent) },
        { weight: 1, arbitrary: fc.constant(wg.creds.portal) },
        { weight: 1, arbitrary: fc.constant({}) },
      );
      const gqlAccept = fc.constantFrom(
        'application/json',
        'application/graphql-response+json',
        'application/graphql-response+json, application/json;q=0.9',
        '*/*',
        undefined,
      );
      const g = { requests: 0, fields: 0, status5xx: 0 };
      const send = async (name: string, req: RawRequest) => {
        let res: RawResponse;
        try {
          res = await http.send(req);
        } catch (e) {
          res = {
            status: 0,
            headers: {},
            text: `no HTTP answer: ${(e as Error).message}`,
            streamed: false,
          };
        }
        g.requests++;
        if (res.status >= 500) g.status5xx++;
        for (const problem of checkGraphql(res))
          failures.push({
            operation: `GraphQL ${name}`,
            problem,
            request: describeRequest(req),
            status: res.status,
            body: res.text.slice(0, 500),
          });
      };
      const post = (body: string, auth: Record<string, string>, acc?: string): RawRequest => ({
        method: 'POST',
        path: '/graphql',
        headers: { ...auth, 'content-type': 'application/json', ...(acc ? { accept: acc } : {}) },
        body: Buffer.from(body),
      });
      for (const root of roots) {
        if (Date.now() - started > BUDGET_MS) break;
        g.fields++;
        await fc.assert(
          fc.asyncProperty(gqlRequestFor(root, gctx), cred, gqlAccept, async (req, auth, acc) => {
            await send(root.name, post(JSON.stringify(req), auth, acc));
          }),
          { seed: seedOf(root.name), numRuns: RUNS },
        );
      }
      await fc.assert(
        fc.asyncProperty(
          hostileDocuments(gctx),
          cred,
          gqlAccept,
          fc.boolean(),
          async (body, auth, acc, get) => {
            const parsed = (() => {
              try {
                return JSON.parse(body) as { query?: unknown };
              } catch {
                return undefined;
              }
            })();
            if (get && typeof parsed?.query === 'string') {
              await send('(document, GET)', {
                method: 'GET',
                path: `/graphql?query=${encode(parsed.query)}`,
                headers: {
                  ...auth,
                  ...(acc ? { accept: acc } : {}),
                  'apollo-require-preflight': 'true',
                },
              });
            } else await send('(document)', post(body, auth, acc));
          },
        ),
        { seed: seedOf('documents'), numRuns: RUNS * 4 },
      );
      counts.requests += g.requests;
      process.stdout.write(
        `fuzz GraphQL: ${g.requests} requests, ${g.fields} root fields + whole documents, 5xx: ${g.status5xx}, ` +
          `${Date.now() - started} ms; FUZZ_SEED=${SEED}\n`,
      );
      report(failures.splice(0));
    },
    BUDGET_MS + 60_000,
  );
});

function report(failures: Failure[]): void {
  if (failures.length === 0) return;
  const byKind = new Map<string, Failure[]>();
  for (const f of failures) {
    const key = `${f.operation}: ${f.problem}`;
    byKind.set(key, [...(byKind.get(key) ?? []), f]);
  }
  const lines = [...byKind.entries()].map(
    ([key, fs]) =>
      `${key} (×${fs.length})\n  request: ${fs[0].request}\n  answer: ${fs[0].status} ${fs[0].body}`,
  );
  throw new Error(`${failures.length} bad answers, FUZZ_SEED=${SEED}:\n${lines.join('\n')}`);
}
