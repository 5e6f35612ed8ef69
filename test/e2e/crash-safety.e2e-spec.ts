import { eventually, PLATFORM_TOKEN } from '../factories/app.factory';
import { call, ChildApp, freePort, startChildApp } from '../factories/child-app';
import { WebhookReceiver } from '../factories/webhook-receiver';
import { createTestDatabase } from '../setup/test-db';

const CLIENTS = 8;
/** SIGKILL once this many creates have been answered. */
const KILL_AFTER = 60;

interface Attempt {
  key: string;
  body: { subject: string; description: string; customerId: string };
  /** The answer before the crash, if one came. */
  status?: number;
  ticket?: { id: string; number: number };
}

/**
 * Ticket creates with Idempotency-Keys under load, the service SIGKILLed mid-load, restarted on
 * the same database: nothing answered is lost, nothing is created twice, numbers stay gapless,
 * and every committed ticket's event still reaches the webhook receiver.
 */
describe('crash safety: SIGKILL under load', () => {
  it('keeps every answered create, replays every key, duplicates nothing, delivers every event', async () => {
    const db = await createTestDatabase();
    const receiver = await new WebhookReceiver().start();
    const env = {
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '5',
      JOBS_ENABLED: 'true',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_SCHEDULE: '1,1,1',
    };
    let first: ChildApp | undefined;
    let second: ChildApp | undefined;
    try {
      first = await startChildApp(env, await freePort());
      const tenant = await call(first.url, 'POST', '/v1/tenants', {
        auth: PLATFORM_TOKEN,
        body: { name: 'Crash', slug: 'crash-safety' },
      });
      expect(tenant.status).toBe(201);
      const key = tenant.body.apiKey.key as string;
      const hook = await call(first.url, 'POST', '/v1/webhooks', {
        auth: key,
        body: { url: receiver.url, events: ['ticket.created'] },
      });
      expect(hook.status).toBe(201);
      const customer = await call(first.url, 'POST', '/v1/customers', {
        auth: key,
        body: { name: 'Load' },
      });
      const customerId = customer.body.id as string;

      // Load: CLIENTS loops of creates, each with its own key, until the process is gone.
      const attempts: Attempt[] = [];
      let answered = 0;
      const app = first;
      const killed = new Promise<void>((done) => {
        const loops = Array.from({ length: CLIENTS }, async (_, client) => {
          for (let n = 0; ; n++) {
            const a: Attempt = {
              key: `crash-${client}-${n}`,
              body: { subject: `crash-${client}-${n}`, description: 'load', customerId },
            };
            attempts.push(a);
            // Every fifth client gives up early, as a client whose connection drops does: the
            // server goes on and commits, the client never sees the answer.
            const givesUp = n % 5 === 4;
            try {
              const res = await call(app.url, 'POST', '/v1/tickets', {
                auth: key,
                body: a.body,
                headers: { 'Idempotency-Key': a.key },
                timeoutMs: givesUp ? 1 + (n % 20) : undefined,
              });
              a.status = res.status;
              if (res.status === 201) a.ticket = res.body;
              if (++answered === KILL_AFTER) app.child.kill('SIGKILL');
            } catch (e) {
              if ((e as Error).name === 'TimeoutError') continue;
              return; // connection refused or reset: the process is gone
            }
          }
        });
        void Promise.all(loops).then(() => done());
      });
      await killed;
      await first.exited;
      const before = attempts.filter((a) => a.status !== undefined);
      expect(before.every((a) => a.status === 201)).toBe(true);
      const unanswered = attempts.filter((a) => a.status === undefined);
      expect(unanswered.length).toBeGreaterThanOrEqual(1);

      // It starts again on the same database.
      const restartedAt = Date.now();
      second = await startChildApp(env, await freePort());
      const restartMs = Date.now() - restartedAt;
      const url = second.url;

      // Every create that got a 201 is there, as answered.
      for (const a of before) {
        const got = await call(url, 'GET', `/v1/tickets/${a.ticket!.id}`, { auth: key });
        expect({ key: a.key, status: got.status, number: got.body.number }).toEqual({
          key: a.key,
          status: 200,
          number: a.ticket!.number,
        });
      }

      // A retry of every request with its key: the original ticket, or the work done once now.
      // No key is left claimed by the dead process (no 409 window).
      let conflicts = 0;
      const retried = new Map<string, { id: string; replayed: boolean }>();
      for (const a of attempts) {
        for (;;) {
          const res = await call(url, 'POST', '/v1/tickets', {
            auth: key,
            body: a.body,
            headers: { 'Idempotency-Key': a.key },
          });
          if (res.status === 409) {
            conflicts++;
            expect(Date.now() - restartedAt).toBeLessThan(10_000);
            await new Promise((r) => setTimeout(r, 200));
            continue;
          }
          expect({ key: a.key, status: res.status }).toEqual({ key: a.key, status: 201 });
          const replayed = res.headers.get('idempotent-replayed') === 'true';
          if (a.ticket) {
            expect(replayed).toBe(true);
            expect(res.body.id).toBe(a.ticket.id);
          }
          retried.set(a.key, { id: res.body.id as string, replayed });
          break;
        }
      }

      // One ticket per key, numbers 1..N without gap or duplicate.
      const tickets: { id: string; number: number; subject: string }[] = [];
      for (let cursor: string | null = null; ;) {
        const page = await call(
          url,
          'GET',
          `/v1/tickets?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
          { auth: key },
        );
        tickets.push(...page.body.data);
        cursor = page.body.nextCursor;
        if (!cursor) break;
      }
      const perKey = new Map<string, number>();
      for (const t of tickets) perKey.set(t.subject, (perKey.get(t.subject) ?? 0) + 1);
      expect([...perKey.values()].every((n) => n === 1)).toBe(true);
      expect(new Set(perKey.keys())).toEqual(new Set(attempts.map((a) => a.key)));
      for (const a of attempts)
        expect(retried.get(a.key)!.id).toBe(tickets.find((t) => t.subject === a.key)!.id);
      expect(tickets.map((t) => t.number).sort((x, y) => x - y)).toEqual(
        Array.from({ length: attempts.length }, (_, i) => i + 1),
      );

      // Every committed ticket.created reaches the receiver (at least once), nothing else does.
      const ids = new Set(tickets.map((t) => t.id));
      await eventually(() => {
        const delivered = new Set(receiver.delivered.map((r) => r.json.data.ticket.id as string));
        expect(delivered).toEqual(ids);
        return Promise.resolve();
      }, 30_000);

      // Responses lost after the commit were replayed, not redone.
      const committedUnanswered = unanswered.filter((a) => retried.get(a.key)!.replayed).length;
      expect(committedUnanswered).toBeGreaterThanOrEqual(1);
      console.log(
        `crash safety: ${attempts.length} creates sent, ${before.length} answered before SIGKILL, ` +
          `${unanswered.length} unanswered (${committedUnanswered} had committed: replayed on retry; ` +
          `${unanswered.length - committedUnanswered} had not: created once on retry), ` +
          `${conflicts} 409s after restart, ${receiver.delivered.length} deliveries for ${ids.size} tickets, ` +
          `restart to listening ${restartMs} ms`,
      );
    } finally {
      first?.child.kill('SIGKILL');
      if (second) {
        second.child.kill('SIGTERM');
        await second.exited;
      }
      await receiver.stop();
      await db.drop();
    }
  }, 180_000);
});
