import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '../../src/app.setup';
import { createTenant, createTestApp, TestApp, TestTenant } from '../factories/app.factory';

type Body = Record<string, unknown>;

/** How to make one resource of each path with a conditional DELETE, and a PATCH that changes it. */
interface Resource {
  create: (ctx: { customerId: string }) => Body;
  /** The n-th change (each a real change: a no-op PATCH keeps the version). */
  patch?: (n: number) => Body;
}

const RESOURCES: Record<string, Resource> = {
  '/v1/api-keys/{id}': { create: () => ({ name: 'Key', scopes: ['tickets:read'] }) },
  '/v1/groups/{id}': {
    create: () => ({ name: 'Group' }),
    patch: (n) => ({ description: `d${n}` }),
  },
  '/v1/agents/{id}': {
    create: () => ({ name: 'Agent', email: `a${Math.random()}@example.com`, role: 'agent' }),
    patch: (n) => ({ name: `Agent ${n}` }),
  },
  '/v1/customers/{id}': { create: () => ({ name: 'C' }), patch: (n) => ({ name: `C${n}` }) },
  '/v1/organizations/{id}': {
    create: () => ({ name: 'Org' }),
    patch: (n) => ({ name: `Org ${n}` }),
  },
  '/v1/tickets/{id}': {
    create: ({ customerId }) => ({ subject: 's', description: 'd', customerId }),
    patch: (n) => ({ subject: `s${n}` }),
  },
  '/v1/kb/categories/{id}': {
    create: () => ({ name: 'Cat' }),
    patch: (n) => ({ name: `Cat ${n}` }),
  },
  '/v1/kb/articles/{id}': {
    create: () => ({ title: 'A', body: 'b', locale: 'en', visibility: 'public' }),
    patch: (n) => ({ title: `A${n}` }),
  },
  '/v1/checklist-templates/{id}': {
    create: () => ({ name: 'List', items: [{ title: 'one' }] }),
    patch: (n) => ({ name: `List ${n}` }),
  },
  '/v1/workflows/{id}': {
    create: () => ({
      name: 'Rule',
      trigger: 'ticket.created',
      actions: [{ type: 'set_priority', priority: 'high' }],
    }),
    patch: (n) => ({ name: `Rule ${n}` }),
  },
  '/v1/sla-policies/{id}': {
    create: () => ({
      name: 'SLA',
      targets: { normal: { firstResponseMinutes: 30, resolutionMinutes: 600 } },
    }),
    patch: (n) => ({ name: `SLA ${n}` }),
  },
  '/v1/macros/{id}': {
    create: () => ({ title: 'M', body: 'b' }),
    patch: (n) => ({ title: `M${n}` }),
  },
  '/v1/webhooks/{id}': {
    create: () => ({ url: 'http://127.0.0.1:9/hooks', events: ['ticket.created'] }),
    patch: (n) => ({ description: `hook ${n}` }),
  },
};

/**
 * If-Match per RFC 9110 §13.1.1 on every conditional write the API documents: `*`, lists,
 * strong comparison (a weak tag never matches), 412 on no match, 400 on what is not a list.
 * The routes come from the OpenAPI document: a new DELETE or conditional PATCH fails here
 * until it is in RESOURCES.
 */
describe('conditional requests (If-Match)', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let doc: OpenAPIObject;
  let customerId: string;
  beforeAll(async () => {
    t = await createTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    tenant = await createTenant(t);
    doc = buildOpenApiDocument(t.app);
    customerId = (
      await t.http().post('/v1/customers').set(tenant.auth).send({ name: 'Owner' }).expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  /** The header itself, or the shared parameter the document's conventions put in its place. */
  const declaresIfMatch = (op: { parameters?: unknown[] } | undefined) =>
    (op?.parameters ?? []).some((p) => {
      const param = p as { name?: string; $ref?: string };
      return param.name === 'If-Match' || param.$ref === '#/components/parameters/IfMatch';
    });

  it('every DELETE declares If-Match, and every conditional route is covered here', () => {
    const deletes = Object.entries(doc.paths).filter(([, item]) => item.delete);
    expect(deletes.length).toBeGreaterThan(10);
    for (const [path, item] of deletes) {
      expect({ path, ifMatch: declaresIfMatch(item.delete) }).toEqual({ path, ifMatch: true });
      expect(Object.keys(RESOURCES)).toContain(path);
    }
    for (const [path, item] of Object.entries(doc.paths)) {
      if (declaresIfMatch(item.patch) && path in RESOURCES)
        expect({ path, patch: typeof RESOURCES[path].patch }).toEqual({ path, patch: 'function' });
    }
  });

  const base = (path: string) => path.replace('/{id}', '');

  it.each(Object.keys(RESOURCES))('%s: lists, *, weak and foreign tags', async (path) => {
    const { create, patch } = RESOURCES[path];
    const url = (id: string) => `${base(path)}/${id}`;
    const created = await t
      .http()
      .post(base(path))
      .set(tenant.auth)
      .send(create({ customerId }))
      .expect(201);
    const id = created.body.id as string;
    const etag = async () =>
      (await t.http().get(url(id)).set(tenant.auth).expect(200)).headers.etag as string;
    expect(await etag()).toBe('"1"');
    let version = 1;

    if (patch) {
      const send = (ifMatch: string, n: number) =>
        t.http().patch(url(id)).set(tenant.auth).set('If-Match', ifMatch).send(patch(n));
      expectProblem(await send('W/"1"', 1), 412); // strong comparison: weak never matches
      expectProblem(await send('"abc"', 1), 412); // an entity-tag, not one of ours
      expectProblem(await send('"7", "8"', 1), 412);
      expectProblem(await send('"1" "2"', 1), 400); // not a list
      expect((await send('"7", "1"', 2).expect(200)).headers.etag).toBe('"2"');
      expect((await send('*', 3).expect(200)).headers.etag).toBe('"3"');
      version = 3;
      expect(await etag()).toBe('"3"');
    }

    const del = (ifMatch: string) =>
      t.http().delete(url(id)).set(tenant.auth).set('If-Match', ifMatch);
    expectProblem(await del(`"0", "${version + 5}"`), 412);
    expectProblem(await del(`W/"${version}"`), 412);
    expectProblem(await del('garbage'), 400);
    expect(await etag()).toBe(`"${version}"`); // refused deletes changed nothing
    await del(`"99", "${version}"`).expect(204);

    if (path === '/v1/api-keys/{id}') {
      // A revoked key stays listed, at its next version: the old ETag no longer matches.
      expect(await etag()).toBe('"2"');
      expectProblem(await del('"1"'), 412);
      await t.http().delete(url(id)).set(tenant.auth).expect(204); // revoking twice: no-op
    } else {
      await t.http().get(url(id)).set(tenant.auth).expect(404);
      expectProblem(await del('*'), 404);
    }
  });

  it('100 concurrent If-Match PATCHes on one ticket: each applies or gets 412, in order', async () => {
    const ticket = (
      await t
        .http()
        .post('/v1/tickets')
        .set(tenant.auth)
        .send({ subject: 'start', description: 'd', customerId })
        .expect(201)
    ).body;
    // Request i expects version (i % 20) + 1: several can succeed, each on the version it named.
    const results = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const expected = (i % 20) + 1;
        const res = await t
          .http()
          .patch(`/v1/tickets/${ticket.id}`)
          .set(tenant.auth)
          .set('If-Match', `"${expected}"`)
          .send({ subject: `patch ${i}` });
        return { i, expected, status: res.status, body: res.body };
      }),
    );
    expect(results.filter((r) => r.status !== 200 && r.status !== 412)).toEqual([]);
    const applied = results
      .filter((r) => r.status === 200)
      .sort((a, b) => a.body.version - b.body.version);
    expect(applied.length).toBeGreaterThanOrEqual(1);
    // Each success applied on exactly the version it named; versions are consecutive from 2.
    applied.forEach((r, n) => {
      expect(r.body.version).toBe(n + 2);
      expect(r.expected).toBe(n + 1);
      expect(r.body.subject).toBe(`patch ${r.i}`);
    });
    for (const r of results.filter((x) => x.status === 412)) {
      expect(r.body.status).toBe(412);
      expect(r.body.type).toMatch(/precondition/);
    }

    const final = await t.http().get(`/v1/tickets/${ticket.id}`).set(tenant.auth).expect(200);
    expect(final.body.version).toBe(1 + applied.length);
    expect(final.body.subject).toBe(applied[applied.length - 1].body.subject);
    expect(final.headers.etag).toBe(`"${1 + applied.length}"`);

    // The audit trail holds the successful changes, and only them, each from the previous one.
    const audit = await t
      .http()
      .get(`/v1/tickets/${ticket.id}/events?limit=100`)
      .set(tenant.auth)
      .expect(200);
    const subjects = (audit.body.data as { field: string; before: string; after: string }[])
      .filter((e) => e.field === 'subject')
      .sort((a, b) => Number(a.after.split(' ')[1]) - Number(b.after.split(' ')[1]));
    const chain = new Map(subjects.map((e) => [e.before, e.after]));
    const walked: string[] = [];
    for (let s = chain.get('start'); s; s = chain.get(s)) walked.push(s);
    expect(walked).toEqual(applied.map((r) => r.body.subject));
    expect(subjects).toHaveLength(applied.length);
  });

  it('OpenAPI: no string keyword on a non-string schema (e.g. maxLength on an object)', () => {
    const bad: string[] = [];
    const visit = (schema: unknown, at: string): void => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      if (
        s.type !== undefined &&
        s.type !== 'string' &&
        ['maxLength', 'minLength', 'pattern'].some((k) => k in s)
      )
        bad.push(at);
      for (const [k, v] of Object.entries(s)) visit(v, `${at}.${k}`);
    };
    visit(doc, '#');
    expect(bad).toEqual([]);
  });
});

function expectProblem(
  res: { status: number; headers: Record<string, string>; body: { status?: number } },
  status: number,
): void {
  expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { status } });
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
}
