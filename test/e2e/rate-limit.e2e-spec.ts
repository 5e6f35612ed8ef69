import { Client } from 'pg';
import {
  createKey,
  createTenant,
  createTestApp,
  eventually,
  TestApp,
} from '../factories/app.factory';

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

  it('limits anonymous callers per IP across instances', async () => {
    const toBoundary = 60_000 - (Date.now() % 60_000);
    if (toBoundary < 3000) await new Promise((r) => setTimeout(r, toBoundary + 200));
    const signIn = (app: TestApp) =>
      app
        .http()
        .post('/v1/auth/token')
        .send({ tenant: 'nobody', email: 'x@example.com', password: 'not a password at all' });
    const statuses = [];
    for (const app of [one, two, one, two, one, two]) statuses.push((await signIn(app)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });
});

describe('the read path', () => {
  let t: TestApp;
  let db: Client;
  beforeAll(async () => {
    t = await createTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    // Every INSERT, UPDATE and DELETE statement on any table of this spec's database, counted
    // by a statement trigger (immediate and exact, unlike the statistics views).
    await db.query(`
      CREATE UNLOGGED TABLE test_writes (tbl text NOT NULL, op text NOT NULL);
      CREATE FUNCTION test_count_write() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO test_writes VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$;
      DO $$ DECLARE t record; BEGIN
        FOR t IN SELECT tablename FROM pg_tables
                  WHERE schemaname = 'public' AND tablename <> 'test_writes' LOOP
          EXECUTE format('CREATE TRIGGER test_count_write AFTER INSERT OR UPDATE OR DELETE ON %I
                          FOR EACH STATEMENT EXECUTE FUNCTION test_count_write()', t.tablename);
        END LOOP;
      END $$`);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('GETs write nothing durable: the rate limit leases from an UNLOGGED table, rarely', async () => {
    const tenant = await createTenant(t);
    const key = await createKey(t, tenant, ['tickets:read']);
    const customer = await t
      .http()
      .post('/v1/customers')
      .set(tenant.auth)
      .send({ name: 'C' })
      .expect(201);
    const ticket = await t
      .http()
      .post('/v1/tickets')
      .set(tenant.auth)
      .send({ subject: 'S', description: 'D', customerId: customer.body.id })
      .expect(201);
    // The key's first use records lastUsedAt (at most once a minute) and leases its budget.
    await db.query('TRUNCATE test_writes');
    await t.http().get(`/v1/tickets/${ticket.body.id}`).set(key.auth).expect(200);
    const writes = async () =>
      (
        await db.query<{ w: string }>(
          `SELECT tbl || ' ' || op AS w FROM test_writes GROUP BY 1 ORDER BY 1`,
        )
      ).rows.map((r) => r.w);
    // (An upsert fires both INSERT and UPDATE statement triggers; lastUsedAt is written after
    // the response.)
    await eventually(async () =>
      expect(await writes()).toEqual([
        'api_keys UPDATE',
        'rate_limits INSERT',
        'rate_limits UPDATE',
      ]),
    );
    await db.query('TRUNCATE test_writes');

    const window = Math.floor(Date.now() / 60_000);
    for (let i = 0; i < 100; i++) {
      await t.http().get(`/v1/tickets/${ticket.body.id}`).set(key.auth).expect(200);
      await t.http().get('/v1/tickets?limit=5').set(key.auth).expect(200);
    }
    // 200 requests within one lease (2.5% of the default limit): not one statement wrote,
    // unless a new minute began meanwhile (then the new window's lease, nothing else).
    const crossed = Math.floor(Date.now() / 60_000) > window;
    expect(await writes()).toEqual(crossed ? ['rate_limits INSERT', 'rate_limits UPDATE'] : []);
    const { rows: logged } = await db.query<{ relpersistence: string }>(
      `SELECT relpersistence FROM pg_class WHERE relname = 'rate_limits'`,
    );
    expect(logged[0].relpersistence).toBe('u');
  });
});
