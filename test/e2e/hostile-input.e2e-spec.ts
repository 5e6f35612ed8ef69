import { createTenant, createTestApp, gql, TestApp, TestTenant } from '../factories/app.factory';
import { RawHttp } from '../factories/raw-http';

/** Classes of hostile input that once reached PostgreSQL or the validators: each a 4xx, never a 5xx. */
describe('hostile input', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let customerId: string;
  let ticketId: string;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
    customerId = (
      await t.http().post('/v1/customers').set(tenant.auth).send({ name: 'C' }).expect(201)
    ).body.id;
    ticketId = (
      await t
        .http()
        .post('/v1/tickets')
        .set(tenant.auth)
        .send({ subject: 's', description: 'd', customerId })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  const expectProblem = (
    res: { status: number; headers: Record<string, string>; body: { status?: number } },
    status: number,
  ) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.status).toBe(status);
  };

  it('NUL characters anywhere are a 400 naming where', async () => {
    const cases = [
      t.http().post('/v1/customers').set(tenant.auth).send({ name: 'a\u0000b' }),
      t.http().get('/v1/tickets?q=a%00b').set(tenant.auth),
      t.http().get(`/v1/public/${tenant.slug}/kb/search?q=a%00b`),
      t.http().put('/v1/customers/external/%00').set(tenant.auth).send({ name: 'x' }),
      t
        .http()
        .post('/v1/customers')
        .set(tenant.auth)
        .send({ name: 'x', attributes: { 'k\u0000': 1 } }),
      t
        .http()
        .post('/v1/customers')
        .set(tenant.auth)
        .send({ name: 'x', attributes: { k: ['\u0000'] } }),
    ];
    for (const res of await Promise.all(cases)) {
      expectProblem(res, 400);
      expect(JSON.stringify(res.body.errors)).toContain('NUL');
    }
    const res = await gql(
      t,
      tenant.auth,
      'mutation { createTicket(input: {subject: "a\\u0000b", description: "d", customerId: "' +
        customerId +
        '"}) { id } }',
    );
    expect(res.status).toBe(400);
  });

  it('lone UTF-16 surrogates anywhere are a 400 naming where (validators threw on them)', async () => {
    const agent = (
      await t
        .http()
        .post('/v1/agents')
        .set(tenant.auth)
        .send({ name: 'A', email: 'surrogate@x.io', role: 'agent' })
        .expect(201)
    ).body;
    const cases = [
      t.http().patch(`/v1/agents/${agent.id}`).set(tenant.auth).send({ email: '\ude00x' }),
      t.http().post('/v1/customers').set(tenant.auth).send({ name: 'x', email: 'a\ud800@x.io' }),
      t.http().post('/v1/customers').set(tenant.auth).send({ name: '\ud83d' }),
      t
        .http()
        .post('/v1/customers')
        .set(tenant.auth)
        .send({ name: 'x', attributes: { ['k\udfff']: 1 } }),
      t.http().post('/v1/auth/token').send({ tenant: tenant.slug, email: '\ud800', password: 'p' }),
    ];
    for (const res of await Promise.all(cases)) {
      expectProblem(res, 400);
      expect(JSON.stringify(res.body.errors)).toContain('surrogate');
    }
    const gqlRes = await gql(
      t,
      tenant.auth,
      'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }',
      { input: { subject: 'x\udc00', description: 'd', customerId } },
    );
    expect(gqlRes.status).toBe(400);
    // A well-formed pair (an emoji) is text like any other.
    await t
      .http()
      .post('/v1/customers')
      .set(tenant.auth)
      .send({ name: '\ud83d\ude00' })
      .expect(201);
  });

  it('requests Node refuses before routing (huge URL, raw non-ASCII) are problems too', async () => {
    const raw = new RawHttp(t.server);
    await raw.listen();
    try {
      const long = await raw.send({
        method: 'GET',
        path: `/v1/tickets?q=${'b'.repeat(70_000)}`,
        headers: tenant.auth,
      });
      expect(long.status).toBe(431);
      expect(long.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.parse(long.text)).toMatchObject({
        status: 431,
        type: '/problems/headers-too-large',
      });
      const nonAscii = await raw.send({ method: 'GET', path: '/v1/tickets/\xff', headers: {} });
      expect(nonAscii.status).toBe(400);
      expect(JSON.parse(nonAscii.text)).toMatchObject({
        status: 400,
        type: '/problems/malformed-request',
      });
      // HEAD gets the status without a body, and the next request on a new socket still works.
      const head = await raw.send({ method: 'HEAD', path: '/s/\xff', headers: {} });
      expect([head.status, head.text]).toEqual([400, '']);
      expect((await raw.send({ method: 'GET', path: '/health/live', headers: {} })).status).toBe(
        200,
      );
    } finally {
      raw.close();
    }
  });

  it('an array where one object goes, or a required list left out, is a 400 naming the field', async () => {
    const sla = (
      await t
        .http()
        .post('/v1/sla-policies')
        .set(tenant.auth)
        .send({ name: 'S', targets: { urgent: { firstResponseMinutes: 5 } } })
        .expect(201)
    ).body;
    const cases: [string, string, object, string][] = [
      ['patch', `/v1/sla-policies/${sla.id}`, { businessHours: [] }, 'businessHours'],
      ['patch', `/v1/sla-policies/${sla.id}`, { targets: { low: [] } }, 'targets.low'],
      ['post', '/v1/sla-policies', { name: 'S', targets: [] }, 'targets'],
      ['post', '/v1/checklist-templates', { name: 'C', items: [], appliesTo: [] }, 'appliesTo'],
      ['post', '/v1/tickets', { subject: 's', description: 'd', requester: [] }, 'requester'],
      ['post', '/v1/tickets/bulk', { ids: [ticketId], patch: [] }, 'patch'],
      ['patch', '/v1/tenant/settings/cors', {}, 'allowedOrigins'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await t.http()[method as 'post'](path).set(tenant.auth).send(body);
      expectProblem(res, 400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('GraphQL: cyclic or unknown fragments, fan-outs and NUL escapes in a GET are 4xx, not 500', async () => {
    const fanOut = ['fragment F0 on Query { viewer { __typename } }'];
    for (let i = 1; i <= 40; i++)
      fanOut.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    for (const query of [
      'fragment A on Query { ...B } fragment B on Query { ...A } query { ...A }',
      '{ ...Nope }',
      `query { ...F40 } ${fanOut.join(' ')}`,
    ]) {
      const started = Date.now();
      const res = await gql(t, tenant.auth, query);
      expect(res.status).toBeLessThan(500);
      expect(JSON.stringify(res.body)).not.toMatch(/INTERNAL_SERVER_ERROR/);
      expect(Date.now() - started).toBeLessThan(5000);
    }
    for (const params of [
      `query=${encodeURIComponent('{ kbSearch(q: "\\u0000") { __typename } }')}`,
      `query=${encodeURIComponent('{ kbSearch(q: "\\u{0}") { __typename } }')}`,
      `query=${encodeURIComponent('query($q: String!) { kbSearch(q: $q) { __typename } }')}&variables=${encodeURIComponent('{"q":"a\\u0000"}')}`,
    ]) {
      const res = await t
        .http()
        .get(`/graphql?${params}`)
        .set(tenant.auth)
        .set('apollo-require-preflight', 'true');
      expectProblem(res, 400);
    }
  });

  it('numbers written with an exponent, and Apollo’s own request errors, are 4xx with a code', async () => {
    for (const minutes of [5e-324, 1e-7]) {
      const res = await t
        .http()
        .post('/v1/sla-policies')
        .set(tenant.auth)
        .send({
          name: 'S',
          targets: { high: { firstResponseMinutes: 1, resolutionMinutes: minutes } },
        });
      expectProblem(res, 400);
      expect(res.body.errors[0].field).toBe('targets.high.resolutionMinutes');
    }
    const sha = await t
      .http()
      .post('/graphql')
      .set(tenant.auth)
      .send({
        query: '{ viewer { __typename } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } },
      });
    expect(sha.status).toBe(400);
    expect(sha.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('JSON nested deeper than 32 levels is a 400, with or without a credential', async () => {
    const deep = `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
    const body = `{"name":"x","attributes":${deep}}`;
    for (const req of [
      t.http().post('/v1/customers').set(tenant.auth),
      t.http().post('/v1/auth/token'),
    ]) {
      const res = await req.set('Content-Type', 'application/json').send(body);
      expect([400, 413]).toContain(res.status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });

  it('ids in paths that are not UUIDs are a 404 before any query', async () => {
    for (const path of [
      '/v1/kb/articles/not-a-uuid/votes',
      `/v1/tickets/${ticketId}/checklists/nope/items/nope`,
    ]) {
      const res = await t
        .http()
        .post(path.replace('/items/nope', ''))
        .set(tenant.auth)
        .send({ helpful: true });
      expect(res.status).toBeLessThan(500);
    }
    expectProblem(
      await t
        .http()
        .post('/v1/kb/articles/not-a-uuid/votes')
        .set(tenant.auth)
        .send({ helpful: true }),
      404,
    );
    expectProblem(
      await t
        .http()
        .patch(`/v1/tickets/${ticketId}/checklists/x/items/y`)
        .set(tenant.auth)
        .send({ done: true }),
      404,
    );
    expectProblem(await t.http().get('/v1/tickets/%E2%9C%93').set(tenant.auth), 404);
  });

  it('DELETE honours If-Match: a stale version is a 412, the current one deletes', async () => {
    const macro = (
      await t.http().post('/v1/macros').set(tenant.auth).send({ title: 'M', body: 'b' }).expect(201)
    ).body;
    await t
      .http()
      .patch(`/v1/macros/${macro.id}`)
      .set(tenant.auth)
      .send({ title: 'M2' })
      .expect(200);
    const stale = await t
      .http()
      .delete(`/v1/macros/${macro.id}`)
      .set(tenant.auth)
      .set('If-Match', '"1"');
    expectProblem(stale, 412);
    await t
      .http()
      .delete(`/v1/macros/${macro.id}`)
      .set(tenant.auth)
      .set('If-Match', '"2"')
      .expect(204);
    const tk = (
      await t
        .http()
        .post('/v1/tickets')
        .set(tenant.auth)
        .send({ subject: 's', description: 'd', customerId })
        .expect(201)
    ).body;
    expectProblem(
      await t.http().delete(`/v1/tickets/${tk.id}`).set(tenant.auth).set('If-Match', '"7"'),
      412,
    );
    const garbage = await t
      .http()
      .delete(`/v1/tickets/${tk.id}`)
      .set(tenant.auth)
      .set('If-Match', 'garbage');
    expect(garbage.status).toBe(400);
    await t
      .http()
      .delete(`/v1/tickets/${tk.id}`)
      .set(tenant.auth)
      .set('If-Match', '"1"')
      .expect(204);
    for (const [path, body] of [
      ['/v1/groups', { name: 'G' }],
      ['/v1/organizations', { name: 'O' }],
      ['/v1/kb/categories', { name: 'C' }],
    ] as const) {
      const created = (await t.http().post(path).set(tenant.auth).send(body).expect(201)).body;
      expectProblem(
        await t.http().delete(`${path}/${created.id}`).set(tenant.auth).set('If-Match', '"9"'),
        412,
      );
      await t
        .http()
        .delete(`${path}/${created.id}`)
        .set(tenant.auth)
        .set('If-Match', '"1"')
        .expect(204);
    }
  });

  it('null where a value cannot be null is a 400, not a database error', async () => {
    expectProblem(
      await t.http().patch(`/v1/tickets/${ticketId}`).set(tenant.auth).send({ tags: null }),
      400,
    );
    const bulk = await t
      .http()
      .post('/v1/tickets/bulk')
      .set(tenant.auth)
      .send({ ids: [ticketId], patch: { tags: null } });
    expect(bulk.status).toBe(400);
    expectProblem(
      await t.http().patch(`/v1/customers/${customerId}`).set(tenant.auth).send({ tags: null }),
      400,
    );
    // Each of these reached the database as NULL (a 500) before it was refused here.
    const agent = (
      await t
        .http()
        .post('/v1/agents')
        .set(tenant.auth)
        .send({ name: 'A', email: 'null-fields@x.io', role: 'agent' })
        .expect(201)
    ).body;
    const org = (
      await t.http().post('/v1/organizations').set(tenant.auth).send({ name: 'O' }).expect(201)
    ).body;
    const category = (
      await t.http().post('/v1/kb/categories').set(tenant.auth).send({ name: 'C' }).expect(201)
    ).body;
    for (const [path, field] of [
      [`/v1/agents/${agent.id}`, 'password'],
      [`/v1/agents/${agent.id}`, 'active'],
      [`/v1/agents/${agent.id}`, 'groupIds'],
      [`/v1/customers/${customerId}`, 'attributes'],
      [`/v1/organizations/${org.id}`, 'domains'],
      [`/v1/tickets/${ticketId}`, 'customFields'],
      [`/v1/kb/categories/${category.id}`, 'position'],
    ]) {
      const res = await t
        .http()
        .patch(path)
        .set(tenant.auth)
        .send({ [field]: null });
      expectProblem(res, 400);
      expect(res.body.errors).toContainEqual({ field, message: `${field} cannot be null` });
    }
    const noPatch = await t
      .http()
      .post('/v1/tickets/bulk')
      .set(tenant.auth)
      .send({ ids: [ticketId] });
    expectProblem(noPatch, 400);
    expect(noPatch.body.errors[0].field).toBe('patch');
  });
});
