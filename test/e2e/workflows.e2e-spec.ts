import { outboxTypes } from '../factories/outbox';
import { createTenant, createTestApp, gql, TestApp, TestTenant } from '../factories/app.factory';

describe('workflows: checklists, rules, SLA, macros', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let customerId: string;

  const post = (path: string, body: object, who: TestTenant = tenant) =>
    t.http().post(path).set(who.auth).send(body);
  const get = (path: string, who: TestTenant = tenant) => t.http().get(path).set(who.auth);
  const patch = (path: string, body: object, who: TestTenant = tenant) =>
    t.http().patch(path).set(who.auth).send(body);
  const newTicket = async (body: object = {}, who: TestTenant = tenant, customer = customerId) =>
    (
      await post(
        '/v1/tickets',
        { subject: 'Help', description: 'Something broke', customerId: customer, ...body },
        who,
      ).expect(201)
    ).body;

  beforeAll(async () => {
    t = await createTestApp({ SLA_CHECK_INTERVAL_SECONDS: '1' });
    tenant = await createTenant(t);
    customerId = (
      await post('/v1/customers', { name: 'Giulia', email: 'giulia@example.it' }).expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  describe('checklists', () => {
    let template: { id: string; items: { id: string; title: string; required: boolean }[] };
    beforeAll(async () => {
      template = (
        await post('/v1/checklist-templates', {
          name: 'Refund',
          items: [
            { title: 'Check the payment in the PSP', required: true },
            { title: 'Say sorry', required: false },
          ],
          appliesTo: { category: 'refund' },
        }).expect(201)
      ).body;
    });

    it('attaches to a ticket created with a matching category and gates solving', async () => {
      const ticket = await newTicket({ category: 'refund' });
      const list = await get(`/v1/tickets/${ticket.id}/checklists`).expect(200);
      expect(list.body.data).toHaveLength(1);
      const checklist = list.body.data[0];
      expect(checklist).toMatchObject({
        templateId: template.id,
        name: 'Refund',
        completedAt: null,
      });
      expect(checklist.items.map((i: { done: boolean }) => i.done)).toEqual([false, false]);

      const refused = await patch(`/v1/tickets/${ticket.id}`, { status: 'solved' }).expect(422);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body.type).toMatch(/checklist-incomplete$/);
      expect(refused.body.detail).toContain('Check the payment in the PSP');
      expect((await get(`/v1/tickets/${ticket.id}`).expect(200)).body.status).toBe('new');

      const required = checklist.items.find((i: { required: boolean }) => i.required);
      const ticked = await patch(
        `/v1/tickets/${ticket.id}/checklists/${checklist.id}/items/${required.id}`,
        { done: true },
      ).expect(200);
      const item = ticked.body.items.find((i: { id: string }) => i.id === required.id);
      expect(item).toMatchObject({ done: true, doneBy: { type: 'api_key' } });
      expect(Date.parse(item.doneAt)).not.toBeNaN();
      await patch(`/v1/tickets/${ticket.id}`, { status: 'solved' }).expect(200);
    });

    it('does not attach to other categories; attaches by hand once; completes with an event', async () => {
      const ticket = await newTicket({ category: 'shipping' });
      expect((await get(`/v1/tickets/${ticket.id}/checklists`).expect(200)).body.data).toEqual([]);
      const attached = await post(`/v1/tickets/${ticket.id}/checklists`, {
        templateId: template.id,
      }).expect(201);
      await post(`/v1/tickets/${ticket.id}/checklists`, { templateId: template.id }).expect(409);
      const url = (itemId: string) =>
        `/v1/tickets/${ticket.id}/checklists/${attached.body.id}/items/${itemId}`;
      const [first, second] = attached.body.items;
      await patch(url(first.id), { done: true }).expect(200);
      await patch(url(first.id), { done: false }).expect(200); // un-ticking is allowed
      await patch(url(first.id), { done: true }).expect(200);
      const done = await patch(url(second.id), { done: true }).expect(200);
      expect(done.body.completedAt).not.toBeNull();
      await patch(url('0193a000-0000-7000-8000-000000000000'), { done: true }).expect(404);
      await patch(url(first.id), { done: 'yes' }).expect(400);

      const audit = await get(`/v1/tickets/${ticket.id}/events?limit=100`).expect(200);
      const ticks = audit.body.data.filter((a: { field: string }) => a.field === 'checklistItem');
      expect(ticks.map((a: { after: { done: boolean } }) => a.after.done)).toEqual([
        true,
        false,
        true,
        true,
      ]);
      const events = await outboxTypes(t.databaseUrl, ticket.id);
      expect(events.filter((e) => e === 'checklist.completed')).toHaveLength(1);
    });

    it('editing a template never rewrites checklists already attached', async () => {
      const ticket = await newTicket({ category: 'refund' });
      await patch(`/v1/checklist-templates/${template.id}`, {
        items: [{ title: 'A brand new step', required: true }],
      }).expect(200);
      const list = await get(`/v1/tickets/${ticket.id}/checklists`).expect(200);
      expect(list.body.data[0].items.map((i: { title: string }) => i.title)).toEqual([
        'Check the payment in the PSP',
        'Say sorry',
      ]);
    });

    it('attaches when a change of category makes the ticket match', async () => {
      const ticket = await newTicket({ category: 'shipping' });
      await patch(`/v1/tickets/${ticket.id}`, { category: 'refund' }).expect(200);
      const list = await get(`/v1/tickets/${ticket.id}/checklists`).expect(200);
      expect(list.body.data.map((c: { templateId: string }) => c.templateId)).toEqual([
        template.id,
      ]);
      await patch(`/v1/tickets/${ticket.id}`, { status: 'solved' }).expect(422);
    });

    it('validates templates', async () => {
      const res = await post('/v1/checklist-templates', { name: 'x', items: [] }).expect(400);
      expect(res.body.errors[0].field).toBe('items');
      await post('/v1/checklist-templates', {
        name: 'x',
        items: [{ title: 'a' }],
        appliesTo: { type: 'nonsense' },
      }).expect(400);
    });
  });

  describe('rules', () => {
    it('an urgent complaint rule assigns a group, tags and adds a note within the create request', async () => {
      const fresh = await createTenant(t);
      const customer = (await post('/v1/customers', { name: 'Nikos' }, fresh).expect(201)).body.id;
      const group = (await post('/v1/groups', { name: 'Escalations' }, fresh).expect(201)).body;
      const rule = (
        await post(
          '/v1/workflows',
          {
            name: 'Urgent complaints',
            trigger: 'ticket.created',
            conditions: [
              { field: 'type', op: 'eq', value: 'complaint' },
              { field: 'priority', op: 'in', value: ['high', 'urgent'] },
            ],
            actions: [
              { type: 'assign_group', groupId: group.id },
              { type: 'add_tags', tags: ['escalated', 'complaint'] },
              { type: 'add_internal_note', body: 'Call the customer within the hour.' },
            ],
          },
          fresh,
        ).expect(201)
      ).body;
      expect(rule).toMatchObject({ enabled: true, position: 0, trigger: 'ticket.created' });

      const ticket = await newTicket({ type: 'complaint', priority: 'urgent' }, fresh, customer);
      expect(ticket.groupId).toBe(group.id);
      expect(ticket.tags).toEqual(expect.arrayContaining(['escalated', 'complaint']));
      const comments = await get(`/v1/tickets/${ticket.id}/comments`, fresh).expect(200);
      expect(comments.body.data).toEqual([
        expect.objectContaining({
          body: 'Call the customer within the hour.',
          public: false,
          authorType: 'workflow',
          authorId: rule.id,
        }),
      ]);
      const audit = await get(`/v1/tickets/${ticket.id}/events`, fresh).expect(200);
      expect(audit.body.data.find((a: { field: string }) => a.field === 'groupId').actor).toEqual({
        type: 'workflow',
        id: rule.id,
      });

      // A normal question is left alone.
      const calm = await newTicket({ type: 'question' }, fresh, customer);
      expect(calm.groupId).toBeNull();
      expect(calm.tags).toEqual([]);
    });

    it('a chain of rules that would loop stops after 5 rounds and says so', async () => {
      const fresh = await createTenant(t);
      const customer = (await post('/v1/customers', { name: 'Loop' }, fresh).expect(201)).body.id;
      // Within a round rules see each other's changes; each round reacts to the previous one's.
      for (const [from, to, position] of [
        ['high', 'urgent', 1],
        ['urgent', 'high', 0],
      ]) {
        await post(
          '/v1/workflows',
          {
            name: `${from} → ${to}`,
            trigger: 'ticket.updated',
            conditions: [{ field: 'priority', op: 'eq', value: from }],
            actions: [{ type: 'set_priority', value: to }],
            position,
          },
          fresh,
        ).expect(201);
      }
      const ticket = await newTicket({}, fresh, customer);
      const updated = await patch(`/v1/tickets/${ticket.id}`, { priority: 'high' }, fresh).expect(
        200,
      );
      expect(['high', 'urgent']).toContain(updated.body.priority);
      const audit = await get(`/v1/tickets/${ticket.id}/events?limit=100`, fresh).expect(200);
      const stop = audit.body.data.find((a: { field: string }) => a.field === 'workflow');
      expect(stop.after.stopped).toMatch(/5 rounds/);
      const ruleChanges = audit.body.data.filter(
        (a: { field: string; actor: { type: string } }) =>
          a.field === 'priority' && a.actor.type === 'workflow',
      );
      expect(ruleChanges).toHaveLength(5);
    });

    it('changed_to fires on the transition only; a rule does not react to its own change', async () => {
      const fresh = await createTenant(t);
      const customer = (await post('/v1/customers', { name: 'C' }, fresh).expect(201)).body.id;
      await post(
        '/v1/workflows',
        {
          name: 'Tag pending tickets',
          trigger: 'ticket.status_changed',
          conditions: [{ field: 'status', op: 'changed_to', value: 'pending' }],
          actions: [
            { type: 'add_tags', tags: ['waiting'] },
            { type: 'set_priority', priority: 'low' },
          ],
        },
        fresh,
      ).expect(201);
      const ticket = await newTicket({}, fresh, customer);
      const pending = await patch(`/v1/tickets/${ticket.id}`, { status: 'pending' }, fresh).expect(
        200,
      );
      expect(pending.body).toMatchObject({ tags: ['waiting'], priority: 'low' });
      const again = await patch(`/v1/tickets/${ticket.id}`, { priority: 'high' }, fresh).expect(
        200,
      );
      expect(again.body.priority).toBe('high');
    });

    it('refuses unknown fields, ops and actions, naming the part; ids of another tenant are 422', async () => {
      const bad = await post('/v1/workflows', {
        name: 'x',
        trigger: 'ticket.created',
        conditions: [{ field: 'mood', op: 'eq', value: 'sad' }],
        actions: [{ type: 'set_priority', value: 'urgent' }],
      }).expect(400);
      expect(bad.body.errors[0].field).toMatch(/conditions\.0\.field|conditions\[0\]\.field/);
      const op = await post('/v1/workflows', {
        name: 'x',
        trigger: 'ticket.created',
        conditions: [{ field: 'status', op: 'like', value: 'new' }],
        actions: [],
      }).expect(400);
      expect(JSON.stringify(op.body.errors)).toContain('op');
      const value = await post('/v1/workflows', {
        name: 'x',
        trigger: 'ticket.created',
        conditions: [{ field: 'status', op: 'eq', value: 'sleeping' }],
        actions: [],
      }).expect(400);
      expect(value.body.errors[0].field).toBe('conditions[0].value');
      const action = await post('/v1/workflows', {
        name: 'x',
        trigger: 'ticket.created',
        actions: [{ type: 'send_fax' }],
      }).expect(400);
      expect(JSON.stringify(action.body.errors)).toContain('type');
      const param = await post('/v1/workflows', {
        name: 'x',
        trigger: 'ticket.created',
        actions: [{ type: 'set_priority', priority: 'asap' }],
      }).expect(400);
      expect(param.body.errors[0].field).toBe('actions[0].priority');
      await post('/v1/workflows', { name: 'x', trigger: 'ticket.exploded', actions: [] }).expect(
        400,
      );

      const other = await createTenant(t);
      const theirGroup = (await post('/v1/groups', { name: 'Theirs' }, other).expect(201)).body.id;
      const cross = await post('/v1/workflows', {
        name: 'x',
        trigger: 'ticket.created',
        actions: [{ type: 'assign_group', groupId: theirGroup }],
      }).expect(422);
      expect(cross.body.errors[0].field).toBe('actions[0].groupId');
    });
  });

  describe('SLA', () => {
    it('sets due times from the matching policy, pauses while pending, and stops on reply', async () => {
      const fresh = await createTenant(t);
      const customer = (await post('/v1/customers', { name: 'S' }, fresh).expect(201)).body.id;
      await post(
        '/v1/sla-policies',
        {
          name: 'Email',
          conditions: [{ field: 'channel', op: 'eq', value: 'email' }],
          targets: { normal: { firstResponseMinutes: 60, resolutionMinutes: 480 } },
          position: 1,
        },
        fresh,
      ).expect(201);
      const urgent = (
        await post(
          '/v1/sla-policies',
          {
            name: 'Everything else',
            targets: {
              normal: { firstResponseMinutes: 120, resolutionMinutes: 960 },
              urgent: { firstResponseMinutes: 15, resolutionMinutes: 240 },
            },
            position: 2,
          },
          fresh,
        ).expect(201)
      ).body;
      const created = Date.now();
      const ticket = await newTicket({ channel: 'phone' }, fresh, customer);
      expect(ticket.sla.policyId).toBe(urgent.id);
      const due = Date.parse(ticket.sla.firstResponseDueAt) - created;
      expect(due).toBeGreaterThan(119 * 60_000);
      expect(due).toBeLessThan(121 * 60_000);

      const raised = await patch(`/v1/tickets/${ticket.id}`, { priority: 'urgent' }, fresh).expect(
        200,
      );
      expect(Date.parse(raised.body.sla.firstResponseDueAt) - created).toBeLessThan(16 * 60_000);

      const paused = await patch(`/v1/tickets/${ticket.id}`, { status: 'pending' }, fresh).expect(
        200,
      );
      expect(paused.body.sla).toMatchObject({ firstResponseDueAt: null, resolutionDueAt: null });
      const resumed = await patch(`/v1/tickets/${ticket.id}`, { status: 'open' }, fresh).expect(
        200,
      );
      expect(resumed.body.sla.firstResponseDueAt).not.toBeNull();

      await post(`/v1/tickets/${ticket.id}/comments`, { body: 'On it.' }, fresh).expect(201);
      const replied = (await get(`/v1/tickets/${ticket.id}`, fresh).expect(200)).body;
      expect(replied.firstResponseAt).not.toBeNull();
      expect(replied.sla.firstResponseDueAt).toBe(resumed.body.sla.firstResponseDueAt);
      expect(replied.sla.breached).toEqual([]);

      const emailTicket = await newTicket({ channel: 'email' }, fresh, customer);
      expect(emailTicket.sla.policyId).not.toBe(urgent.id);
    });

    it('a matching policy without targets for the priority falls through to the next', async () => {
      const fresh = await createTenant(t);
      const customer = (await post('/v1/customers', { name: 'P' }, fresh).expect(201)).body.id;
      await post(
        '/v1/sla-policies',
        { name: 'Office', position: 0, targets: { urgent: { firstResponseMinutes: 30 } } },
        fresh,
      ).expect(201);
      const high = (
        await post(
          '/v1/sla-policies',
          {
            name: '24/7 high',
            position: 1,
            conditions: [{ field: 'priority', op: 'eq', value: 'high' }],
            targets: { high: { firstResponseMinutes: 60 } },
            businessHours: { timezone: 'europe/rome', days: { mon: ['09:00', '18:00'] } },
          },
          fresh,
        ).expect(201)
      ).body;
      expect(high.businessHours.timezone).toBe('Europe/Rome');
      const ticket = await newTicket({ priority: 'high' }, fresh, customer);
      expect(ticket.sla.policyId).toBe(high.id);
      expect(ticket.sla.firstResponseDueAt).not.toBeNull();
    });

    it('validates policies', async () => {
      const tz = await post('/v1/sla-policies', {
        name: 'x',
        targets: { normal: { firstResponseMinutes: 60 } },
        businessHours: { timezone: 'Mars/Olympus', days: { mon: ['09:00', '18:00'] } },
      }).expect(400);
      expect(tz.body.errors[0].field).toBe('businessHours.timezone');
      const days = await post('/v1/sla-policies', {
        name: 'x',
        targets: { normal: { firstResponseMinutes: 60 } },
        businessHours: { timezone: 'Europe/Rome', days: { mon: ['18:00', '09:00'] } },
      }).expect(400);
      expect(days.body.errors[0].field).toBe('businessHours.days.mon');
      await post('/v1/sla-policies', { name: 'x', targets: {} }).expect(400);
      await post('/v1/sla-policies', {
        name: 'x',
        targets: { normal: { firstResponseMinutes: -5 } },
      }).expect(400);
      const changeOp = await post('/v1/sla-policies', {
        name: 'x',
        conditions: [{ field: 'status', op: 'changed' }],
        targets: { normal: { firstResponseMinutes: 5 } },
      }).expect(400);
      expect(changeOp.body.errors[0].field).toBe('conditions[0].op');
      const ok = await post('/v1/sla-policies', {
        name: 'Office',
        targets: { high: { resolutionMinutes: 240 } },
        businessHours: {
          timezone: 'Asia/Bangkok',
          days: {
            mon: [
              ['09:00', '12:00'],
              ['13:00', '18:00'],
            ],
            fri: ['09:00', '17:00'],
          },
          holidays: ['2026-12-31'],
        },
      }).expect(201);
      expect(ok.body.businessHours.days.fri).toEqual([['09:00', '17:00']]);
    });
  });

  describe('macros', () => {
    it('renders placeholders, adds the comment and runs the actions, audited as the macro', async () => {
      const macro = (
        await post('/v1/macros', {
          title: 'Need more info',
          body: 'Ciao {{customer.name}}, about ticket #{{ticket.number}} ({{ticket.subject}}): could you send a screenshot? {{agent.name}}{{nope}}',
          actions: [
            { type: 'set_status', status: 'pending' },
            { type: 'add_tags', tags: ['needs-info'] },
          ],
        }).expect(201)
      ).body;
      const ticket = await newTicket({ subject: 'Pagamento rifiutato' });
      const applied = await post(`/v1/tickets/${ticket.id}/macros/${macro.id}/apply`, {}).expect(
        200,
      );
      expect(applied.body).toMatchObject({ status: 'pending', tags: ['needs-info'] });
      expect(applied.body.firstResponseAt).not.toBeNull();
      const comments = await get(`/v1/tickets/${ticket.id}/comments`).expect(200);
      expect(comments.body.data[0]).toMatchObject({
        body: `Ciao Giulia, about ticket #${ticket.number} (Pagamento rifiutato): could you send a screenshot?`,
        public: true,
      });
      const audit = await get(`/v1/tickets/${ticket.id}/events?limit=100`).expect(200);
      const status = audit.body.data.find((a: { field: string }) => a.field === 'status');
      expect(status.actor).toEqual({ type: 'macro', id: macro.id });

      await post(
        `/v1/tickets/${ticket.id}/macros/0193a000-0000-7000-8000-000000000000/apply`,
        {},
      ).expect(404);
    });

    it('applies through GraphQL too', async () => {
      const macro = (
        await post('/v1/macros', { title: 'Note', body: 'Internal', public: false }).expect(201)
      ).body;
      const ticket = await newTicket();
      const res = await gql(
        t,
        tenant.auth,
        `mutation($t: ID!, $m: ID!) { applyMacro(ticketId: $t, macroId: $m) { id status checklists { id } sla { policyId breached } } }`,
        { t: ticket.id, m: macro.id },
      ).expect(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.applyMacro.id).toBe(ticket.id);
    });
  });

  describe('tenancy', () => {
    it("tenant B gets 404 on A's templates, rules, policies, macros and checklists, and cannot reference them", async () => {
      const a = await createTenant(t);
      const b = await createTenant(t);
      const aCustomer = (await post('/v1/customers', { name: 'A' }, a).expect(201)).body.id;
      const bCustomer = (await post('/v1/customers', { name: 'B' }, b).expect(201)).body.id;
      const template = (
        await post('/v1/checklist-templates', { name: 'T', items: [{ title: 'x' }] }, a).expect(201)
      ).body;
      const rule = (
        await post(
          '/v1/workflows',
          { name: 'R', trigger: 'ticket.created', actions: [] },
          a,
        ).expect(201)
      ).body;
      const policy = (
        await post(
          '/v1/sla-policies',
          { name: 'P', targets: { low: { firstResponseMinutes: 5 } } },
          a,
        ).expect(201)
      ).body;
      const macro = (await post('/v1/macros', { title: 'M', body: 'hi' }, a).expect(201)).body;
      const aTicket = await newTicket({}, a, aCustomer);
      const checklist = (
        await post(`/v1/tickets/${aTicket.id}/checklists`, { templateId: template.id }, a).expect(
          201,
        )
      ).body;

      for (const path of [
        `/v1/checklist-templates/${template.id}`,
        `/v1/workflows/${rule.id}`,
        `/v1/sla-policies/${policy.id}`,
        `/v1/macros/${macro.id}`,
        `/v1/tickets/${aTicket.id}/checklists`,
      ]) {
        await get(path, b).expect(404);
      }
      await patch(`/v1/workflows/${rule.id}`, { name: 'mine' }, b).expect(404);
      await t.http().delete(`/v1/sla-policies/${policy.id}`).set(b.auth).expect(404);
      await patch(
        `/v1/tickets/${aTicket.id}/checklists/${checklist.id}/items/${checklist.items[0].id}`,
        { done: true },
        b,
      ).expect(404);
      await post(`/v1/tickets/${aTicket.id}/macros/${macro.id}/apply`, {}, b).expect(404);

      const bTicket = await newTicket({}, b, bCustomer);
      await post(`/v1/tickets/${bTicket.id}/checklists`, { templateId: template.id }, b).expect(
        422,
      );
      await post(`/v1/tickets/${bTicket.id}/macros/${macro.id}/apply`, {}, b).expect(404);
      const ref = await post(
        '/v1/workflows',
        {
          name: 'x',
          trigger: 'ticket.created',
          actions: [{ type: 'attach_checklist', templateId: template.id }],
        },
        b,
      ).expect(422);
      expect(ref.body.errors[0].field).toBe('actions[0].templateId');
      expect((await get('/v1/workflows', b).expect(200)).body.data).toEqual([]);
      const graph = await gql(t, b.auth, `query($id: ID!) { workflow(id: $id) { id } }`, {
        id: rule.id,
      }).expect(200);
      expect(graph.body.errors[0].extensions.code).toBe('NOT_FOUND');
    });
  });
});
