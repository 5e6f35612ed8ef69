import { createTenant, createTestApp, TestApp, TestTenant } from '../factories/app.factory';

const CONSOLE = 'https://console.acme.test';
const OTHER = 'https://portal.other.test';
const EVIL = 'https://evil.test';
const DEPLOYMENT = 'https://ops.example.test';

const CORS_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
];
const noCors = (headers: Record<string, unknown>) =>
  CORS_HEADERS.filter((h) => headers[h] !== undefined);

describe('browser access: CORS and security headers', () => {
  let t: TestApp;
  let a: TestTenant;
  let b: TestTenant;

  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGINS: `${DEPLOYMENT}, http://localhost:5173` });
    a = await createTenant(t);
    b = await createTenant(t);
    await t
      .http()
      .patch('/v1/tenant/settings/cors')
      .set(a.auth)
      .send({ allowedOrigins: [CONSOLE] })
      .expect(200, { allowedOrigins: [CONSOLE] });
    await t
      .http()
      .patch('/v1/tenant/settings/cors')
      .set(b.auth)
      .send({ allowedOrigins: [OTHER] })
      .expect(200);
  });
  afterAll(() => t.close());

  const preflight = (path: string, origin: string, method = 'POST') =>
    t
      .http()
      .options(path)
      .set('Origin', origin)
      .set('Access-Control-Request-Method', method)
      .set(
        'Access-Control-Request-Headers',
        'authorization, content-type, idempotency-key, if-match',
      );

  it('answers a preflight from an allowed origin with the allowed methods and headers', async () => {
    const res = await preflight('/v1/tickets', CONSOLE).expect(204);
    expect(res.headers['access-control-allow-origin']).toBe(CONSOLE);
    expect(res.headers['access-control-allow-methods']).toContain('PATCH');
    const allowed = res.headers['access-control-allow-headers'].toLowerCase();
    for (const h of ['authorization', 'content-type', 'idempotency-key', 'if-match'])
      expect(allowed).toContain(h);
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers.vary).toMatch(/origin/i);
  });

  it('answers preflights for GraphQL, the portal and the event stream too', async () => {
    for (const path of ['/graphql', '/v1/portal/tickets', '/v1/events/stream-tokens']) {
      const res = await preflight(path, CONSOLE).expect(204);
      expect(res.headers['access-control-allow-origin']).toBe(CONSOLE);
    }
    const deployment = await preflight('/v1/customers', DEPLOYMENT).expect(204);
    expect(deployment.headers['access-control-allow-origin']).toBe(DEPLOYMENT);
  });

  it('gives an unknown origin no CORS headers, on the preflight and the request (never a 5xx)', async () => {
    const pre = await preflight('/v1/tickets', EVIL).expect(204);
    expect(noCors(pre.headers)).toEqual([]);
    const res = await t.http().get('/v1/tickets').set(a.auth).set('Origin', EVIL).expect(200);
    expect(noCors(res.headers)).toEqual([]);
    const odd = await preflight('/v1/tickets', 'null').expect(204);
    expect(noCors(odd.headers)).toEqual([]);
  });

  it('exposes ETag, rate-limit, request-id and replay headers to an allowed origin', async () => {
    const res = await t
      .http()
      .post('/v1/tickets')
      .set(a.auth)
      .set('Origin', CONSOLE)
      .set('Idempotency-Key', 'cors-1')
      .send({
        subject: 'From the console',
        description: 'Sent by a browser',
        requester: { email: 'ann@example.com' },
      })
      .expect(201);
    expect(res.headers['access-control-allow-origin']).toBe(CONSOLE);
    const exposed = res.headers['access-control-expose-headers'].toLowerCase().split(/,\s*/);
    for (const h of [
      'etag',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
      'retry-after',
      'x-request-id',
      'idempotent-replayed',
    ])
      expect(exposed).toContain(h);
  });

  it("keeps another tenant's origin out: allowed for the preflight, not for tenant A's response", async () => {
    // OTHER is tenant B's origin: a preflight (no credential) passes, A's data does not.
    await preflight('/v1/tickets', OTHER).expect(204);
    const res = await t.http().get('/v1/tickets').set(a.auth).set('Origin', OTHER).expect(200);
    expect(noCors(res.headers)).toEqual([]);
    const own = await t.http().get('/v1/tickets').set(b.auth).set('Origin', OTHER).expect(200);
    expect(own.headers['access-control-allow-origin']).toBe(OTHER);
    const gql = await t
      .http()
      .post('/graphql')
      .set(a.auth)
      .set('Origin', OTHER)
      .send({ query: '{ viewer { kind } }' })
      .expect(200);
    expect(noCors(gql.headers)).toEqual([]);
  });

  it('lets any origin read the public help center', async () => {
    const res = await t
      .http()
      .get(`/v1/public/${a.slug}/kb/search?q=hello`)
      .set('Origin', EVIL)
      .expect(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const pre = await preflight(`/v1/public/${a.slug}/kb/search`, EVIL, 'GET').expect(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
  });

  it('validates and manages the list (admin only)', async () => {
    const bad = await t
      .http()
      .patch('/v1/tenant/settings/cors')
      .set(a.auth)
      .send({ allowedOrigins: ['https://ok.test', 'https://x.test/path', '*'] })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('allowedOrigins');
    await t
      .http()
      .get('/v1/tenant/settings/cors')
      .set(a.auth)
      .expect(200, { allowedOrigins: [CONSOLE] });
    const reader = await t
      .http()
      .post('/v1/api-keys')
      .set(a.auth)
      .send({ name: 'reader', scopes: ['tickets:read'] })
      .expect(201);
    await t
      .http()
      .get('/v1/tenant/settings/cors')
      .set('Authorization', `Bearer ${reader.body.key}`)
      .expect(403);
  });

  it('sets security headers on every response', async () => {
    const res = await t.http().get('/v1/tickets').set(a.auth).expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const missing = await t.http().get('/v1/nothing').expect(404);
    expect(missing.headers['x-content-type-options']).toBe('nosniff');

    const tls = await t.http().get('/health/live').set('X-Forwarded-Proto', 'https').expect(200);
    expect(tls.headers['strict-transport-security']).toMatch(/max-age=\d+/);

    const docs = await t.http().get('/docs/').expect(200);
    expect(docs.headers['content-security-policy']).toContain("script-src 'self'");
    expect(docs.headers['content-security-policy']).not.toContain("'unsafe-eval'");
  });

  it('never lets a token response be cached', async () => {
    const portal = await t
      .http()
      .post('/v1/customers')
      .set(a.auth)
      .send({ name: 'Ann' })
      .expect(201);
    const session = await t
      .http()
      .post('/v1/portal/sessions')
      .set(a.auth)
      .send({ customerId: portal.body.id })
      .expect(201);
    expect(session.headers['cache-control']).toBe('no-store');
    const token = await t
      .http()
      .post('/v1/auth/token')
      .send({ tenant: a.slug, email: 'nobody@example.com', password: 'wrong-password' })
      .expect(401);
    expect(token.headers['cache-control']).toBe('no-store');
    const key = await t
      .http()
      .post('/v1/api-keys')
      .set(a.auth)
      .send({ name: 'k', scopes: ['tickets:read'] })
      .expect(201);
    expect(key.headers['cache-control']).toBe('no-store');
  });
});
