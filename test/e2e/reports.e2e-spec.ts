import { Client } from 'pg';
import {
  createKey,
  createTenant,
  createTestApp,
  gql,
  TestApp,
  TestTenant,
} from '../factories/app.factory';

/*
 * Hand-made data whose every figure is known in advance. Tickets and feedback are created
 * through the API, then their clocks are set directly in the database (created_at, first reply,
 * solve, SLA due times and readings, the status history): the API stamps "now", and a report
 * needs events at chosen instants. Period: 2024-03-01 to 2024-03-04 (UTC).
 *
 *  T1 Ada  email complaint  created 03-01 08:00, replied 08:10 (600 s), solved 10:00 (7200 s), 1 reply, no SLA policy
 *  T2 Bob  chat  question   created 03-01 12:00, replied 12:30 (1800 s business, due 13:00: met),
 *                           solved 03-02 23:30 (3600 s business, due 03-02 12:00: breached), 2 replies
 *  T3 Ada  email incident   created 03-02 09:00, replied 09:05 (300 s, due 09:30: met), solved 10:00,
 *                           reopened 15:00, still open (resolution due 03-05 09:00: past, not met)
 *  T4 —    web   task       created 03-03 20:00, untouched (new)
 *  T5 —    deleted          created 03-01 09:00, solved: left out of everything
 *  T6 —    email            created 02-28 10:00, open: backlog only
 *  T7 —    phone            created 03-03 05:00, closed unsolved 06:00 (3600 s wall), no reply
 *  Feedback: CSAT 5 on T1 (03-01 11:00), CSAT 2 on T2 (03-02 23:45), NPS 10 on T1 (03-01 12:00),
 *            NPS 6 on T3 (03-03 01:00).
 */
describe('reports', () => {
  let t: TestApp;
  let a: TestTenant;
  let b: TestTenant;
  let db: Client;
  const ids: Record<string, string> = {};
  const PERIOD = 'from=2024-03-01&to=2024-03-04';

  const post = async (tenant: TestTenant, path: string, body: object) =>
    (await t.http().post(path).set(tenant.auth).send(body).expect(201)).body as Record<string, any>;

  async function ticket(tenant: TestTenant, body: object) {
    const customer = await post(tenant, '/v1/customers', { name: 'Grace' });
    return (
      await post(tenant, '/v1/tickets', {
        subject: 'Help',
        description: 'Please',
        customerId: customer.id,
        ...body,
      })
    ).id as string;
  }

  /** Sets columns of a ticket (values are SQL literals' parameters). */
  async function place(id: string, cols: Record<string, unknown>) {
    const names = Object.keys(cols);
    await db.query(
      `UPDATE tickets SET ${names.map((n, i) => `${n} = $${i + 2}`).join(', ')} WHERE id = $1`,
      [id, ...names.map((n) => cols[n])],
    );
  }

  /** Replaces a ticket's status history with transitions [from, to, at]. */
  async function history(id: string, changes: [string | null, string, string][]) {
    await db.query(`DELETE FROM ticket_status_changes WHERE ticket_id = $1`, [id]);
    for (const [from, to, at] of changes) {
      await db.query(
        `INSERT INTO ticket_status_changes (tenant_id, id, ticket_id, from_status, to_status, changed_at, actor_type)
         SELECT tenant_id, gen_random_uuid(), id, $2, $3, $4, 'system' FROM tickets WHERE id = $1`,
        [id, from, to, at],
      );
    }
  }

  async function feedback(tenant: TestTenant, body: object, at: string) {
    const f = await post(tenant, '/v1/feedback', body);
    await db.query(`UPDATE feedback SET created_at = $2 WHERE id = $1`, [f.id, at]);
  }

  const get = (path: string, tenant = a) => t.http().get(path).set(tenant.auth);

  beforeAll(async () => {
    t = await createTestApp();
    [a, b] = await Promise.all([createTenant(t), createTenant(t)]);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();

    const group = await post(a, '/v1/groups', { name: 'Tier 1' });
    const agent = async (name: string) =>
      (
        await post(a, '/v1/agents', {
          name,
          email: `${name.toLowerCase()}${Math.random()}@example.com`,
          role: 'agent',
          groupIds: [group.id],
        })
      ).id as string;
    ids.ada = await agent('Ada');
    ids.bob = await agent('Bob');
    ids.group = group.id;

    ids.t1 = await ticket(a, {
      channel: 'email',
      type: 'complaint',
      assigneeId: ids.ada,
      groupId: ids.group,
    });
    ids.t2 = await ticket(a, {
      channel: 'chat',
      type: 'question',
      assigneeId: ids.bob,
      groupId: ids.group,
    });
    ids.t3 = await ticket(a, {
      channel: 'email',
      type: 'incident',
      assigneeId: ids.ada,
      tags: ['vip'],
    });
    ids.t4 = await ticket(a, { channel: 'web', type: 'task' });
    ids.t5 = await ticket(a, { channel: 'email' });
    ids.t6 = await ticket(a, { channel: 'email' });
    ids.t7 = await ticket(a, { channel: 'phone' });

    // Feedback first: recording it runs the ticket pipeline (and its SLA hook) on the ticket,
    // which would recompute the clocks placed below.
    await feedback(a, { kind: 'csat', score: 5, ticketId: ids.t1 }, '2024-03-01T11:00Z');
    await feedback(a, { kind: 'csat', score: 2, ticketId: ids.t2 }, '2024-03-02T23:45Z');
    await feedback(a, { kind: 'nps', score: 10, ticketId: ids.t1 }, '2024-03-01T12:00Z');
    await feedback(a, { kind: 'nps', score: 6, ticketId: ids.t3 }, '2024-03-03T01:00Z');

    await place(ids.t1, {
      status: 'solved',
      created_at: '2024-03-01T08:00Z',
      first_response_at: '2024-03-01T08:10Z',
      first_response_seconds: 600,
      solved_at: '2024-03-01T10:00Z',
      resolution_seconds: 7200,
      public_agent_replies: 1,
    });
    await history(ids.t1, [
      [null, 'new', '2024-03-01T08:00Z'],
      ['new', 'open', '2024-03-01T08:10Z'],
      ['open', 'solved', '2024-03-01T10:00Z'],
    ]);
    await place(ids.t2, {
      status: 'solved',
      created_at: '2024-03-01T12:00Z',
      sla_policy_id: '0190a000-0000-7000-8000-000000000001',
      sla_business_hours: true,
      first_response_due_at: '2024-03-01T13:00Z',
      first_response_at: '2024-03-01T12:30Z',
      first_response_seconds: 1800,
      resolution_due_at: '2024-03-02T12:00Z',
      solved_at: '2024-03-02T23:30Z',
      resolution_seconds: 3600,
      sla_breached: ['resolution'],
      public_agent_replies: 2,
    });
    await history(ids.t2, [
      [null, 'new', '2024-03-01T12:00Z'],
      ['new', 'open', '2024-03-01T12:30Z'],
      ['open', 'solved', '2024-03-02T23:30Z'],
    ]);
    await place(ids.t3, {
      status: 'open',
      created_at: '2024-03-02T09:00Z',
      sla_policy_id: '0190a000-0000-7000-8000-000000000002',
      first_response_due_at: '2024-03-02T09:30Z',
      first_response_at: '2024-03-02T09:05Z',
      first_response_seconds: 300,
      resolution_due_at: '2024-03-05T09:00Z',
      reopen_count: 1,
      public_agent_replies: 2,
    });
    await history(ids.t3, [
      [null, 'new', '2024-03-02T09:00Z'],
      ['new', 'open', '2024-03-02T09:05Z'],
      ['open', 'solved', '2024-03-02T10:00Z'],
      ['solved', 'open', '2024-03-02T15:00Z'],
    ]);
    await place(ids.t4, { created_at: '2024-03-03T20:00Z' });
    await history(ids.t4, [[null, 'new', '2024-03-03T20:00Z']]);
    await place(ids.t5, {
      status: 'solved',
      created_at: '2024-03-01T09:00Z',
      solved_at: '2024-03-01T09:30Z',
      resolution_seconds: 1800,
      deleted_at: '2024-03-01T10:00Z',
    });
    await history(ids.t5, [
      [null, 'new', '2024-03-01T09:00Z'],
      ['new', 'solved', '2024-03-01T09:30Z'],
    ]);
    await place(ids.t6, { status: 'open', created_at: '2024-02-28T10:00Z' });
    await history(ids.t6, [
      [null, 'new', '2024-02-28T10:00Z'],
      ['new', 'open', '2024-02-28T11:00Z'],
    ]);
    await place(ids.t7, {
      status: 'closed',
      created_at: '2024-03-03T05:00Z',
      closed_at: '2024-03-03T06:00Z',
      resolution_seconds: 3600,
    });
    await history(ids.t7, [
      [null, 'new', '2024-03-03T05:00Z'],
      ['new', 'closed', '2024-03-03T06:00Z'],
    ]);

    // Tenant B: one ticket in the same period, solved, with a CSAT.
    ids.b1 = await ticket(b, { channel: 'email' });
    await feedback(b, { kind: 'csat', score: 1, ticketId: ids.b1 }, '2024-03-01T10:00Z');
    await place(ids.b1, {
      status: 'solved',
      created_at: '2024-03-01T08:00Z',
      solved_at: '2024-03-01T09:00Z',
      resolution_seconds: 3600,
    });
    await history(ids.b1, [
      [null, 'new', '2024-03-01T08:00Z'],
      ['new', 'solved', '2024-03-01T09:00Z'],
    ]);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const csat = (responses: number, positive: number, percent: number | null) => ({
    responses,
    positive,
    percent,
  });
  const dur = (
    median: number | null,
    p90: number | null,
    count: number,
    businessHoursCount: number,
    clock: string | null,
  ) => ({ median, p90, count, businessHoursCount, clock });

  describe('GET /v1/reports/kpis', () => {
    it('sums the period (groupBy none)', async () => {
      const res = await get(`/v1/reports/kpis?${PERIOD}`).expect(200);
      expect(res.body).toMatchObject({
        from: '2024-03-01T00:00:00.000Z',
        to: '2024-03-04T00:00:00.000Z',
        tz: 'UTC',
        groupBy: 'none',
      });
      expect(res.body.buckets).toEqual([
        {
          key: null,
          label: null,
          start: null,
          tickets: 5,
          ticketsCreated: 5,
          ticketsSolved: 3,
          complaints: 1,
          resolutionRate: 0.6,
          // [300, 600, 1800]: median 600, p90 = 600 + 0.8 × 1200.
          firstResponseSeconds: dur(600, 1560, 3, 1, 'mixed'),
          // [3600, 3600, 7200]: p90 = 3600 + 0.8 × 3600.
          resolutionSeconds: dur(3600, 6480, 3, 1, 'mixed'),
          slaTargetsDue: 4,
          slaTargetsMet: 2,
          slaCompliancePercent: 50,
          reopened: 1,
          backlog: 3,
          oneTouchResolutions: 1,
          oneTouchResolutionRate: 0.3333,
          csat: csat(2, 1, 50),
          nps: { responses: 2, promoters: 1, passives: 0, detractors: 1, score: 0 },
        },
      ]);
    });

    it('cuts UTC days, with the backlog at the end of each day', async () => {
      const res = await get(`/v1/reports/kpis?${PERIOD}&groupBy=day`).expect(200);
      const [d1, d2, d3] = res.body.buckets;
      expect(res.body.buckets.map((x: { key: string }) => x.key)).toEqual([
        '2024-03-01',
        '2024-03-02',
        '2024-03-03',
      ]);
      expect(d1).toMatchObject({
        start: '2024-03-01T00:00:00.000Z',
        tickets: 2,
        ticketsCreated: 2,
        ticketsSolved: 1,
        complaints: 1,
        resolutionRate: 1,
        firstResponseSeconds: dur(1200, 1680, 2, 1, 'mixed'),
        resolutionSeconds: dur(7200, 7200, 1, 0, 'calendar'),
        slaTargetsDue: 2,
        slaTargetsMet: 1,
        slaCompliancePercent: 50,
        reopened: 0,
        backlog: 2, // T6 and T2
        oneTouchResolutionRate: 1,
        csat: csat(1, 1, 100),
        nps: { responses: 1, promoters: 1, score: 100 },
      });
      expect(d2).toMatchObject({
        tickets: 2,
        ticketsCreated: 1,
        ticketsSolved: 1, // T2 at 23:30 UTC
        resolutionRate: 0,
        firstResponseSeconds: dur(300, 300, 1, 0, 'calendar'),
        resolutionSeconds: dur(3600, 3600, 1, 1, 'business_hours'),
        slaTargetsDue: 2,
        slaTargetsMet: 1,
        reopened: 1,
        backlog: 2, // T6 and T3 (reopened)
        oneTouchResolutionRate: 0,
        csat: csat(1, 0, 0),
        nps: { responses: 0, score: null },
      });
      expect(d3).toMatchObject({
        tickets: 2,
        ticketsCreated: 2,
        ticketsSolved: 1, // T7, closed without a solve
        resolutionRate: 0.5,
        firstResponseSeconds: dur(null, null, 0, 0, null),
        resolutionSeconds: dur(3600, 3600, 1, 0, 'calendar'),
        slaTargetsDue: 0,
        slaCompliancePercent: null,
        reopened: 0,
        backlog: 3, // T6, T3, T4
        csat: csat(0, 0, null),
        nps: { responses: 1, detractors: 1, score: -100 },
      });
    });

    it('cuts days in Asia/Ho_Chi_Minh: a ticket solved at 23:30 UTC lands on the next day', async () => {
      const res = await get(`/v1/reports/kpis?${PERIOD}&groupBy=day&tz=Asia/Ho_Chi_Minh`).expect(
        200,
      );
      // Dates alone are local midnights: 2024-02-29T17:00Z .. 2024-03-03T17:00Z.
      expect(res.body).toMatchObject({
        from: '2024-02-29T17:00:00.000Z',
        to: '2024-03-03T17:00:00.000Z',
        tz: 'Asia/Ho_Chi_Minh',
      });
      const byKey = Object.fromEntries(res.body.buckets.map((x: { key: string }) => [x.key, x]));
      expect(Object.keys(byKey)).toEqual(['2024-03-01', '2024-03-02', '2024-03-03']);
      expect(byKey['2024-03-01'].start).toBe('2024-02-29T17:00:00.000Z');
      expect(byKey['2024-03-02']).toMatchObject({
        ticketsSolved: 0,
        csat: csat(0, 0, null),
        backlog: 3,
      });
      expect(byKey['2024-03-03']).toMatchObject({
        ticketsCreated: 1, // T7; T4 (03-04 03:00 local) is after the period
        ticketsSolved: 2, // T2 (06:30 local) and T7
        resolutionSeconds: dur(3600, 3600, 2, 1, 'mixed'),
        csat: csat(1, 0, 0), // T2's, given at 06:45 local
        backlog: 2, // T6 and T3; T4 not created yet
      });
      expect(byKey['2024-03-01'].backlog).toBe(2);
    });

    it('groups by week and month in the time zone', async () => {
      const week = await get(`/v1/reports/kpis?${PERIOD}&groupBy=week`).expect(200);
      // 2024-03-01 is a Friday: its week starts Monday 02-26 (before `from`).
      expect(week.body.buckets.map((x: { key: string }) => x.key)).toEqual(['2024-02-26']);
      expect(week.body.buckets[0]).toMatchObject({ ticketsCreated: 5, backlog: 3 });
      const month = await get(`/v1/reports/kpis?${PERIOD}&groupBy=month`).expect(200);
      expect(month.body.buckets).toHaveLength(1);
      expect(month.body.buckets[0]).toMatchObject({
        key: '2024-03',
        ticketsCreated: 5,
        backlog: 3,
      });
    });

    it('groups by agent, with names, speed beside satisfaction', async () => {
      const res = await get(`/v1/reports/kpis?${PERIOD}&groupBy=agent`).expect(200);
      const byKey = Object.fromEntries(
        res.body.buckets.map((x: { key: string | null }) => [x.key ?? 'none', x]),
      );
      expect(byKey[ids.ada]).toMatchObject({
        label: 'Ada',
        ticketsCreated: 2,
        ticketsSolved: 1,
        reopened: 1,
        backlog: 1,
        firstResponseSeconds: dur(450, 570, 2, 0, 'calendar'),
        csat: csat(1, 1, 100),
        nps: { responses: 2, score: 0 },
      });
      expect(byKey[ids.bob]).toMatchObject({
        label: 'Bob',
        ticketsCreated: 1,
        ticketsSolved: 1,
        backlog: 0,
        csat: csat(1, 0, 0),
      });
      expect(byKey.none).toMatchObject({
        label: null,
        ticketsCreated: 2,
        ticketsSolved: 1,
        backlog: 2,
      });
      expect(res.body.buckets[res.body.buckets.length - 1].key).toBeNull();
    });

    it('groups by channel, type and group; filters by channel, type, group and tag', async () => {
      const channel = await get(`/v1/reports/kpis?${PERIOD}&groupBy=channel`).expect(200);
      expect(
        Object.fromEntries(
          channel.body.buckets.map(
            (x: { key: string; ticketsCreated: number; backlog: number }) => [
              x.key,
              [x.ticketsCreated, x.backlog],
            ],
          ),
        ),
      ).toEqual({ chat: [1, 0], email: [2, 2], phone: [1, 0], web: [1, 1] });
      const type = await get(`/v1/reports/kpis?${PERIOD}&groupBy=type`).expect(200);
      expect(type.body.buckets.find((x: { key: string }) => x.key === 'complaint')).toMatchObject({
        ticketsCreated: 1,
        complaints: 1,
        csat: csat(1, 1, 100),
      });
      const group = await get(`/v1/reports/kpis?${PERIOD}&groupBy=group`).expect(200);
      expect(group.body.buckets[0]).toMatchObject({
        key: ids.group,
        label: 'Tier 1',
        ticketsCreated: 2,
      });

      const email = await get(`/v1/reports/kpis?${PERIOD}&channel=email`).expect(200);
      expect(email.body.buckets[0]).toMatchObject({
        ticketsCreated: 2,
        backlog: 2,
        csat: csat(1, 1, 100),
        nps: { responses: 2 },
      });
      const complaints = await get(`/v1/reports/kpis?${PERIOD}&type=complaint`).expect(200);
      expect(complaints.body.buckets[0]).toMatchObject({ ticketsCreated: 1, complaints: 1 });
      const inGroup = await get(`/v1/reports/kpis?${PERIOD}&groupId=${ids.group}`).expect(200);
      expect(inGroup.body.buckets[0]).toMatchObject({ ticketsCreated: 2, csat: csat(2, 1, 50) });
      const vip = await get(`/v1/reports/kpis?${PERIOD}&tag=vip`).expect(200);
      expect(vip.body.buckets[0]).toMatchObject({ ticketsCreated: 1, reopened: 1, backlog: 1 });
    });

    it('adds up, under every filter and grouping, to the figures of the whole period', async () => {
      type Bucket = {
        ticketsCreated: number;
        ticketsSolved: number;
        complaints: number;
        backlog: number;
        firstResponseSeconds: { count: number };
        resolutionSeconds: { count: number };
        csat: { responses: number };
        nps: { responses: number };
      };
      const additive = (b: Bucket) => [
        b.ticketsCreated,
        b.ticketsSolved,
        b.complaints,
        b.firstResponseSeconds.count,
        b.resolutionSeconds.count,
        b.csat.responses,
        b.nps.responses,
      ];
      const sum = (buckets: Bucket[]) =>
        buckets.map(additive).reduce((a, b) => a.map((x, i) => x + b[i]));
      for (const filter of [
        '',
        'channel=email',
        'type=complaint',
        `groupId=${ids.group}`,
        'tag=vip',
      ]) {
        const whole = (await get(`/v1/reports/kpis?${PERIOD}&${filter}`).expect(200)).body
          .buckets[0] as Bucket;
        for (const groupBy of ['day', 'week', 'month', 'agent', 'group', 'channel', 'type']) {
          const res = await get(`/v1/reports/kpis?${PERIOD}&${filter}&groupBy=${groupBy}`).expect(
            200,
          );
          const buckets = res.body.buckets as Bucket[];
          const what = `${filter || 'no filter'}, groupBy=${groupBy}`;
          expect([what, ...sum(buckets)]).toEqual([what, ...additive(whole)]);
          // The backlog at the end of the period: the last calendar bucket's, or the sum over
          // the values of a dimension (a ticket has one).
          const backlog = ['day', 'week', 'month'].includes(groupBy)
            ? buckets[buckets.length - 1].backlog
            : buckets.reduce((n, b) => n + b.backlog, 0);
          expect([what, backlog]).toEqual([what, whole.backlog]);
        }
      }
    });

    it('answers an empty period with zeros and the backlog carried in', async () => {
      const none = await get('/v1/reports/kpis?from=2023-01-01&to=2023-01-03&groupBy=day').expect(
        200,
      );
      expect(none.body.buckets).toHaveLength(2);
      for (const bucket of none.body.buckets) {
        expect(bucket).toMatchObject({
          tickets: 0,
          ticketsCreated: 0,
          ticketsSolved: 0,
          resolutionRate: null,
          firstResponseSeconds: dur(null, null, 0, 0, null),
          slaCompliancePercent: null,
          oneTouchResolutionRate: null,
          backlog: 0,
          csat: csat(0, 0, null),
        });
      }
      const quiet = await get('/v1/reports/kpis?from=2024-02-29&to=2024-03-01').expect(200);
      expect(quiet.body.buckets[0]).toMatchObject({ ticketsCreated: 0, backlog: 1 }); // T6
    });

    it('answers a period with one ticket', async () => {
      const res = await get(
        '/v1/reports/kpis?from=2024-03-03T00:00:00Z&to=2024-03-03T12:00:00Z',
      ).expect(200);
      expect(res.body.buckets[0]).toMatchObject({
        tickets: 1,
        ticketsCreated: 1,
        ticketsSolved: 1,
        resolutionRate: 1,
        resolutionSeconds: dur(3600, 3600, 1, 0, 'calendar'),
        oneTouchResolutionRate: 0,
        backlog: 2,
        nps: { responses: 1, score: -100 },
      });
    });

    it('defaults to the last 30 days', async () => {
      const res = await get('/v1/reports/kpis').expect(200);
      const span = Date.parse(res.body.to) - Date.parse(res.body.from);
      expect(span).toBe(30 * 86_400_000);
      expect(Math.abs(Date.parse(res.body.to) - Date.now())).toBeLessThan(60_000);
      expect(res.body.buckets[0]).toMatchObject({ ticketsCreated: 0, backlog: 3 });
    });

    it.each([
      ['from=yesterday', 'from'],
      ['from=2024-02-30', 'from'],
      ['to=2024-03-01T25:00Z', 'to'],
      ['from=2024-03-01T10:00%2B99:99', 'from'],
      ['from=2024-03-02&to=2024-03-01', 'to'],
      ['from=2024-03-01&to=2024-03-01', 'to'],
      ['from=2022-01-01&to=2024-01-01', 'from'],
      ['groupBy=year', 'groupBy'],
      ['tz=Mars/Olympus', 'tz'],
      ['tz=UTC%2B7', 'tz'],
      ['channel=pigeon', 'channel'],
      ['groupId=nope', 'groupId'],
      ['sort=desc', 'sort'],
    ])('400 naming the parameter: %s', async (query, field) => {
      const res = await get(`/v1/reports/kpis?${query}`).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('needs reports:read', async () => {
      const tickets = await createKey(t, a, ['tickets:read']);
      await t.http().get('/v1/reports/kpis').set(tickets.auth).expect(403);
      await t.http().get('/v1/reports/agents').set(tickets.auth).expect(403);
      const reports = await createKey(t, a, ['reports:read']);
      await t.http().get(`/v1/reports/kpis?${PERIOD}`).set(reports.auth).expect(200);
      await t.http().get('/v1/reports/kpis').expect(401);
    });

    it('tenant B sees none of A', async () => {
      const res = await get(`/v1/reports/kpis?${PERIOD}`, b).expect(200);
      expect(res.body.buckets[0]).toMatchObject({
        tickets: 1,
        ticketsCreated: 1,
        ticketsSolved: 1,
        reopened: 0,
        backlog: 0,
        csat: csat(1, 0, 0),
        nps: { responses: 0 },
      });
      const agents = await get(`/v1/reports/agents?${PERIOD}`, b).expect(200);
      expect(agents.body.data).toEqual([]);
      const byAgent = await get(`/v1/reports/kpis?${PERIOD}&groupBy=agent`, b).expect(200);
      expect(byAgent.body.buckets.map((x: { key: string | null }) => x.key)).toEqual([null]);
      const other = await get(`/v1/reports/kpis?${PERIOD}&groupId=${ids.group}`, b).expect(200);
      expect(other.body.buckets[0]).toMatchObject({ ticketsCreated: 0, csat: csat(0, 0, null) });
    });
  });

  describe('CSV', () => {
    it('GET /v1/reports/kpis.csv: a header and one row per bucket', async () => {
      const res = await get(`/v1/reports/kpis.csv?${PERIOD}&groupBy=day`).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const lines = res.text.trim().split('\r\n');
      expect(lines).toHaveLength(4);
      const header = lines[0].split(',');
      const row = (i: number) =>
        Object.fromEntries(lines[i].split(',').map((v, j) => [header[j], v]));
      expect(row(1)).toMatchObject({
        key: '2024-03-01',
        ticketsCreated: '2',
        firstResponseMedianSeconds: '1200',
        firstResponseClock: 'mixed',
        csatPercent: '100',
        backlog: '2',
      });
      expect(row(3)).toMatchObject({ firstResponseMedianSeconds: '', npsScore: '-100' });
    });

    it('Accept: text/csv on /kpis; a name that looks like a formula is defused', async () => {
      await db.query(`UPDATE agents SET name = '=HYPERLINK("x")' WHERE id = $1`, [ids.bob]);
      try {
        const res = await get(`/v1/reports/kpis?${PERIOD}&groupBy=agent`)
          .set('Accept', 'text/csv')
          .expect(200);
        expect(res.headers['content-type']).toMatch(/^text\/csv/);
        expect(res.text).toContain(`"'=HYPERLINK(""x"")"`);
      } finally {
        await db.query(`UPDATE agents SET name = 'Bob' WHERE id = $1`, [ids.bob]);
      }
    });

    it('400 as problem+json, not CSV', async () => {
      const res = await get('/v1/reports/kpis.csv?groupBy=year').expect(400);
      expect(res.body.errors[0].field).toBe('groupBy');
    });
  });

  describe('consistency', () => {
    let c: TestTenant;
    beforeAll(async () => {
      c = await createTenant(t);
    });

    it('reads the backlog in one snapshot: tickets changing meanwhile do not move a past figure', async () => {
      const id = await ticket(c, { channel: 'email' });
      let toggling = true;
      const toggle = (async () => {
        for (let i = 0; toggling; i++) {
          await t
            .http()
            .patch(`/v1/tickets/${id}`)
            .set(c.auth)
            .send({ status: i % 2 ? 'open' : 'solved' })
            .expect(200);
        }
      })();
      const backlogs: number[] = [];
      try {
        for (let round = 0; round < 6; round++) {
          const answers = await Promise.all(
            [0, 1, 2, 3, 4].map(() =>
              get('/v1/reports/kpis?from=2024-01-01&to=2024-01-03&groupBy=day', c).expect(200),
            ),
          );
          for (const r of answers) backlogs.push(...r.body.buckets.map((x: any) => x.backlog));
        }
      } finally {
        toggling = false;
        await toggle;
      }
      // The ticket came after the period: its backlog is 0 whatever the ticket does now.
      expect(new Set(backlogs)).toEqual(new Set([0]));
    });

    it('counts a first-response target as met when the ticket was closed, unanswered, in time', async () => {
      const id = await ticket(c, { channel: 'phone' });
      await place(id, {
        status: 'closed',
        created_at: '2024-05-01T09:00Z',
        sla_policy_id: '0190a000-0000-7000-8000-000000000003',
        first_response_due_at: '2024-05-01T10:00Z',
        closed_at: '2024-05-01T09:30Z',
        resolution_seconds: 1800,
      });
      await history(id, [
        [null, 'new', '2024-05-01T09:00Z'],
        ['new', 'closed', '2024-05-01T09:30Z'],
      ]);
      const res = await get('/v1/reports/kpis?from=2024-05-01&to=2024-05-02', c).expect(200);
      expect(res.body.buckets[0]).toMatchObject({
        slaTargetsDue: 1,
        slaTargetsMet: 1,
        slaCompliancePercent: 100,
      });
    });

    it('leaves out feedback about a deleted ticket, as it leaves out the ticket', async () => {
      const id = await ticket(c, { channel: 'chat' });
      await feedback(c, { kind: 'csat', score: 5, ticketId: id }, '2024-06-01T10:00Z');
      const period = '/v1/reports/kpis?from=2024-06-01&to=2024-06-02';
      expect((await get(period, c).expect(200)).body.buckets[0].csat.responses).toBe(1);
      await t.http().delete(`/v1/tickets/${id}`).set(c.auth).expect(204);
      expect((await get(period, c).expect(200)).body.buckets[0].csat.responses).toBe(0);
    });
  });

  describe('GET /v1/reports/agents', () => {
    it('per agent: open now, solved, medians, CSAT with its count, reopened', async () => {
      const res = await get(`/v1/reports/agents?${PERIOD}`).expect(200);
      expect(res.body.nextCursor).toBeNull();
      expect(res.body.data).toEqual([
        {
          agentId: ids.ada,
          name: 'Ada',
          active: true,
          openTickets: 1,
          solved: 1,
          firstResponseMedianSeconds: 450,
          firstResponses: 2,
          resolutionMedianSeconds: 7200,
          csat: 100,
          csatResponses: 1,
          reopened: 1,
        },
        {
          agentId: ids.bob,
          name: 'Bob',
          active: true,
          openTickets: 0,
          solved: 1,
          firstResponseMedianSeconds: 1800,
          firstResponses: 1,
          resolutionMedianSeconds: 3600,
          csat: 0,
          csatResponses: 1,
          reopened: 0,
        },
      ]);
    });

    it('pages by name', async () => {
      const first = await get(`/v1/reports/agents?${PERIOD}&limit=1`).expect(200);
      expect(first.body.data.map((x: { name: string }) => x.name)).toEqual(['Ada']);
      const second = await get(
        `/v1/reports/agents?${PERIOD}&limit=1&cursor=${first.body.nextCursor}`,
      ).expect(200);
      expect(second.body.data.map((x: { name: string }) => x.name)).toEqual(['Bob']);
      expect(second.body.nextCursor).toBeNull();
      const bad = await get('/v1/reports/agents?cursor=xyz').expect(400);
      expect(bad.body.errors[0].field).toBe('cursor');
      const far = await get('/v1/reports/agents?to=yesterday').expect(400);
      expect(far.body.errors[0].field).toBe('to');
    });
  });

  describe('GraphQL', () => {
    it('kpis(...) answers what REST answers', async () => {
      const rest = await get(`/v1/reports/kpis?${PERIOD}&groupBy=day&tz=Asia/Ho_Chi_Minh`);
      const res = await gql(
        t,
        a.auth,
        `query($from: String, $to: String) {
          kpis(from: $from, to: $to, groupBy: day, tz: "Asia/Ho_Chi_Minh") {
            from to tz groupBy
            buckets { key start ticketsCreated ticketsSolved resolutionRate backlog reopened
              firstResponseSeconds { median p90 count businessHoursCount clock }
              resolutionSeconds { median p90 count clock }
              slaCompliancePercent oneTouchResolutionRate csat { percent responses } nps { score responses } }
          }
        }`,
        { from: '2024-03-01', to: '2024-03-04' },
      ).expect(200);
      expect(res.body.errors).toBeUndefined();
      const buckets = res.body.data.kpis.buckets;
      expect(buckets).toHaveLength(3);
      buckets.forEach((g: Record<string, any>, i: number) => {
        const r = rest.body.buckets[i];
        expect(g).toMatchObject({
          key: r.key,
          start: r.start,
          ticketsCreated: r.ticketsCreated,
          ticketsSolved: r.ticketsSolved,
          backlog: r.backlog,
          firstResponseSeconds: r.firstResponseSeconds,
          csat: { percent: r.csat.percent, responses: r.csat.responses },
        });
      });
    });

    it('agentReport(...) and validation errors name the argument', async () => {
      const res = await gql(
        t,
        a.auth,
        `{ agentReport(from: "2024-03-01", to: "2024-03-04", limit: 1) { data { name solved csat csatResponses } nextCursor } }`,
      ).expect(200);
      expect(res.body.data.agentReport.data).toEqual([
        { name: 'Ada', solved: 1, csat: 100, csatResponses: 1 },
      ]);
      expect(res.body.data.agentReport.nextCursor).toEqual(expect.any(String));
      const bad = await gql(t, a.auth, `{ kpis(tz: "Nowhere/City") { tz } }`).expect(200);
      expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(bad.body.errors[0])).toContain('tz');
    });
  });
});
