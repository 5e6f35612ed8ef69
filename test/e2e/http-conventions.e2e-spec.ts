import { AgentsService } from '../../src/modules/agents/agents.service';
import { createTenant, createTestApp, TestApp, TestTenant } from '../factories/app.factory';

const PROBLEM = /^application\/problem\+json/;

describe('HTTP conventions', () => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT: '16kb' });
    tenant = await createTenant(t);
  });
  afterAll(() => t.close());

  it('unknown route → 404 problem', async () => {
    const res = await t.http().get('/v1/nothing-here').set(tenant.auth).expect(404);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({
      type: '/problems/route-not-found',
      status: 404,
      title: expect.any(String),
    });
    expect(res.body.detail).toContain('/v1/nothing-here');
  });

  it('malformed JSON → 400 problem', async () => {
    const res = await t
      .http()
      .post('/v1/groups')
      .set(tenant.auth)
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.type).toBe('/problems/malformed-json');
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('unknown field → 400 with errors[]', async () => {
    const res = await t
      .http()
      .post('/v1/groups')
      .set(tenant.auth)
      .send({ name: 'Billing', colour: 'red' })
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'colour', message: 'is not a known field' }]);
  });

  it('wrong types name every field', async () => {
    const res = await t
      .http()
      .post('/v1/agents')
      .set(tenant.auth)
      .send({ name: 5, email: 'nope', role: 'boss' })
      .expect(400);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'email',
      'name',
      'role',
    ]);
  });

  it('wrong content type → 415', async () => {
    const res = await t
      .http()
      .post('/v1/groups')
      .set(tenant.auth)
      .set('Content-Type', 'text/plain')
      .send('name=x')
      .expect(415);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.detail).toContain('application/json');
  });

  it('body over the limit → 413', async () => {
    const res = await t
      .http()
      .post('/v1/groups')
      .set(tenant.auth)
      .send({ name: 'x', description: 'y'.repeat(20_000) })
      .expect(413);
    expect(res.headers['content-type']).toMatch(PROBLEM);
  });

  it('non-object JSON body → 400, not 5xx', async () => {
    await t
      .http()
      .post('/v1/groups')
      .set(tenant.auth)
      .set('Content-Type', 'application/json')
      .send('"just a string"')
      .expect(400);
    await t
      .http()
      .post('/v1/groups')
      .set(tenant.auth)
      .set('Content-Type', 'application/json')
      .send('[1,2]')
      .expect(400);
  });

  it('malformed ids are 404, not 500', async () => {
    await t.http().get('/v1/agents/not-a-uuid').set(tenant.auth).expect(404);
    await t
      .http()
      .patch('/v1/groups/%27%3B%20drop')
      .set(tenant.auth)
      .send({ name: 'x' })
      .expect(404);
  });

  it('unexpected error → 500 problem without internals', async () => {
    const spy = jest
      .spyOn(AgentsService.prototype, 'list')
      .mockRejectedValueOnce(new Error('db password=hunter2 at agents.ts:42'));
    try {
      const res = await t.http().get('/v1/agents').set(tenant.auth).expect(500);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(JSON.stringify(res.body)).not.toMatch(/hunter2|agents\.ts|stack/);
      expect(res.body.requestId).toBeDefined();
    } finally {
      spy.mockRestore();
    }
  });

  it('accepts and echoes x-request-id, and makes one when absent', async () => {
    const res = await t
      .http()
      .get('/v1/agents')
      .set(tenant.auth)
      .set('x-request-id', 'trace-abc.123')
      .expect(200);
    expect(res.headers['x-request-id']).toBe('trace-abc.123');
    const other = await t.http().get('/v1/agents').set(tenant.auth).expect(200);
    expect(other.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const junk = await t
      .http()
      .get('/v1/agents')
      .set(tenant.auth)
      .set('x-request-id', 'bad id with spaces')
      .expect(200);
    expect(junk.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('limit must be 1..100 and cursors must be ours', async () => {
    for (const limit of ['0', '101', 'ten']) {
      const res = await t.http().get(`/v1/groups?limit=${limit}`).set(tenant.auth).expect(400);
      expect(res.body.errors[0].field).toBe('limit');
    }
    const res = await t.http().get('/v1/groups?cursor=zzz').set(tenant.auth).expect(400);
    expect(res.body.errors[0].field).toBe('cursor');
  });

  it('keyset pagination walks every row once', async () => {
    const created = new Set<string>();
    for (let i = 0; i < 23; i++) {
      const res = await t
        .http()
        .post('/v1/groups')
        .set(tenant.auth)
        .send({ name: `Team ${i}` })
        .expect(201);
      created.add(res.body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { body: { data: { id: string }[]; nextCursor: string | null } } = await t
        .http()
        .get('/v1/groups')
        .query({ limit: 5, ...(cursor ? { cursor } : {}) })
        .set(tenant.auth)
        .expect(200);
      expect(res.body.data.length).toBeLessThanOrEqual(5);
      seen.push(...res.body.data.map((g: { id: string }) => g.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen).toHaveLength(new Set(seen).size);
    expect(new Set(seen)).toEqual(created);
  });

  it('ETag and If-Match: a stale version → 412', async () => {
    const created = await t
      .http()
      .post('/v1/groups')
      .set(tenant.auth)
      .send({ name: 'Etag team' })
      .expect(201);
    const got = await t.http().get(`/v1/groups/${created.body.id}`).set(tenant.auth).expect(200);
    expect(got.headers.etag).toBe('"1"');
    const patched = await t
      .http()
      .patch(`/v1/groups/${created.body.id}`)
      .set(tenant.auth)
      .set('If-Match', '"1"')
      .send({ description: 'v2' })
      .expect(200);
    expect(patched.headers.etag).toBe('"2"');
    expect(patched.body.version).toBe(2);
    const stale = await t
      .http()
      .patch(`/v1/groups/${created.body.id}`)
      .set(tenant.auth)
      .set('If-Match', '"1"')
      .send({ description: 'v3' })
      .expect(412);
    expect(stale.body.detail).toContain('version 2');
    await t
      .http()
      .patch(`/v1/groups/${created.body.id}`)
      .set(tenant.auth)
      .send({ description: 'no precondition' })
      .expect(200);
    await t
      .http()
      .patch(`/v1/groups/${created.body.id}`)
      .set(tenant.auth)
      .set('If-Match', 'garbage')
      .send({})
      .expect(400);
  });

  it('health, metrics and docs are served', async () => {
    await t.http().get('/health/live').expect(200);
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body.info.database.status).toBe('up');
    const metrics = await t.http().get('/metrics').expect(200);
    expect(metrics.text).toContain('http_request_duration_seconds_bucket');
    expect(metrics.text).toMatch(/route="\/v1\/groups\/:id"/);
    await t.http().get('/openapi.json').expect(200);
  });
});
