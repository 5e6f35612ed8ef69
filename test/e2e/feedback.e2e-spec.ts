import { TransactionHost } from '@nestjs-cls/transactional';
import { ClsService } from 'nestjs-cls';
import { Client } from 'pg';
import { OutboxService } from '../../src/common/events/outbox.service';
import { SurveyLinks } from '../../src/modules/feedback/survey-links';
import { TicketModel } from '../../src/modules/tickets/dto/ticket.model';
import { TicketChange, TicketHooks } from '../../src/modules/tickets/ticket-hooks';
import {
  createKey,
  createTenant,
  createTestApp,
  eventually,
  gql,
  TestApp,
  TestTenant,
} from '../factories/app.factory';

describe('feedback', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://help.example.com/' });
    [tenant, other] = await Promise.all([createTenant(t), createTenant(t)]);
  });
  afterAll(() => t.close());

  const events = (tenantId: string, type?: string) =>
    t.app
      .get(ClsService)
      .run(() =>
        t.app.get(OutboxService).readAfter(tenantId, null, 1000, type ? [type] : undefined),
      );

  async function customer(locale?: string, auth = tenant.auth) {
    const res = await t
      .http()
      .post('/v1/customers')
      .set(auth)
      .send({ name: 'Grace', email: `g${Math.random()}@example.com`, locale })
      .expect(201);
    return res.body.id as string;
  }

  async function ticket(extra: Record<string, unknown> = {}, auth = tenant.auth) {
    const customerId = (extra.customerId as string) ?? (await customer(undefined, auth));
    const res = await t
      .http()
      .post('/v1/tickets')
      .set(auth)
      .send({ subject: 'Help', description: 'Please', customerId, channel: 'chat', ...extra })
      .expect(201);
    return res.body as TicketModel;
  }

  async function agentAndGroup(auth = tenant.auth) {
    const group = await t.http().post('/v1/groups').set(auth).send({ name: 'Tier 1' }).expect(201);
    const agent = await t
      .http()
      .post('/v1/agents')
      .set(auth)
      .send({
        name: 'Ada',
        email: `ada${Math.random()}@example.com`,
        role: 'agent',
        groupIds: [group.body.id],
      })
      .expect(201);
    return { agentId: agent.body.id as string, groupId: group.body.id as string };
  }

  const submit = (body: object, auth = tenant.auth) =>
    t.http().post('/v1/feedback').set(auth).send(body);

  describe('POST /v1/feedback', () => {
    it("records the ticket's customer, assignee, group and channel", async () => {
      const { agentId, groupId } = await agentAndGroup();
      const tk = await ticket({ assigneeId: agentId, groupId });
      const res = await submit({
        kind: 'csat',
        score: 5,
        comment: 'Great',
        ticketId: tk.id,
      }).expect(201);
      expect(res.body).toMatchObject({
        kind: 'csat',
        score: 5,
        negative: false,
        comment: 'Great',
        ticketId: tk.id,
        customerId: tk.customerId,
        agentId,
        groupId,
        channel: 'chat',
        source: 'api',
        surveyId: null,
      });
      const c = await t.http().get(`/v1/customers/${tk.customerId}`).set(tenant.auth).expect(200);
      expect(c.body.satisfaction).toEqual({ csat: 100, nps: null, responses: 1, lastScore: 5 });
      await eventually(async () => {
        const received = (await events(tenant.id, 'feedback.received')).find(
          (e) => e.resourceId === res.body.id,
        );
        expect(received).toMatchObject({ resourceType: 'feedback', actor: { type: 'api_key' } });
        expect(received!.data).toMatchObject({ change: 'created', feedback: { score: 5 } });
      });
    });

    it('a low score sets ticket.negativeFeedback and emits feedback.negative', async () => {
      const tk = await ticket();
      expect(tk.negativeFeedback).toBe(false);
      const res = await submit({ kind: 'nps', score: 6, ticketId: tk.id }).expect(201);
      expect(res.body.negative).toBe(true);
      const after = await t.http().get(`/v1/tickets/${tk.id}`).set(tenant.auth).expect(200);
      expect(after.body.negativeFeedback).toBe(true);
      await eventually(async () => {
        const negative = (await events(tenant.id, 'feedback.negative')).find(
          (e) => e.resourceId === res.body.id,
        );
        expect(negative?.data).toMatchObject({ feedback: { id: res.body.id, score: 6 } });
      });
      const passive = await submit({ kind: 'nps', score: 7, ticketId: tk.id }).expect(201);
      await new Promise((r) => setTimeout(r, 200));
      expect(
        (await events(tenant.id, 'feedback.negative')).some(
          (e) => e.resourceId === passive.body.id,
        ),
      ).toBe(false);
    });

    it('validates: score out of range, unknown fields, bad ids → 400', async () => {
      for (const body of [
        { kind: 'csat', score: 0 },
        { kind: 'csat', score: 6 },
        { kind: 'nps', score: 11 },
        { kind: 'nps', score: -1 },
        { kind: 'csat', score: 4.5 },
        { kind: 'csat', score: '5' },
      ]) {
        const res = await submit(body).expect(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('score');
      }
      const nps = await submit({ kind: 'csat', score: 9 }).expect(400);
      expect(nps.body.errors[0].message).toContain('from 1 to 5');
      await submit({ kind: 'ces', score: 3 }).expect(400);
      await submit({ kind: 'csat', score: 3, ticketId: 'nope' }).expect(400);
      await submit({ kind: 'csat', score: 3, deleted: true }).expect(400);
      await submit({ kind: 'csat', score: 3, comment: 'x'.repeat(5001) }).expect(400);
    });

    it('another tenant’s ticket, customer or agent is a missing reference (422)', async () => {
      const theirs = await ticket({}, other.auth);
      const res = await submit({ kind: 'csat', score: 3, ticketId: theirs.id }).expect(422);
      expect(res.body.errors[0].field).toBe('ticketId');
      await submit({ kind: 'csat', score: 3, customerId: theirs.customerId }).expect(422);
      const mine = await ticket();
      const mismatch = await submit({
        kind: 'csat',
        score: 3,
        ticketId: mine.id,
        customerId: await customer(),
      }).expect(422);
      expect(mismatch.body.errors[0].field).toBe('customerId');
    });

    it('has no PATCH or DELETE: feedback is never edited or hidden by agents', async () => {
      const res = await submit({ kind: 'csat', score: 1, comment: 'Terrible' }).expect(201);
      await t.http().patch(`/v1/feedback/${res.body.id}`).set(tenant.auth).send({}).expect(404);
      await t.http().delete(`/v1/feedback/${res.body.id}`).set(tenant.auth).expect(404);
      const got = await t.http().get(`/v1/feedback/${res.body.id}`).set(tenant.auth).expect(200);
      expect(got.body.comment).toBe('Terrible');
    });
  });

  describe('with workflows', () => {
    it('a low score opens a follow-up through a rule (feedback.received + negativeFeedback)', async () => {
      const fresh = await createTenant(t);
      const { groupId } = await agentAndGroup(fresh.auth);
      const rule = await t
        .http()
        .post('/v1/workflows')
        .set(fresh.auth)
        .send({
          name: 'Unhappy customers get a call back',
          trigger: 'feedback.received',
          conditions: [{ field: 'negativeFeedback', op: 'eq', value: true }],
          actions: [
            { type: 'set_status', status: 'open' },
            { type: 'assign_group', groupId },
            { type: 'add_tags', tags: ['follow-up'] },
            { type: 'add_internal_note', body: 'Low rating: call the customer.' },
          ],
        })
        .expect(201);
      const tk = await ticket({}, fresh.auth);
      await t
        .http()
        .patch(`/v1/tickets/${tk.id}`)
        .set(fresh.auth)
        .send({ status: 'solved' })
        .expect(200);
      await submit({ kind: 'csat', score: 4, ticketId: tk.id }, fresh.auth).expect(201);
      let now = (await t.http().get(`/v1/tickets/${tk.id}`).set(fresh.auth).expect(200)).body;
      expect(now).toMatchObject({ status: 'solved', negativeFeedback: false });

      await submit(
        { kind: 'csat', score: 1, comment: 'Still broken', ticketId: tk.id },
        fresh.auth,
      ).expect(201);
      now = (await t.http().get(`/v1/tickets/${tk.id}`).set(fresh.auth).expect(200)).body;
      expect(now).toMatchObject({
        status: 'open',
        negativeFeedback: true,
        groupId,
        reopenCount: 1,
      });
      expect(now.tags).toContain('follow-up');
      const audit = await t
        .http()
        .get(`/v1/tickets/${tk.id}/events?limit=100`)
        .set(fresh.auth)
        .expect(200);
      const reopened = audit.body.data.find(
        (a: { field: string; after: unknown }) => a.field === 'status' && a.after === 'open',
      );
      expect(reopened.actor).toEqual({ type: 'workflow', id: rule.body.id });
    });

    it('the request_survey action asks for a real survey (survey.requested with links)', async () => {
      const fresh = await createTenant(t);
      await t
        .http()
        .post('/v1/workflows')
        .set(fresh.auth)
        .send({
          name: 'Ask NPS on solve',
          trigger: 'ticket.status_changed',
          conditions: [{ field: 'status', op: 'changed_to', value: 'solved' }],
          actions: [{ type: 'request_survey', kind: 'nps' }],
        })
        .expect(201);
      const tk = await ticket({}, fresh.auth);
      await t
        .http()
        .patch(`/v1/tickets/${tk.id}`)
        .set(fresh.auth)
        .send({ status: 'solved' })
        .expect(200);
      // The feed shows committed events once older transactions in the cluster finished.
      const requested = await eventually(async () => {
        const found = await events(fresh.id, 'survey.requested');
        expect(found).toHaveLength(1);
        return found;
      }, 15_000);
      const links = (requested[0].data as { survey: { links: Record<string, string> } }).survey
        .links;
      expect(Object.keys(links)).toHaveLength(11);
    });
  });

  describe('GET /v1/feedback', () => {
    it('filters and paginates newest first', async () => {
      const t1 = await ticket();
      const ids: string[] = [];
      for (const score of [1, 3, 5]) {
        ids.push((await submit({ kind: 'csat', score, ticketId: t1.id }).expect(201)).body.id);
      }
      const page1 = await t
        .http()
        .get(`/v1/feedback?ticketId=${t1.id}&limit=2`)
        .set(tenant.auth)
        .expect(200);
      expect(page1.body.data.map((f: { id: string }) => f.id)).toEqual([ids[2], ids[1]]);
      const page2 = await t
        .http()
        .get(`/v1/feedback?ticketId=${t1.id}&limit=2&cursor=${page1.body.nextCursor}`)
        .set(tenant.auth)
        .expect(200);
      expect(page2.body).toEqual({
        data: [expect.objectContaining({ id: ids[0] })],
        nextCursor: null,
      });
      const low = await t
        .http()
        .get(`/v1/feedback?ticketId=${t1.id}&maxScore=3&minScore=2`)
        .set(tenant.auth)
        .expect(200);
      expect(low.body.data.map((f: { score: number }) => f.score)).toEqual([3]);
      await t.http().get('/v1/feedback?minScore=11').set(tenant.auth).expect(400);
      await t.http().get('/v1/feedback?kind=ces').set(tenant.auth).expect(400);
      await t.http().get('/v1/feedback?from=yesterday').set(tenant.auth).expect(400);
    });

    it('tenant B: 404 on A’s feedback and ticket surveys, empty lists and summary', async () => {
      const tk = await ticket();
      const f = await submit({ kind: 'csat', score: 4, ticketId: tk.id }).expect(201);
      await t.http().get(`/v1/feedback/${f.body.id}`).set(other.auth).expect(404);
      await t
        .http()
        .post(`/v1/tickets/${tk.id}/surveys`)
        .set(other.auth)
        .send({ kind: 'csat' })
        .expect(404);
      const survey = await t
        .http()
        .post(`/v1/tickets/${tk.id}/surveys`)
        .set(tenant.auth)
        .send({ kind: 'csat' })
        .expect(201);
      await t.http().post(`/v1/surveys/${survey.body.id}/revoke`).set(other.auth).expect(404);
      const list = await t.http().get(`/v1/feedback?ticketId=${tk.id}`).set(other.auth).expect(200);
      expect(list.body).toEqual({ data: [], nextCursor: null });
      const fresh = await createTenant(t);
      const summary = await t.http().get('/v1/feedback/summary').set(fresh.auth).expect(200);
      expect(summary.body.buckets).toEqual([expect.objectContaining({ key: null, responses: 0 })]);
      const g = await gql(
        t,
        other.auth,
        `{ feedback(filter: {ticketId: "${tk.id}"}) { nodes { id } } }`,
      );
      expect(g.body.data.feedback.nodes).toEqual([]);
    });

    it('needs feedback scopes', async () => {
      const reader = await createKey(t, tenant, ['feedback:read']);
      await t.http().get('/v1/feedback').set(reader.auth).expect(200);
      await t.http().get('/v1/feedback/summary').set(reader.auth).expect(200);
      await submit({ kind: 'csat', score: 4 }, reader.auth).expect(403);
      const tickets = await createKey(t, tenant, ['tickets:read']);
      await t.http().get('/v1/feedback').set(tickets.auth).expect(403);
      await t.http().get('/v1/tenant/settings/surveys').set(reader.auth).expect(403);
    });
  });

  describe('summary', () => {
    let tz: TestTenant;
    let agentId: string;
    beforeAll(async () => {
      tz = await createTenant(t);
      ({ agentId } = await agentAndGroup(tz.auth));
      const tk = await ticket({ assigneeId: agentId }, tz.auth);
      const email = await ticket({ channel: 'email' }, tz.auth);
      // [kind, score, createdAt, ticket]
      const rows: [string, number, string, TicketModel][] = [
        ['csat', 5, '2024-12-01T16:30:00Z', tk], // 23:30 in Ho Chi Minh City (UTC+7): Dec 1
        ['csat', 4, '2024-12-01T17:30:00Z', tk], // 00:30 on Dec 2 there
        ['csat', 1, '2024-12-02T10:00:00Z', email],
        ['nps', 10, '2024-12-01T12:00:00Z', tk],
        ['nps', 9, '2024-12-09T12:00:00Z', email],
        ['nps', 3, '2024-12-31T20:00:00Z', email], // Jan 1 2025 in Ho Chi Minh City
      ];
      const db = new Client({ connectionString: t.databaseUrl });
      await db.connect();
      try {
        for (const [kind, score, at, tick] of rows) {
          const f = await submit({ kind, score, ticketId: tick.id }, tz.auth).expect(201);
          await db.query(`UPDATE feedback SET created_at = $3 WHERE tenant_id = $1 AND id = $2`, [
            tz.id,
            f.body.id,
            at,
          ]);
        }
      } finally {
        await db.end();
      }
    });

    const summary = (query: string) =>
      t.http().get(`/v1/feedback/summary?${query}`).set(tz.auth).expect(200);

    it('overall: CSAT % of 4-5 and NPS = %promoters − %detractors', async () => {
      const res = await summary('groupBy=none');
      expect(res.body).toEqual({
        groupBy: 'none',
        tz: 'UTC',
        buckets: [
          {
            key: null,
            start: null,
            responses: 6,
            csat: { responses: 3, positive: 2, percent: 66.7 },
            nps: { responses: 3, promoters: 2, passives: 0, detractors: 1, score: 33.3 },
          },
        ],
      });
      const csatOnly = await summary('kind=csat');
      expect(csatOnly.body.buckets[0]).toMatchObject({
        responses: 3,
        nps: { responses: 0, score: null },
      });
    });

    it('days follow the tz calendar (default UTC)', async () => {
      const utc = await summary('groupBy=day&kind=csat');
      expect(
        utc.body.buckets.map((b: { key: string; responses: number }) => [b.key, b.responses]),
      ).toEqual([
        ['2024-12-01', 2],
        ['2024-12-02', 1],
      ]);
      expect(utc.body.buckets[0].start).toBe('2024-12-01T00:00:00.000Z');
      const hcm = await summary('groupBy=day&kind=csat&tz=Asia/Ho_Chi_Minh');
      expect(hcm.body.tz).toBe('Asia/Ho_Chi_Minh');
      expect(
        hcm.body.buckets.map((b: { key: string; csat: { percent: number } }) => [
          b.key,
          b.csat.percent,
        ]),
      ).toEqual([
        ['2024-12-01', 100],
        ['2024-12-02', 50],
      ]);
      expect(hcm.body.buckets[1].start).toBe('2024-12-01T17:00:00.000Z');
    });

    it('weeks start on Monday; months in tz; from/to bound the period', async () => {
      const weeks = await summary('groupBy=week&kind=nps');
      expect(weeks.body.buckets.map((b: { key: string }) => b.key)).toEqual([
        '2024-11-25',
        '2024-12-09',
        '2024-12-30',
      ]);
      const months = await summary('groupBy=month&tz=Asia/Ho_Chi_Minh');
      expect(
        months.body.buckets.map((b: { key: string; responses: number }) => [b.key, b.responses]),
      ).toEqual([
        ['2024-12', 5],
        ['2025-01', 1],
      ]);
      const bounded = await summary(
        'groupBy=none&from=2024-12-01T17:00:00Z&to=2024-12-09T12:00:00Z',
      );
      expect(bounded.body.buckets[0].responses).toBe(2);
    });

    it('per agent and per channel', async () => {
      const byAgent = await summary('groupBy=agent&kind=csat');
      expect(byAgent.body.buckets).toEqual([
        expect.objectContaining({
          key: null,
          responses: 1,
          csat: expect.objectContaining({ percent: 0 }),
        }),
        expect.objectContaining({ key: agentId, responses: 2 }),
      ]);
      const byChannel = await summary('groupBy=channel');
      expect(
        byChannel.body.buckets.map((b: { key: string; responses: number }) => [b.key, b.responses]),
      ).toEqual([
        ['chat', 3],
        ['email', 3],
      ]);
    });

    it('rejects bad parameters with 400', async () => {
      for (const q of [
        'groupBy=hour',
        'tz=Mars/Olympus',
        'kind=x',
        'from=nope',
        'from=2024-12-02T00:00:00Z&to=2024-12-01T00:00:00Z',
      ]) {
        await t.http().get(`/v1/feedback/summary?${q}`).set(tz.auth).expect(400);
      }
    });

    it('GraphQL feedbackSummary agrees with REST', async () => {
      const res = await gql(
        t,
        tz.auth,
        `{ feedbackSummary(groupBy: day, kind: csat, tz: "Asia/Ho_Chi_Minh") { tz buckets { key responses csat { percent } } } }`,
      ).expect(200);
      expect(res.body.data.feedbackSummary.buckets).toEqual([
        { key: '2024-12-01', responses: 1, csat: { percent: 100 } },
        { key: '2024-12-02', responses: 2, csat: { percent: 50 } },
      ]);
    });
  });

  describe('GraphQL', () => {
    it('submitFeedback, then feedback(filter) with the ticket and customer batched', async () => {
      const tk = await ticket();
      const m = await gql(
        t,
        tenant.auth,
        `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id score negative source } }`,
        { input: { kind: 'csat', score: 2, ticketId: tk.id } },
      ).expect(200);
      expect(m.body.data.submitFeedback).toMatchObject({ score: 2, negative: true, source: 'api' });
      const q = await gql(
        t,
        tenant.auth,
        `{ feedback(filter: {ticketId: "${tk.id}"}, first: 5) { nodes { id ticket { id negativeFeedback } customer { id } } pageInfo { hasNextPage } } }`,
      ).expect(200);
      expect(q.body.data.feedback.nodes).toEqual([
        {
          id: m.body.data.submitFeedback.id,
          ticket: { id: tk.id, negativeFeedback: true },
          customer: { id: tk.customerId },
        },
      ]);
      const bad = await gql(
        t,
        tenant.auth,
        `mutation { submitFeedback(input: {kind: nps, score: 11}) { id } }`,
      );
      expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('survey links', () => {
    const path = (url: string) => new URL(url).pathname;

    async function survey(kind = 'csat', locale?: string) {
      const tk = await ticket({ customerId: await customer(locale) });
      const res = await t
        .http()
        .post(`/v1/tickets/${tk.id}/surveys`)
        .set(tenant.auth)
        .send({ kind })
        .expect(201);
      return { ticket: tk, survey: res.body as { id: string; links: Record<string, string> } };
    }
    const responsesOf = async (ticketId: string) =>
      (await t.http().get(`/v1/feedback?ticketId=${ticketId}`).set(tenant.auth).expect(200)).body
        .data;

    it('returns one absolute link per score and emits survey.requested; idempotent while open', async () => {
      const { ticket: tk, survey: s } = await survey('nps');
      expect(Object.keys(s.links)).toEqual([
        '0',
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
        '9',
        '10',
      ]);
      expect(s.links['10']).toMatch(/^https:\/\/help\.example\.com\/s\/[A-Za-z0-9_-]{72}$/);
      const again = await t
        .http()
        .post(`/v1/tickets/${tk.id}/surveys`)
        .set(tenant.auth)
        .send({ kind: 'nps' })
        .expect(200);
      expect(again.body).toMatchObject({ id: s.id, links: s.links, status: 'open' });
      await t
        .http()
        .post(`/v1/tickets/${tk.id}/surveys`)
        .set(tenant.auth)
        .send({ kind: 'csat' })
        .expect(201);
      await eventually(async () => {
        const requested = (await events(tenant.id, 'survey.requested')).filter(
          (e) => (e.data as { ticket: { id: string } }).ticket.id === tk.id,
        );
        expect(requested).toHaveLength(2);
        expect(requested[0].data).toMatchObject({
          survey: { id: s.id, links: s.links },
          customer: { id: tk.customerId },
        });
      });
      await t
        .http()
        .post(`/v1/tickets/${tk.id}/surveys`)
        .set(tenant.auth)
        .send({ kind: 'ces' })
        .expect(400);
      await t
        .http()
        .post(`/v1/tickets/00000000-0000-7000-8000-000000000000/surveys`)
        .set(tenant.auth)
        .send({ kind: 'csat' })
        .expect(404);
    });

    it('records on open, changes on another link, keeps one response, takes a comment', async () => {
      const { ticket: tk, survey: s } = await survey('csat', 'it-IT');
      const page = await t.http().get(path(s.links['4'])).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.text).toContain('<html lang="it">');
      expect(page.text).toContain('Grazie per il tuo feedback');
      expect(page.text).toMatch(/<textarea id="comment" name="comment"/);
      let rows = await responsesOf(tk.id);
      expect(rows).toEqual([
        expect.objectContaining({ score: 4, source: 'survey', surveyId: s.id }),
      ]);

      await t.http().get(path(s.links['2'])).expect(200);
      rows = await responsesOf(tk.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ score: 2, negative: true });
      const tkAfter = await t.http().get(`/v1/tickets/${tk.id}`).set(tenant.auth).expect(200);
      expect(tkAfter.body.negativeFeedback).toBe(true);

      const posted = await t
        .http()
        .post(path(s.links['2']))
        .type('form')
        .send({ score: '5', comment: 'Alla fine tutto bene' })
        .expect(200);
      expect(posted.text).toContain('il tuo commento è stato salvato');
      rows = await responsesOf(tk.id);
      expect(rows).toEqual([
        expect.objectContaining({ score: 5, comment: 'Alla fine tutto bene' }),
      ]);
      const c = await t.http().get(`/v1/customers/${tk.customerId}`).set(tenant.auth).expect(200);
      expect(c.body.satisfaction).toMatchObject({ csat: 100, responses: 1, lastScore: 5 });

      await eventually(async () => {
        const received = (await events(tenant.id, 'feedback.received')).filter(
          (e) => e.resourceId === rows[0].id,
        );
        expect(received.map((e) => (e.data as { change: string }).change)).toEqual([
          'created',
          'score_changed',
          'score_changed',
        ]);
      });
      await t.http().post(path(s.links['2'])).type('form').send({ score: '9' }).expect(400);
    });

    it('HEAD and prefetches record nothing', async () => {
      const { ticket: tk, survey: s } = await survey();
      await t.http().head(path(s.links['1'])).expect(200);
      const prefetched = await t
        .http()
        .get(path(s.links['1']))
        .set('Sec-Purpose', 'prefetch')
        .expect(200);
      expect(prefetched.text).not.toContain('Thank you');
      expect(prefetched.text).toContain('name="score" value="1"');
      await t.http().get(path(s.links['1'])).set('Purpose', 'prefetch').expect(200);
      expect(await responsesOf(tk.id)).toEqual([]);
      await t
        .http()
        .head('/s/' + 'A'.repeat(72))
        .expect(404);
    });

    it('forged, expired and revoked links get an HTML 4xx page', async () => {
      const { survey: s } = await survey();
      const token = path(s.links['5']).slice(3);
      const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
      for (const bad of [forged, 'nope', 'x'.repeat(500), '%00%ff', '..%2f']) {
        const res = await t.http().get(`/s/${bad}`).set('Accept-Language', 'vi,en;q=0.5');
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.text).toContain('Liên kết này không hợp lệ');
      }
      const links = t.app.get(SurveyLinks);
      const expired = links.sign({
        tenantId: tenant.id,
        surveyId: s.id,
        score: 5,
        expiresAt: new Date(Date.now() - 1000),
      });
      const exp = await t.http().get(`/s/${expired}`).expect(410);
      expect(exp.text).toContain('This survey has closed');
      await t.http().post(`/s/${expired}`).type('form').send({ comment: 'hi' }).expect(410);

      const revoked = await t
        .http()
        .post(`/v1/surveys/${s.id}/revoke`)
        .set(tenant.auth)
        .expect(200);
      expect(revoked.body).toMatchObject({ status: 'revoked', links: {} });
      const rev = await t.http().get(path(s.links['5'])).set('Accept-Language', 'el').expect(410);
      expect(rev.headers['content-type']).toMatch(/^text\/html/);
      expect(rev.text).toContain('Η έρευνα δεν είναι πλέον διαθέσιμη');
      const form = await t.http().post(path(s.links['5'])).type('form').send({ score: 'x' });
      expect([400, 410]).toContain(form.status);
      expect(form.headers['content-type']).toMatch(/^text\/html/);
    });

    it('a revoked survey makes room for a new one', async () => {
      const { ticket: tk, survey: s } = await survey();
      await t.http().post(`/v1/surveys/${s.id}/revoke`).set(tenant.auth).expect(200);
      const next = await t
        .http()
        .post(`/v1/tickets/${tk.id}/surveys`)
        .set(tenant.auth)
        .send({ kind: 'csat' })
        .expect(201);
      expect(next.body.id).not.toBe(s.id);
    });
  });

  describe('sampling on solve', () => {
    const settings = (body: object, auth = tenant.auth) =>
      t.http().patch('/v1/tenant/settings/surveys').set(auth).send(body);

    it('manages tenant settings (admin only)', async () => {
      const fresh = await createTenant(t);
      const got = await t.http().get('/v1/tenant/settings/surveys').set(fresh.auth).expect(200);
      expect(got.body).toEqual({ sendOnSolved: false, sampleRate: 1, kind: 'csat' });
      const patched = await settings({ sendOnSolved: true, sampleRate: 0.25 }, fresh.auth).expect(
        200,
      );
      expect(patched.body).toEqual({ sendOnSolved: true, sampleRate: 0.25, kind: 'csat' });
      for (const bad of [
        { sampleRate: 2 },
        { sampleRate: -0.1 },
        { kind: 'x' },
        { sendOnSolved: null },
        { other: 1 },
      ])
        await settings(bad, fresh.auth).expect(400);
      const writer = await createKey(t, fresh, ['feedback:write']);
      await settings({ sampleRate: 1 }, writer.auth).expect(403);
    });

    /** Runs the `surveys` ticket hook as the ticket pipeline does (until it calls the hooks). */
    async function solveThroughHook(tenantId: string, before: TicketModel) {
      const hook = t.app
        .get(TicketHooks)
        .all()
        .find((h) => h.name === 'surveys')!;
      const after = { ...before, status: 'solved' };
      const work: ((ticket: TicketModel) => Promise<void>)[] = [];
      const change = {
        tenantId,
        actor: { type: 'api_key', id: null },
        before,
        after,
        triggers: new Set(['ticket.status_changed']),
        comment: null,
        context: {},
        changed: (f: keyof TicketModel) => before[f] !== after[f],
        afterWrite: (w: (ticket: TicketModel) => Promise<void>) => work.push(w),
      } as unknown as TicketChange;
      await t.app.get(ClsService).run(() =>
        t.app.get(TransactionHost).withTransaction(async () => {
          await hook.beforeWrite(change);
          for (const w of work) await w(after);
        }),
      );
    }

    const surveysOf = async (tenantId: string, ticketId: string) =>
      (await events(tenantId, 'survey.requested')).filter(
        (e) => (e.data as { ticket: { id: string } }).ticket.id === ticketId,
      );

    it('sampleRate 1 surveys every solved ticket, 0 none (through the ticket hook)', async () => {
      const s = await createTenant(t);
      await settings({ sendOnSolved: true, sampleRate: 1, kind: 'nps' }, s.auth).expect(200);
      const always = await ticket({}, s.auth);
      await solveThroughHook(s.id, always);
      await solveThroughHook(s.id, always); // solved again: still one open survey
      await eventually(async () => {
        const got = await surveysOf(s.id, always.id);
        expect(got).toHaveLength(1);
        expect(got[0].data).toMatchObject({
          survey: { kind: 'nps' },
          customer: { id: always.customerId },
        });
        expect(got[0].actor).toEqual({ type: 'system', id: null });
      });

      await settings({ sampleRate: 0 }, s.auth).expect(200);
      const never = await ticket({}, s.auth);
      for (let i = 0; i < 5; i++) await solveThroughHook(s.id, never);
      await settings({ sendOnSolved: false, sampleRate: 1 }, s.auth).expect(200);
      const off = await ticket({}, s.auth);
      await solveThroughHook(s.id, off);
      await new Promise((r) => setTimeout(r, 300));
      expect(await surveysOf(s.id, never.id)).toEqual([]);
      expect(await surveysOf(s.id, off.id)).toEqual([]);
    });

    it('PATCH status=solved requests a survey for the sample (sampleRate 1 and 0)', async () => {
      const s = await createTenant(t);
      await settings({ sendOnSolved: true, sampleRate: 1 }, s.auth).expect(200);
      const sampled = await ticket({}, s.auth);
      await t
        .http()
        .patch(`/v1/tickets/${sampled.id}`)
        .set(s.auth)
        .send({ status: 'solved' })
        .expect(200);
      await eventually(async () => expect(await surveysOf(s.id, sampled.id)).toHaveLength(1));

      await settings({ sampleRate: 0 }, s.auth).expect(200);
      const skipped = await ticket({}, s.auth);
      await t
        .http()
        .patch(`/v1/tickets/${skipped.id}`)
        .set(s.auth)
        .send({ status: 'solved' })
        .expect(200);
      await new Promise((r) => setTimeout(r, 300));
      expect(await surveysOf(s.id, skipped.id)).toEqual([]);
    });
  });
});
