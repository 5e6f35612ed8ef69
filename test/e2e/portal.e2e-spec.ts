import { createTenant, createTestApp, gql, TestApp, TestTenant } from '../factories/app.factory';

describe('customer portal', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let mine: string;
  let theirs: string;
  let portal: { Authorization: string };
  let myTicket: string;
  let theirTicket: string;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
    mine = (await t.http().post('/v1/customers').set(tenant.auth).send({ name: 'Me' }).expect(201))
      .body.id;
    theirs = (
      await t.http().post('/v1/customers').set(tenant.auth).send({ name: 'Them' }).expect(201)
    ).body.id;
    myTicket = (
      await t
        .http()
        .post('/v1/tickets')
        .set(tenant.auth)
        .send({ subject: 'Mine', description: 'd', customerId: mine, tags: ['secret-tag'] })
        .expect(201)
    ).body.id;
    theirTicket = (
      await t
        .http()
        .post('/v1/tickets')
        .set(tenant.auth)
        .send({ subject: 'Theirs', description: 'd', customerId: theirs })
        .expect(201)
    ).body.id;
    await t
      .http()
      .post(`/v1/tickets/${myTicket}/comments`)
      .set(tenant.auth)
      .send({ body: 'We are on it' })
      .expect(201);
    await t
      .http()
      .post(`/v1/tickets/${myTicket}/comments`)
      .set(tenant.auth)
      .send({ body: 'internal: VIP, be nice', public: false })
      .expect(201);
    const session = await t
      .http()
      .post('/v1/portal/sessions')
      .set(tenant.auth)
      .send({ customerId: mine })
      .expect(201);
    expect(new Date(session.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    portal = { Authorization: `Bearer ${session.body.token}` };
  });
  afterAll(() => t.close());

  it('shows only my tickets, without internal fields', async () => {
    const list = await t.http().get('/v1/portal/tickets').set(portal).expect(200);
    expect(list.body.data.map((x: { id: string }) => x.id)).toEqual([myTicket]);
    expect(JSON.stringify(list.body)).not.toMatch(/secret-tag|assigneeId|customFields/);
    await t.http().get(`/v1/portal/tickets/${myTicket}`).set(portal).expect(200);
    await t.http().get(`/v1/portal/tickets/${theirTicket}`).set(portal).expect(404);
    await t.http().get(`/v1/portal/tickets/${theirTicket}/comments`).set(portal).expect(404);
    await t
      .http()
      .post(`/v1/portal/tickets/${theirTicket}/comments`)
      .set(portal)
      .send({ body: 'x' })
      .expect(404);
  });

  it('shows public comments only', async () => {
    const res = await t
      .http()
      .get(`/v1/portal/tickets/${myTicket}/comments`)
      .set(portal)
      .expect(200);
    expect(
      res.body.data.map((c: { body: string; authorType: string }) => [c.body, c.authorType]),
    ).toEqual([['We are on it', 'agent']]);
  });

  it('creates tickets on the web channel and replies as the customer (reopening solved tickets)', async () => {
    const created = await t
      .http()
      .post('/v1/portal/tickets')
      .set(portal)
      .send({ subject: 'Help', description: 'Please' })
      .expect(201);
    expect(created.body).toMatchObject({ channel: 'web', status: 'new' });
    const full = await t.http().get(`/v1/tickets/${created.body.id}`).set(tenant.auth).expect(200);
    expect(full.body.customerId).toBe(mine);
    await t
      .http()
      .post('/v1/portal/tickets')
      .set(portal)
      .send({ subject: 'x', description: 'y', customerId: theirs })
      .expect(400);

    await t
      .http()
      .patch(`/v1/tickets/${created.body.id}`)
      .set(tenant.auth)
      .send({ status: 'solved' })
      .expect(200);
    const reply = await t
      .http()
      .post(`/v1/portal/tickets/${created.body.id}/comments`)
      .set(portal)
      .send({ body: 'Not fixed' })
      .expect(201);
    expect(reply.body.authorType).toBe('customer');
    const after = await t.http().get(`/v1/tickets/${created.body.id}`).set(tenant.auth).expect(200);
    expect(after.body).toMatchObject({ status: 'open', reopenCount: 1 });
  });

  it('opens nothing else', async () => {
    for (const path of [
      '/v1/tickets',
      `/v1/tickets/${myTicket}`,
      '/v1/customers',
      `/v1/customers/${mine}`,
      '/v1/agents',
      '/v1/api-keys',
    ]) {
      await t.http().get(path).set(portal).expect(403);
    }
    await t
      .http()
      .post('/v1/tickets')
      .set(portal)
      .send({ subject: 'x', description: 'y', customerId: mine })
      .expect(403);
    await t.http().post('/v1/portal/sessions').set(portal).send({ customerId: theirs }).expect(403);
    const g = await gql(t, portal, '{ tickets { nodes { id } } }').expect(200);
    expect(g.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('ends with the customer, and never crosses tenants', async () => {
    const other = await createTenant(t);
    await t
      .http()
      .post('/v1/portal/sessions')
      .set(other.auth)
      .send({ customerId: mine })
      .expect(422);
    const temp = (
      await t.http().post('/v1/customers').set(tenant.auth).send({ name: 'Temp' }).expect(201)
    ).body.id;
    const s = await t
      .http()
      .post('/v1/portal/sessions')
      .set(tenant.auth)
      .send({ customerId: temp })
      .expect(201);
    const auth = { Authorization: `Bearer ${s.body.token}` };
    await t.http().get('/v1/portal/tickets').set(auth).expect(200);
    await t.http().delete(`/v1/customers/${temp}`).set(tenant.auth).expect(204);
    await t.http().get('/v1/portal/tickets').set(auth).expect(401);
    await t
      .http()
      .get('/v1/portal/tickets')
      .set('Authorization', `Bearer ${s.body.token.slice(0, -2)}xx`)
      .expect(401);
  });

  it('the customer timeline shows tickets and public comments, not internal notes', async () => {
    const res = await t
      .http()
      .get(`/v1/customers/${mine}/timeline?limit=100`)
      .set(tenant.auth)
      .expect(200);
    const types = res.body.data.map((i: { type: string }) => i.type);
    expect(types).toEqual(expect.arrayContaining(['ticket', 'comment', 'customer.created']));
    expect(JSON.stringify(res.body)).not.toContain('internal: VIP');
    const times = res.body.data.map((i: { occurredAt: string }) => i.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
