import { createServer } from 'node:net';
import { createTestDatabase } from '../setup/test-db';
import {
  createTenant,
  createTestApp,
  eventually,
  PLATFORM_TOKEN,
  TestApp,
} from '../factories/app.factory';
import { startChildApp } from '../factories/child-app';
import { WebhookReceiver } from '../factories/webhook-receiver';

// The delivery worker runs with the job runner (createTestApp turns it off unless asked).
const ENV = {
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_RETRY_SCHEDULE: '1,1,1',
  JOBS_ENABLED: 'true',
};

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

describe('webhooks: several instances', () => {
  let one: TestApp;
  let two: TestApp;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    one = await createTestApp(ENV);
    two = await createTestApp(ENV, { shareDatabaseOf: one });
    receiver = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    await receiver.stop();
    await two.close();
    await one.close();
  });

  it('500 tickets created across two instances: each ticket.created delivered exactly once', async () => {
    const tenant = await createTenant(one);
    const customer = await one
      .http()
      .post('/v1/customers')
      .set(tenant.auth)
      .send({ name: 'C' })
      .expect(201);
    const hook = await one
      .http()
      .post('/v1/webhooks')
      .set(tenant.auth)
      .send({ url: receiver.url, events: ['ticket.created'] })
      .expect(201);

    // Six clients, each alternating between the instances: few enough requests in flight that
    // the spec file running beside this one keeps its share of the two cores.
    const ids: string[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async (_, client) => {
        for (let n = client; n < 500; n += 6) {
          const res = await (n % 2 ? one : two)
            .http()
            .post('/v1/tickets')
            .set(tenant.auth)
            .send({ subject: `t${n}`, description: 'x', customerId: customer.body.id })
            .expect(201);
          ids.push(res.body.id as string);
        }
      }),
    );
    await eventually(
      async () => expect(receiver.received.length).toBeGreaterThanOrEqual(500),
      30_000,
    );
    // Anything extra would have arrived by now.
    await new Promise((r) => setTimeout(r, 1000));
    const webhookIds = receiver.received.map((r) => r.headers['webhook-id']);
    expect(webhookIds).toHaveLength(500);
    expect(new Set(webhookIds).size).toBe(500);
    expect(new Set(receiver.received.map((r) => r.json.data.ticket.id))).toEqual(new Set(ids));
    for (const r of receiver.received)
      expect(() => WebhookReceiver.verify(hook.body.secret, r)).not.toThrow();

    const counts = await Promise.all(
      [one, two].map(async (app) => {
        const m = await app.http().get('/metrics').expect(200);
        return Number(/webhook_attempts_total\{result="success"\} (\d+)/.exec(m.text)?.[1] ?? 0);
      }),
    );
    expect(counts[0] + counts[1]).toBe(500);
  }, 120_000);
});

describe('webhooks: a crash between commit and delivery', () => {
  it('the event is delivered after the process was SIGKILLed and another started', async () => {
    const db = await createTestDatabase();
    const receiver = await new WebhookReceiver().start();
    const env = { ...ENV, DATABASE_URL: db.url, DATABASE_POOL_SIZE: '3' };
    try {
      // The first process commits the ticket but sends nothing (its job runner is off), then dies.
      const first = await startChildApp({ ...env, JOBS_ENABLED: 'false' }, await freePort());
      const call = (base: string, path: string, auth: string, body: object) =>
        fetch(`${base}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, any> }));
      let ticketId: string;
      try {
        const tenant = await call(first.url, '/v1/tenants', PLATFORM_TOKEN, {
          name: 'Crash',
          slug: 'crash',
        });
        expect(tenant.status).toBe(201);
        const key = tenant.body.apiKey.key as string;
        expect(
          (
            await call(first.url, '/v1/webhooks', key, {
              url: receiver.url,
              events: ['ticket.created'],
            })
          ).status,
        ).toBe(201);
        const customer = await call(first.url, '/v1/customers', key, { name: 'C' });
        const ticket = await call(first.url, '/v1/tickets', key, {
          subject: 'Committed, not sent',
          description: 'x',
          customerId: customer.body.id,
        });
        expect(ticket.status).toBe(201);
        ticketId = ticket.body.id as string;
      } finally {
        first.child.kill('SIGKILL');
        await first.exited;
      }
      expect(receiver.received).toHaveLength(0);

      // Another process on the same database picks the delivery up.
      const second = await startChildApp(env, await freePort());
      try {
        await eventually(async () => expect(receiver.delivered).toHaveLength(1), 15_000);
        expect(receiver.delivered[0].json).toMatchObject({
          type: 'ticket.created',
          data: { ticket: { id: ticketId } },
        });
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    } finally {
      await receiver.stop();
      await db.drop();
    }
  }, 90_000);
});
