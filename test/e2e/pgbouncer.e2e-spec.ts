import { Client } from 'pg';
import { MIGRATION_LOCK_ID } from '../../src/database/migrate';
import { eventually, PLATFORM_TOKEN } from '../factories/app.factory';
import { call, ChildApp, freePort, startChildApp } from '../factories/child-app';
import { findPgBouncer, PgBouncer, startPgBouncer } from '../factories/pgbouncer';
import { WebhookReceiver } from '../factories/webhook-receiver';
import { createTestDatabase, readState } from '../setup/test-db';

const binary = findPgBouncer();

/** Reads an SSE response until `done(text)` holds (or the time runs out). */
async function readStream(res: Response, done: (text: string) => boolean, ms: number) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  try {
    while (!done(text) && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((r) => (timer = setTimeout(() => r(null), deadline - Date.now()))),
      ]).finally(() => clearTimeout(timer));
      if (!chunk || chunk.done) break;
      text += decoder.decode(chunk.value);
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text;
}

/**
 * The service through PgBouncer in transaction pooling mode (Debian's `pgbouncer`; skipped when
 * it is not installed): start-up and restarts (the migration lock), transactions with advisory
 * locks (idempotency), SKIP LOCKED workers (webhooks), pg-boss jobs, SET LOCAL (reports), the
 * live feed with LISTEN on a direct connection, or polling when LISTEN goes through PgBouncer.
 */
(binary ? describe : describe.skip)('through PgBouncer (transaction mode)', () => {
  let bouncer: PgBouncer;
  let db: { url: string; drop: () => Promise<void> };
  let receiver: WebhookReceiver;
  const apps: ChildApp[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    bouncer = await startPgBouncer(binary!, readState().adminUrl, 10);
    receiver = await new WebhookReceiver().start();
    env = {
      DATABASE_URL: bouncer.through(db.url),
      DATABASE_POOL_SIZE: '8',
      JOBS_ENABLED: 'true',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_SCHEDULE: '1,1,1',
    };
  }, 60_000);

  afterAll(async () => {
    for (const app of apps) app.child.kill('SIGTERM');
    await Promise.all(apps.map((a) => a.exited));
    await receiver?.stop();
    await bouncer?.stop();
    await db?.drop();
  });

  it('starts, restarts after SIGKILL, and works with two instances on the pool', async () => {
    // One instance listens on a direct connection, the other has LISTEN through PgBouncer.
    const direct = { ...env, DATABASE_LISTEN_URL: db.url };
    const first = await startChildApp(direct, await freePort());
    first.child.kill('SIGKILL');
    await first.exited;
    const [a, b] = await Promise.all([
      startChildApp(direct, await freePort()),
      startChildApp(env, await freePort()),
    ]);
    apps.push(a, b);
    // The migration lock went with its transaction: a session lock taken through PgBouncer
    // would still be held by a pooled server connection, and block the next start.
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      const held = await pg.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1`,
        [MIGRATION_LOCK_ID],
      );
      expect(held.rows[0].n).toBe(0);
    } finally {
      await pg.end();
    }

    const tenant = await call(a.url, 'POST', '/v1/tenants', {
      auth: PLATFORM_TOKEN,
      body: { name: 'Bouncer', slug: 'bouncer' },
    });
    expect(tenant.status).toBe(201);
    const key = tenant.body.apiKey.key as string;
    await call(b.url, 'POST', '/v1/webhooks', {
      auth: key,
      body: { url: receiver.url, events: ['ticket.created'] },
    });
    const customerId = (
      await call(a.url, 'POST', '/v1/customers', { auth: key, body: { name: 'C' } })
    ).body.id;

    // Live streams on both instances (one woken by NOTIFY, one by its poll).
    const streams = await Promise.all(
      [a, b].map((app) =>
        fetch(`${app.url}/v1/events/stream?types=ticket.created`, {
          headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream' },
        }),
      ),
    );
    expect(streams.map((s) => s.status)).toEqual([200, 200]);

    // Idempotent creates: each key sent to both instances at once.
    const keys = Array.from({ length: 15 }, (_, i) => `bouncer-${i}`);
    const pairs = await Promise.all(
      keys.map((k) =>
        Promise.all(
          [a, b].map((app) =>
            call(app.url, 'POST', '/v1/tickets', {
              auth: key,
              body: { subject: k, description: 'd', customerId },
              headers: { 'Idempotency-Key': k },
            }),
          ),
        ),
      ),
    );
    const ids = new Set<string>();
    for (const pair of pairs) {
      expect(pair.every((r) => r.status === 201 || r.status === 409)).toBe(true);
      const created = pair.filter((r) => r.status === 201);
      expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
      ids.add(created[0].body.id);
    }
    const list = await call(b.url, 'GET', '/v1/tickets?limit=100', { auth: key });
    expect(list.body.data).toHaveLength(keys.length);

    const lastId = [...ids].pop()!;
    const seen = await Promise.all(
      streams.map((s) => readStream(s, (text) => text.includes(lastId), 10_000)),
    );
    for (const text of seen) expect(text).toContain(lastId);

    await eventually(() => {
      const delivered = new Set(receiver.delivered.map((r) => r.json.data.ticket.id));
      expect(delivered).toEqual(ids);
      return Promise.resolve();
    }, 20_000);
    expect(receiver.delivered).toHaveLength(ids.size);

    // Reports run with SET LOCAL inside their transaction; searches, reads.
    const today = new Date().toISOString().slice(0, 10);
    for (const path of [
      `/v1/reports/kpis?from=${today}T00:00:00Z&to=${today}T23:59:59Z&groupBy=day`,
      '/v1/tickets?q=bouncer',
      '/v1/kb/search?q=anything',
    ])
      expect({ path, status: (await call(a.url, 'GET', path, { auth: key })).status }).toEqual({
        path,
        status: 200,
      });
    expect(bouncer.output()).not.toMatch(/prepared statement|FATAL/i);
  }, 120_000);
});
