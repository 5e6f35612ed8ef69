import { createTenant, createTestApp, TestApp, TestTenant } from '../factories/app.factory';

const LIMIT = 40;

/** "Was this helpful?" from the public help center: one vote per client and article, rate limited. */
describe('anonymous KB votes', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let articleId: string;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: String(LIMIT) });
    tenant = await createTenant(t);
    articleId = (
      await t
        .http()
        .post('/v1/kb/articles')
        .set(tenant.auth)
        .send({ title: 'Reset', body: 'How to', locale: 'en', visibility: 'public' })
        .expect(201)
    ).body.id;
    await t.http().post(`/v1/kb/articles/${articleId}/publish`).set(tenant.auth).expect(200);
  });
  afterAll(() => t.close());

  const vote = (helpful: boolean, client: { ip: string; ua: string }) =>
    t
      .http()
      .post(`/v1/public/${tenant.slug}/kb/articles/${articleId}/votes`)
      .set('X-Forwarded-For', client.ip)
      .set('User-Agent', client.ua)
      .send({ helpful });

  it('one vote per client: voting again replaces it, other clients count', async () => {
    const a = { ip: '198.51.100.1', ua: 'Firefox' };
    expect((await vote(true, a).expect(201)).body).toEqual({ helpful: 1, notHelpful: 0 });
    expect((await vote(true, a).expect(201)).body).toEqual({ helpful: 1, notHelpful: 0 });
    expect((await vote(false, a).expect(201)).body).toEqual({ helpful: 0, notHelpful: 1 });
    // Another browser at the same address, the same browser at another address: other clients.
    await vote(true, { ip: a.ip, ua: 'Safari' }).expect(201);
    const res = await vote(true, { ip: '198.51.100.2', ua: a.ua }).expect(201);
    expect(res.body).toEqual({ helpful: 2, notHelpful: 1 });
    // Twenty identical votes at once from one client still count once.
    const c = { ip: '198.51.100.3', ua: 'Chrome' };
    await Promise.all(Array.from({ length: 20 }, () => vote(true, c).expect(201)));
    const got = await t.http().get(`/v1/kb/articles/${articleId}`).set(tenant.auth).expect(200);
    expect(got.body.votes).toEqual({ helpful: 3, notHelpful: 1 });
  });

  it('the anonymous rate limit applies to the public vote route', async () => {
    const client = { ip: '203.0.113.7', ua: 'Bot' };
    const results = [];
    for (let i = 0; i < LIMIT + 5; i++) results.push(await vote(i % 2 === 0, client));
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(5);
    expect(limited[0].headers['retry-after']).toMatch(/^\d+$/);
    expect(limited[0].headers['content-type']).toMatch(/application\/problem\+json/);
    expect(results.every((r) => r.status === 201 || r.status === 429)).toBe(true);
  });
});
