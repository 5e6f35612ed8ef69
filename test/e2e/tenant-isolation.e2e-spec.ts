import {
  getNamedType,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { createTestApp, TestApp } from '../factories/app.factory';
import { loadSchema, rootFields, selectionFor } from '../factories/graphql-fuzz';
import { fillPath, OpenApi, Operation, pathParams } from '../factories/openapi';
import { RawHttp, RawRequest, RawResponse } from '../factories/raw-http';
import { minimalBody } from '../factories/valid-bodies';
import { createWorld, fixtureKind, fixtureValue, World } from '../factories/world';

/**
 * Tenant isolation, generated from openapi.yaml and schema.gql: every route and GraphQL field
 * that takes an id is called with tenant A's ids and tenant B's credentials of every type (API
 * key, agent token, portal token), and with A's portal token of another customer. Each answer
 * is a 404 (401/403 where that credential type is refused) with nothing of A in it. The same
 * request with A's own credential is the control: not a 404, so the ids and bodies are right.
 * A route or field whose id has no fixture fails the test: a new route is covered the day it
 * lands, or the test says what it is missing.
 */

/** Path parameters that name a resource (tenantSlug is a namespace, token a capability). */
const isIdParam = (name: string) => name === 'id' || /Id$/.test(name);

/**
 * Bodies for writes on another tenant's ids: valid, so validation cannot answer before the
 * lookup, and a change (a PATCH of nothing may be refused first). Ids in them are A's too.
 * Anything not listed gets its minimal valid body (test/factories/valid-bodies.ts).
 */
const BODIES: Record<string, (a: World) => object> = {
  'PATCH /v1/groups/{id}': () => ({ name: 'renamed by B' }),
  'PATCH /v1/agents/{id}': () => ({ name: 'renamed by B' }),
  'PATCH /v1/customers/{id}': () => ({ name: 'renamed by B' }),
  'PATCH /v1/organizations/{id}': () => ({ name: 'renamed by B' }),
  'PATCH /v1/tickets/{id}': () => ({ subject: 'changed by B' }),
  'PATCH /v1/kb/categories/{id}': () => ({ name: 'renamed by B' }),
  'PATCH /v1/kb/articles/{id}': () => ({ title: 'changed by B' }),
  'PATCH /v1/checklist-templates/{id}': () => ({ name: 'renamed by B' }),
  'PATCH /v1/workflows/{id}': () => ({ name: 'renamed by B' }),
  'PATCH /v1/sla-policies/{id}': () => ({ name: 'renamed by B' }),
  'PATCH /v1/macros/{id}': () => ({ title: 'renamed by B' }),
  'POST /v1/tickets/{id}/surveys': () => ({ kind: 'nps' }),
  'PATCH /v1/webhooks/{id}': () => ({ description: 'changed by B' }),
  'POST /v1/webhooks/{id}/rotate-secret': () => ({ graceSeconds: 0 }),
};

/** Upserts by a natural key: B's call makes B's own row (2xx), never touches A's. */
const UPSERTS = new Set(['PUT /v1/customers/external/{externalId}']);

/** GraphQL inputs that need a value to be valid (an update with nothing in it is refused). */
const GRAPHQL_INPUTS: Record<string, object> = {
  UpdateTicketInput: { subject: 'changed by B' },
  UpdateMacroInput: { title: 'renamed by B' },
  UpdateSlaPolicyInput: { name: 'renamed by B' },
  UpdateWorkflowInput: { name: 'renamed by B' },
  UpdateChecklistTemplateInput: { name: 'renamed by B' },
  AddCommentInput: { body: 'comment by B' },
  RequestSurveyInput: { kind: 'nps' },
  UpsertCustomerInput: { name: 'upserted by B' },
};

interface Attempt {
  who: string;
  headers: Record<string, string>;
  /** Statuses that are right for this credential on this route. */
  expect: number[];
}

describe('tenant isolation matrix', () => {
  const api = new OpenApi();
  let t: TestApp;
  /** Tenant A (whose ids are tried) and tenant B (whose credentials try), fresh per test. */
  let a: World;
  let b: World;
  let http: RawHttp;
  const failures: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    http = new RawHttp(t.server);
    await http.listen();
  }, 120_000);

  // The controls delete A's resources at the end of each test: each test has its own worlds.
  beforeEach(async () => {
    a = await createWorld(t, 'tenantA');
    b = await createWorld(t, 'tenantB');
  }, 120_000);

  afterAll(async () => {
    http?.close();
    await t?.close();
  });

  /** A's strings found in an answer, except those the request itself carried. */
  const leaks = (res: RawResponse, req: { path: string; body?: Buffer }) => {
    const sent = `${decodeURIComponent(req.path)} ${req.body?.toString('utf8') ?? ''}`;
    return a.marks.filter((m) => res.text.includes(m) && !sent.includes(m));
  };

  const routes = api.operations.filter((op) => pathParams(op.path).some(isIdParam));

  const bodyFor = (op: Operation, name: string): Buffer | undefined => {
    if (!op.body) return undefined;
    const body = BODIES[name]?.(a) ?? minimalBody(op, a);
    if (!body)
      throw new Error(`${name}: no valid body (add one to test/factories/valid-bodies.ts)`);
    return Buffer.from(JSON.stringify(body));
  };

  const attemptsFor = (op: Operation): Attempt[] => {
    const portalRoute = op.scopes.includes('portal') && op.path.startsWith('/v1/portal/');
    const staff = (who: string, headers: Record<string, string>): Attempt => ({
      who,
      headers,
      expect: portalRoute ? [401, 403] : [404],
    });
    const portal = (who: string, headers: Record<string, string>): Attempt => ({
      who,
      headers,
      expect: portalRoute ? [404] : [401, 403],
    });
    if (op.public) return [{ who: 'no credential (tenant B’s slug)', headers: {}, expect: [404] }];
    return [
      staff('B’s API key', b.creds.admin),
      staff('B’s agent token', b.creds.agent),
      portal('B’s portal token', b.creds.portal),
      portal('A’s portal token of another customer', a.creds.portalOther),
    ];
  };

  it('REST: every route with an id, every credential type of another tenant → 404', async () => {
    const missing: string[] = [];
    const controls: { op: Operation; name: string; req: RawRequest }[] = [];
    let requests = 0;
    for (const op of routes) {
      const name = `${op.method.toUpperCase()} ${op.path}`;
      const values: Record<string, string> = {};
      for (const p of pathParams(op.path)) {
        const v = p === 'tenantSlug' ? b.tenant.slug : fixtureValue(a, op.path, p);
        if (v === undefined) missing.push(`${name}: {${p}} (add it to test/factories/world.ts)`);
        else values[p] = encodeURIComponent(v);
      }
      if (Object.keys(values).length < pathParams(op.path).length) continue;
      const path = fillPath(op.path, values);
      const body = bodyFor(op, name);
      const json: Record<string, string> = body ? { 'content-type': 'application/json' } : {};
      for (const attempt of attemptsFor(op)) {
        const req = {
          method: op.method.toUpperCase(),
          path,
          headers: { ...attempt.headers, ...json },
          body,
        };
        const res = await http.send(req);
        requests++;
        const expected =
          UPSERTS.has(name) && attempt.expect.includes(404) ? [200, 201] : attempt.expect;
        if (!expected.includes(res.status))
          failures.push(
            `${name} with ${attempt.who}: ${res.status} (expected ${expected.join('/')}) ${res.text.slice(0, 200)}`,
          );
        const leaked = leaks(res, req);
        if (leaked.length)
          failures.push(
            `${name} with ${attempt.who}: A's data in the answer: ${leaked.join(', ')}`,
          );
        if (UPSERTS.has(name) && res.status < 300 && JSON.parse(res.text).id === a.ids.customer)
          failures.push(`${name} with ${attempt.who}: updated A's customer`);
      }
      const own = op.public
        ? {}
        : op.scopes.includes('portal') && op.path.startsWith('/v1/portal/')
          ? a.creds.portal
          : a.creds.admin;
      const ownPath = op.path.includes('{tenantSlug}')
        ? fillPath(op.path, { ...values, tenantSlug: a.tenant.slug })
        : path;
      controls.push({
        op,
        name,
        req: { method: op.method.toUpperCase(), path: ownPath, headers: { ...own, ...json }, body },
      });
    }
    // Controls last (deletes at the very end): A's own credential finds every one of A's ids.
    controls.sort((x, y) => Number(x.op.method === 'delete') - Number(y.op.method === 'delete'));
    for (const { name, req } of controls) {
      const res = await http.send(req);
      requests++;
      if (res.status === 404 || res.status === 400 || res.status >= 500)
        failures.push(
          `control: ${name} with A's own credential: ${res.status} ${res.text.slice(0, 200)} (fix the fixture or BODIES)`,
        );
    }
    process.stdout.write(
      `isolation REST: ${routes.length} routes with ids, ${requests} requests (${controls.length} controls), ` +
        `${failures.length} failures\n`,
    );
    expect(missing).toEqual([]);
    expect(failures).toEqual([]);
  }, 300_000);

  it('REST: every read without an id (lists, search, reports, export), as tenant B, shows nothing of A', async () => {
    const reads = api.operations.filter(
      (op) =>
        op.method === 'get' &&
        !pathParams(op.path).some(isIdParam) &&
        !op.path.startsWith('/health'),
    );
    const found: string[] = [];
    const seenByA: string[] = [];
    let requests = 0;
    for (const op of reads) {
      const name = `GET ${op.path}`;
      // Filters get A's ids and A's words: a list filtered by them is empty for B.
      const query = op.parameters
        .filter((p) => p.in === 'query' && !['cursor', 'token', 'lastEventId'].includes(p.name))
        .map((p) => {
          const kind = fixtureKind(`/{${p.name}}`, p.name);
          if (kind && a.ids[kind]) return `${p.name}=${a.ids[kind]}`;
          if (['q', 'email', 'externalId', 'name', 'tag'].includes(p.name))
            return `${p.name}=${encodeURIComponent(p.name === 'externalId' ? a.externalId : a.mark)}`;
          return undefined;
        })
        .filter((x): x is string => !!x);
      const path =
        fillPath(op.path, { tenantSlug: b.tenant.slug }) +
        (query.length ? `?${query.join('&')}` : '');
      const who: [string, Record<string, string>][] = op.public
        ? [['no credential', {}]]
        : op.path.startsWith('/v1/portal/')
          ? [
              ['B’s portal token', b.creds.portal],
              ['A’s portal token of another customer', a.creds.portalOther],
            ]
          : [
              ['B’s API key', b.creds.admin],
              ['B’s agent token', b.creds.agent],
            ];
      // The control: A's own credential on the same read does see A (the search is not empty).
      const own = op.public
        ? fillPath(op.path, { tenantSlug: a.tenant.slug }) +
          (query.length ? `?${query.join('&')}` : '')
        : path;
      const ownHeaders = op.public
        ? {}
        : op.path.startsWith('/v1/portal/')
          ? a.creds.portal
          : a.creds.admin;
      if (
        leaks(await http.send({ method: 'GET', path: own, headers: ownHeaders }), { path: '' })
          .length
      )
        seenByA.push(name);
      for (const [label, headers] of who) {
        const req = { method: 'GET', path, headers };
        const res = await http.send(req);
        requests++;
        if (res.status >= 500) found.push(`${name} with ${label}: ${res.status}`);
        const leaked = leaks(res, req);
        if (leaked.length)
          found.push(`${name} with ${label}: A's data in the answer: ${leaked.join(', ')}`);
      }
    }
    process.stdout.write(
      `isolation REST reads: ${reads.length} operations, ${requests} requests; A sees its own data in ${seenByA.length} of them\n`,
    );
    expect(found).toEqual([]);
    expect(seenByA.length).toBeGreaterThanOrEqual(10);
  }, 120_000);

  it('GraphQL: every field taking an id, with tenant B’s credentials → NOT_FOUND, nothing of A', async () => {
    const schema = loadSchema();
    const fields = rootFields(schema).filter(({ field }) =>
      field.args.some((x) => getNamedType(x.type).name === 'ID' || x.name === 'externalId'),
    );
    const missing: string[] = [];
    const gqlFailures: string[] = [];
    let requests = 0;
    const idFor = (field: string, arg: string): string | undefined => {
      if (arg !== 'id') return a.ids[fixtureKind(`/{${arg}}`, arg) ?? arg.replace(/Id$/, '')];
      const kind = field.replace(/^(delete|update|publish|unpublish)/, '');
      return a.ids[kind.charAt(0).toLowerCase() + kind.slice(1)];
    };
    const valueOf = (type: GraphQLInputType, name: string, field: string): unknown => {
      if (isNonNullType(type)) return valueOf(type.ofType, name, field);
      if (isListType(type)) return [valueOf(type.ofType, name, field)];
      if (isInputObjectType(type)) {
        if (GRAPHQL_INPUTS[type.name]) return GRAPHQL_INPUTS[type.name];
        const out: Record<string, unknown> = {};
        for (const f of Object.values(type.getFields()))
          if (isNonNullType(f.type)) out[f.name] = valueOf(f.type, f.name, field);
        return out;
      }
      if (isEnumType(type)) return type.getValues()[0].value;
      switch (type.name) {
        case 'ID':
          return idFor(field, name);
        case 'Int':
        case 'Float':
          return 1;
        case 'Boolean':
          return true;
        default:
          return name === 'externalId' ? a.externalId : 'x';
      }
    };
    const call = async (auth: Record<string, string>, root: (typeof fields)[number]) => {
      const args = root.field.args.filter(
        (x) => isNonNullType(x.type) || getNamedType(x.type).name === 'ID',
      );
      const variables = Object.fromEntries(
        args.map((x) => [x.name, valueOf(x.type, x.name, root.name)]),
      );
      const declared = args.map((x) => `$${x.name}: ${String(x.type)}`).join(', ');
      const passed = args.map((x) => `${x.name}: $${x.name}`).join(', ');
      const query = `${root.operation} (${declared}) { ${root.name}(${passed}) ${selectionFor(root.field.type)} }`;
      const req = {
        method: 'POST',
        path: '/graphql',
        headers: { ...auth, 'content-type': 'application/json', accept: 'application/json' },
        body: Buffer.from(JSON.stringify({ query, variables })),
      };
      const res = await http.send(req);
      requests++;
      return {
        req,
        res,
        variables,
        body: JSON.parse(res.text) as {
          data?: unknown;
          errors?: { extensions?: { code?: string } }[];
        },
      };
    };
    /** Fields whose ids are all optional filter (a report by group): no error, nothing of A. */
    const isFilter = (root: (typeof fields)[number]) =>
      root.field.args.every((x) => getNamedType(x.type).name !== 'ID' || !isNonNullType(x.type)) &&
      !root.field.args.some((x) => x.name === 'externalId');
    // Reads without an id (lists, search, reports), as B, with A's words as the search: nothing.
    // First: upsertCustomer below makes B a customer with A's external id (B's own row).
    const reads = rootFields(schema).filter(
      (r) =>
        r.operation === 'query' &&
        !r.field.args.some((x) => isNonNullType(x.type) && x.name !== 'q'),
    );
    for (const root of reads) {
      const q = root.field.args.some((x) => x.name === 'q');
      const query = `query${q ? '($q: String!)' : ''} { ${root.name}${q ? '(q: $q)' : ''} ${selectionFor(root.field.type)} }`;
      for (const [who, auth] of [
        ['B’s API key', b.creds.admin],
        ['B’s agent token', b.creds.agent],
      ] as const) {
        const req = {
          method: 'POST',
          path: '/graphql',
          headers: { ...auth, 'content-type': 'application/json' },
          body: Buffer.from(JSON.stringify({ query, variables: q ? { q: a.mark } : {} })),
        };
        const res = await http.send(req);
        requests++;
        if (res.status >= 500 || /INTERNAL_SERVER_ERROR/.test(res.text))
          gqlFailures.push(`${root.name} with ${who}: ${res.text.slice(0, 200)}`);
        const leaked = leaks(res, req);
        if (leaked.length)
          gqlFailures.push(
            `${root.name} with ${who}: A's data in the answer: ${leaked.join(', ')}`,
          );
      }
    }
    for (const root of fields) {
      const unresolved = root.field.args.filter(
        (x) =>
          getNamedType(x.type).name === 'ID' && isNonNullType(x.type) && !idFor(root.name, x.name),
      );
      if (unresolved.length) {
        missing.push(`${root.name}(${unresolved.map((x) => x.name).join(', ')})`);
        continue;
      }
      for (const [who, auth, codes] of [
        ['B’s API key', b.creds.admin, ['NOT_FOUND']],
        ['B’s agent token', b.creds.agent, ['NOT_FOUND']],
        ['B’s portal token', b.creds.portal, ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']],
      ] as const) {
        const { req, res, body } = await call(auth, root);
        const code = body.errors?.[0]?.extensions?.code;
        const upsert = root.name === 'upsertCustomer' && who !== 'B’s portal token';
        const filter = isFilter(root) && who !== 'B’s portal token';
        if (
          filter || upsert
            ? body.errors?.length
            : !(codes as readonly string[]).includes(code ?? '')
        )
          gqlFailures.push(`${root.name} with ${who}: ${res.status} ${res.text.slice(0, 200)}`);
        if (!upsert && !filter && body.data != null && JSON.stringify(body.data) !== 'null')
          gqlFailures.push(
            `${root.name} with ${who}: data ${JSON.stringify(body.data).slice(0, 200)}`,
          );
        const leaked = leaks(res, req);
        if (leaked.length)
          gqlFailures.push(
            `${root.name} with ${who}: A's data in the answer: ${leaked.join(', ')}`,
          );
      }
    }
    // Controls: A's own key finds every id (deletes last).
    for (const root of [...fields].sort(
      (x, y) => Number(x.name.startsWith('delete')) - Number(y.name.startsWith('delete')),
    )) {
      if (missing.some((m) => m.startsWith(`${root.name}(`))) continue;
      const { res, body } = await call(a.creds.admin, root);
      const code = body.errors?.[0]?.extensions?.code;
      if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || code === 'INTERNAL_SERVER_ERROR')
        gqlFailures.push(`control: ${root.name} with A's own key: ${res.text.slice(0, 200)}`);
    }
    process.stdout.write(
      `isolation GraphQL: ${fields.length} fields taking an id, ${reads.length} reads without one, ${requests} requests, ${gqlFailures.length} failures\n`,
    );
    expect(missing).toEqual([]);
    expect(gqlFailures).toEqual([]);
  }, 300_000);
});
