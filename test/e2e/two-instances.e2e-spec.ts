import { Client } from 'pg';
import { eventually, PLATFORM_TOKEN } from '../factories/app.factory';
import { call, ChildApp, freePort, startChildApp } from '../factories/child-app';
import { WebhookReceiver } from '../factories/webhook-receiver';
import { createTestDatabase } from '../setup/test-db';

/**
 * Two service processes on one database, both running background jobs: idempotency keys,
 * the SLA breach check and webhook deliveries behave as with one instance.
 */
describe('two instances, one database', () => {
  let db: { url: string; drop: () => Promise<void> };
  let receiver: WebhookReceiver;
  let a: ChildApp;
  let b: ChildApp;
  let key: string;
  let customerId: string;
  let hookId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    receiver = await new WebhookReceiver().start();
    const env = {
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '4',
      JOBS_ENABLED: 'true',
      SLA_CHECK_INTERVAL_SECONDS: '1',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_SCHEDULE: '1,1,1',
    };
    [a, b] = await Promise.all([
      startChildApp(env, await freePort()),
      startChildApp(env, await freePort()),
    ]);
    const tenant = await call(a.url, 'POST', '/v1/tenants', {
      auth: PLATFORM_TOKEN,
      body: { name: 'Two', slug: 'two-instances' },
    });
    key = tenant.body.apiKey.key;
    customerId = (await call(b.url, 'POST', '/v1/customers', { auth: key, body: { name: 'C' } }))
      .body.id;
    hookId = (
      await call(a.url, 'POST', '/v1/webhooks', {
        auth: key,
        body: { url: receiver.url, events: ['ticket.created', 'ticket.sla_breached'] },
      })
    ).body.id;
  }, 120_000);

  afterAll(async () => {
    for (const app of [a, b]) app?.child.kill('SIGTERM');
    await Promise.all([a?.exited, b?.exited]);
    await receiver.stop();
    await db.drop();
  });

  const createTicket = (app: ChildApp, subject: string, idempotencyKey?: string) =>
    call(app.url, 'POST', '/v1/tickets', {
      auth: key,
      body: { subject, description: 'd', customerId },
      headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
    });

  it('one Idempotency-Key sent to both at once: one ticket', async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `both-${i}`);
    const rounds = await Promise.all(
      keys.map((k) => Promise.all([createTicket(a, k, k), createTicket(b, k, k)])),
    );
    for (const [k, pair] of keys.map((k, i) => [k, rounds[i]] as const)) {
      expect(pair.map((r) => r.status).every((s) => s === 201 || s === 409)).toBe(true);
      const originals = pair.filter(
        (r) => r.status === 201 && r.headers.get('idempotent-replayed') !== 'true',
      );
      expect({ k, originals: originals.length }).toEqual({ k, originals: 1 });
      for (const r of pair.filter((x) => x.status === 201))
        expect(r.body.id).toBe(originals[0].body.id);
      // Afterwards, either instance replays it.
      for (const app of [a, b]) {
        const again = await createTicket(app, k, k);
        expect(again.status).toBe(201);
        expect(again.headers.get('idempotent-replayed')).toBe('true');
        expect(again.body.id).toBe(originals[0].body.id);
      }
    }
    const list = await call(a.url, 'GET', '/v1/tickets?limit=100', { auth: key });
    const subjects = (list.body.data as { subject: string }[]).map((t) => t.subject);
    for (const k of keys) expect(subjects.filter((s) => s === k)).toHaveLength(1);
  });

  it('webhook deliveries: each event sent once, by one of the two', async () => {
    const ids: string[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async (_, client) => {
        for (let n = client; n < 60; n += 4) {
          const res = await createTicket(n % 2 ? a : b, `hook-${n}`);
          expect(res.status).toBe(201);
          ids.push(res.body.id);
        }
      }),
    );
    const createdFor = (id: string) =>
      receiver.delivered.filter(
        (r) => r.json.type === 'ticket.created' && r.json.data.ticket.id === id,
      );
    await eventually(() => {
      for (const id of ids) expect(createdFor(id).length).toBeGreaterThanOrEqual(1);
      return Promise.resolve();
    }, 30_000);
    await new Promise((r) => setTimeout(r, 1500)); // a second sender would have sent by now
    for (const id of ids) expect(createdFor(id)).toHaveLength(1);
    const attempts = await Promise.all(
      [a, b].map(async (app) => {
        const m = await fetch(`${app.url}/metrics`).then((r) => r.text());
        return Number(/webhook_attempts_total\{result="success"\} (\d+)/.exec(m)?.[1] ?? 0);
      }),
    );
    expect(attempts[0] + attempts[1]).toBe(receiver.delivered.length);
    const deliveries = await call(
      b.url,
      'GET',
      `/v1/webhooks/${hookId}/deliveries?status=succeeded&limit=100`,
      { auth: key },
    );
    expect(deliveries.status).toBe(200);
    expect(deliveries.body.data.length).toBeGreaterThanOrEqual(ids.length);
  }, 60_000);

  it('the SLA breach check records a breach once', async () => {
    await call(a.url, 'POST', '/v1/sla-policies', {
      auth: key,
      body: {
        name: 'All',
        targets: { normal: { firstResponseMinutes: 30, resolutionMinutes: 600 } },
      },
    });
    // The policy applies at once on the instance that created it (others cache it for 5 s).
    const ticket = (await createTicket(a, 'sla')).body;
    expect(ticket.sla.firstResponseDueAt).toBeTruthy();
    // Bring the due time near instead of waiting 30 minutes (the clock itself is unit-tested).
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      const tenantId = (await pg.query(`SELECT id FROM tenants WHERE slug = 'two-instances'`))
        .rows[0].id;
      await pg.query(
        `UPDATE tickets SET first_response_due_at = $3, sla_next_due_at = $3 WHERE tenant_id = $1 AND id = $2`,
        [tenantId, ticket.id, new Date(Date.now() + 1000)],
      );
      await eventually(async () => {
        const got = await call(a.url, 'GET', `/v1/tickets/${ticket.id}`, { auth: key });
        expect(got.body.sla.breached).toEqual(['firstResponse']);
      }, 20_000);
      await new Promise((r) => setTimeout(r, 3000)); // three more check intervals on both
      const events = await pg.query(
        `SELECT count(*)::int AS n FROM events WHERE tenant_id = $1 AND type = 'ticket.sla_breached' AND resource_id = $2`,
        [tenantId, ticket.id],
      );
      expect(events.rows[0].n).toBe(1);
    } finally {
      await pg.end();
    }
    await eventually(() => {
      expect(
        receiver.delivered.filter(
          (r) => r.json.type === 'ticket.sla_breached' && r.json.data.ticket.id === ticket.id,
        ),
      ).toHaveLength(1);
      return Promise.resolve();
    }, 10_000);
  }, 60_000);
});
