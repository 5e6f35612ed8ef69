import { outboxTypes } from '../factories/outbox';
import { Client } from 'pg';
import {
  createTenant,
  createTestApp,
  eventually,
  TestApp,
  TestTenant,
} from '../factories/app.factory';

/**
 * Two service instances on one database, both running the job runner: a breach is recorded
 * once. (Its own file: a second app in one process shares the first one's transaction host,
 * so both must live until the end of the file.)
 */
describe('SLA breach check across instances', () => {
  let t: TestApp;
  let second: TestApp;
  const post = (path: string, body: object, who: TestTenant) =>
    t.http().post(path).set(who.auth).send(body);
  const get = (path: string, who: TestTenant) => t.http().get(path).set(who.auth);
  const newTicket = async (body: object, who: TestTenant, customerId: string) =>
    (
      await post(
        '/v1/tickets',
        { subject: 'Help', description: 'Broken', customerId, ...body },
        who,
      ).expect(201)
    ).body;

  beforeAll(async () => {
    t = await createTestApp({ SLA_CHECK_INTERVAL_SECONDS: '1', JOBS_ENABLED: 'true' });
    second = await createTestApp(
      { SLA_CHECK_INTERVAL_SECONDS: '1', JOBS_ENABLED: 'true' },
      { shareDatabaseOf: t },
    );
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('records a breach once, within seconds of its due time, with two instances running', async () => {
    {
      const fresh = await createTenant(t);
      const customer = (await post('/v1/customers', { name: 'B' }, fresh).expect(201)).body.id;
      const rule = (
        await post(
          '/v1/workflows',
          {
            name: 'Escalate breaches',
            trigger: 'ticket.sla_breached',
            actions: [{ type: 'set_priority', priority: 'urgent' }],
          },
          fresh,
        ).expect(201)
      ).body;
      await post(
        '/v1/sla-policies',
        {
          name: 'All',
          targets: { normal: { firstResponseMinutes: 30, resolutionMinutes: 600 } },
        },
        fresh,
      ).expect(201);
      const ticket = await newTicket({}, fresh, customer);
      // Bring the due time near instead of waiting 30 minutes (the clock itself is unit-tested).
      const db = new Client({ connectionString: t.databaseUrl });
      await db.connect();
      const dueAt = new Date(Date.now() + 1500);
      await db.query(
        `UPDATE tickets SET first_response_due_at = $3, sla_next_due_at = $3 WHERE tenant_id = $1 AND id = $2`,
        [fresh.id, ticket.id, dueAt],
      );
      await db.end();

      const breached = await eventually(async () => {
        const res = await get(`/v1/tickets/${ticket.id}`, fresh).expect(200);
        expect(res.body.sla.breached).toEqual(['firstResponse']);
        return res.body;
      }, 20_000);
      expect(Date.now() - dueAt.getTime()).toBeLessThan(60_000);
      expect(breached.priority).toBe('urgent'); // a rule reacted to ticket.sla_breached

      await new Promise((r) => setTimeout(r, 3000)); // both instances get more chances
      const types = await outboxTypes(t.databaseUrl, ticket.id);
      expect(types.filter((x) => x === 'ticket.sla_breached')).toHaveLength(1);
      const audit = await get(`/v1/tickets/${ticket.id}/events?limit=100`, fresh).expect(200);
      const rows = audit.body.data.filter((a: { field: string }) => a.field === 'slaBreached');
      expect(rows).toHaveLength(1);
      expect(rows[0].actor).toEqual({ type: 'system', id: null });
      expect(audit.body.data.find((a: { field: string }) => a.field === 'priority').actor.id).toBe(
        rule.id,
      );
    }
  }, 40_000);
});
