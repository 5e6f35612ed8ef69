import { createKey, createTenant, createTestApp, TestApp } from '../factories/app.factory';

describe('rate limiting', () => {
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    one = await createTestApp({ RATE_LIMIT_PER_MINUTE: '4' });
    // A second instance on the same database: the limit is shared.
    two = await createTestApp({ RATE_LIMIT_PER_MINUTE: '4' }, { shareDatabaseOf: one });
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('limits per credential across instances, with RateLimit-* and Retry-After', async () => {
    // Windows are whole minutes: do not start right before one ends.
    const toBoundary = 60_000 - (Date.now() % 60_000);
    if (toBoundary < 3000) await new Promise((r) => setTimeout(r, toBoundary + 200));
    const tenant = await createTenant(one);
    const key = await createKey(one, tenant, ['tickets:read']); // 1 request on the admin key
    const r1 = await one.http().get('/v1/groups').set(key.auth).expect(200);
    expect(r1.headers['ratelimit-limit']).toBe('4');
    expect(r1.headers['ratelimit-remaining']).toBe('3');
    expect(Number(r1.headers['ratelimit-reset'])).toBeGreaterThan(0);
    await two.http().get('/v1/groups').set(key.auth).expect(200);
    await one.http().get('/v1/groups').set(key.auth).expect(200);
    const r4 = await two.http().get('/v1/groups').set(key.auth).expect(200);
    expect(r4.headers['ratelimit-remaining']).toBe('0');

    const limited = await one.http().get('/v1/groups').set(key.auth).expect(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['ratelimit-limit']).toBe('4');
    expect(limited.headers['ratelimit-remaining']).toBe('0');
    expect(limited.body.type).toBe('/problems/rate-limited');
    await two.http().get('/v1/groups').set(key.auth).expect(429);

    // Another credential has its own budget; health checks are never limited.
    const other = await createKey(one, tenant, ['tickets:read']);
    await two.http().get('/v1/groups').set(other.auth).expect(200);
    for (let i = 0; i < 6; i++) await one.http().get('/health/live').expect(200);
  });
});
