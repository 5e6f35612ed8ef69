import { createServer } from 'node:net';
import { PLATFORM_TOKEN } from '../factories/app.factory';
import { ChildApp, startChildApp } from '../factories/child-app';
import { createTestDatabase } from '../setup/test-db';

// Two service processes on one database, as behind a load balancer: rate limits and credential
// revocations hold across them although each keeps its counters and verified credentials in
// memory.
const LIMIT = 200;

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, any>;
}

async function call(
  app: ChildApp,
  method: string,
  path: string,
  secret: string,
  body?: object,
): Promise<Reply> {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${secret}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
}

/** Polls `check` every 20 ms until it is true; returns the milliseconds it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

describe('two instances on one database', () => {
  let db: { url: string; drop: () => Promise<void> };
  let a: ChildApp;
  let b: ChildApp;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = {
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '3',
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      JOBS_ENABLED: 'false',
    };
    [a, b] = await Promise.all([
      startChildApp(env, await freePort()),
      startChildApp(env, await freePort()),
    ]);
    const tenant = await call(a, 'POST', '/v1/tenants', PLATFORM_TOKEN, {
      name: 'Cluster',
      slug: 'cluster',
    });
    expect(tenant.status).toBe(201);
    admin = tenant.body.apiKey.key as string;
  }, 60_000);

  afterAll(async () => {
    for (const app of [a, b]) {
      if (!app) continue;
      app.child.kill('SIGTERM');
      await app.exited;
    }
    await db?.drop();
  });

  it('one API key driven at both instances gets its limit, never more, and 429s after', async () => {
    // Windows are whole minutes: do not start close to the end of one (the run takes ~3 s).
    const toBoundary = 60_000 - (Date.now() % 60_000);
    if (toBoundary < 10_000) await new Promise((r) => setTimeout(r, toBoundary + 200));
    const key = await call(a, 'POST', '/v1/api-keys', admin, {
      name: 'sync',
      scopes: ['tickets:read'],
    });
    const secret = key.body.key as string;
    const replies: Reply[] = [];
    const window = Math.floor(Date.now() / 60_000);
    // Eight clients, each alternating between the instances: 1.5 × the limit in all.
    await Promise.all(
      Array.from({ length: 8 }, async (_, client) => {
        for (let n = client; n < LIMIT * 1.5; n += 8) {
          replies.push(await call(n % 2 ? a : b, 'GET', '/v1/groups', secret));
        }
      }),
    );
    expect(Math.floor(Date.now() / 60_000)).toBe(window); // all in one window
    const accepted = replies.filter((r) => r.status === 200).length;
    const limited = replies.filter((r) => r.status === 429);
    expect(accepted + limited.length).toBe(replies.length);
    // Each instance admits only what the shared counter granted it: never over the limit.
    // It may fall short by what the other instance holds unspent, at most 1.5 leases of
    // 2.5% of the limit (leaseSize): 7.5 requests here.
    expect(accepted).toBeLessThanOrEqual(LIMIT);
    expect(accepted).toBeGreaterThanOrEqual(LIMIT - 8);
    for (const r of limited) {
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(r.headers.get('ratelimit-remaining')).toBe('0');
      expect(r.body.type).toBe('/problems/rate-limited');
    }
    // Both instances refused, and go on refusing.
    for (const app of [a, b])
      expect((await call(app, 'GET', '/v1/groups', secret)).status).toBe(429);
  }, 60_000);

  it('a key revoked on one instance is refused by the other within a second', async () => {
    const key = await call(a, 'POST', '/v1/api-keys', admin, {
      name: 'to revoke',
      scopes: ['tickets:read'],
    });
    const secret = key.body.key as string;
    // Verified and cached by both instances.
    for (const app of [a, b, a, b])
      expect((await call(app, 'GET', '/v1/groups', secret)).status).toBe(200);
    expect((await call(a, 'DELETE', `/v1/api-keys/${key.body.id}`, admin)).status).toBe(204);
    // The instance that revoked refuses at once; the other as soon as the NOTIFY arrives.
    expect((await call(a, 'GET', '/v1/groups', secret)).status).toBe(401);
    const ms = await within(
      1000,
      async () => (await call(b, 'GET', '/v1/groups', secret)).status === 401,
    );
    expect(ms).toBeLessThan(1000);
  });

  it("an agent's password change and deactivation on one instance end its tokens on the other", async () => {
    const password = 'correct horse battery staple';
    const agent = await call(a, 'POST', '/v1/agents', admin, {
      name: 'Ada',
      email: 'ada@example.com',
      role: 'agent',
      password,
    });
    expect(agent.status).toBe(201);
    const signIn = async (pw: string) =>
      (
        await call(b, 'POST', '/v1/auth/token', '', {
          tenant: 'cluster',
          email: 'ada@example.com',
          password: pw,
        })
      ).body.accessToken as string;
    const token = await signIn(password);
    for (const app of [b, b, a])
      expect((await call(app, 'GET', '/v1/groups', token)).status).toBe(200);

    const next = 'another long passphrase';
    expect(
      (await call(a, 'PATCH', `/v1/agents/${agent.body.id}`, admin, { password: next })).status,
    ).toBe(200);
    await within(1000, async () => (await call(b, 'GET', '/v1/groups', token)).status === 401);

    const fresh = await signIn(next);
    expect((await call(b, 'GET', '/v1/groups', fresh)).status).toBe(200);
    expect(
      (await call(a, 'PATCH', `/v1/agents/${agent.body.id}`, admin, { active: false })).status,
    ).toBe(200);
    await within(1000, async () => (await call(b, 'GET', '/v1/groups', fresh)).status === 401);
  });

  it('a customer deleted on one instance loses its portal session on the other', async () => {
    const customer = await call(a, 'POST', '/v1/customers', admin, { name: 'Cleo' });
    const session = await call(a, 'POST', '/v1/portal/sessions', admin, {
      customerId: customer.body.id,
    });
    expect(session.status).toBe(201);
    const token = session.body.token as string;
    for (const app of [b, b])
      expect((await call(app, 'GET', '/v1/portal/tickets', token)).status).toBe(200);
    expect((await call(a, 'DELETE', `/v1/customers/${customer.body.id}`, admin)).status).toBe(204);
    await within(
      1000,
      async () => (await call(b, 'GET', '/v1/portal/tickets', token)).status === 401,
    );
  });
});
