import { getIntrospectionQuery } from 'graphql';
import { DataSource } from 'typeorm';
import {
  createKey,
  createTenant,
  createTestApp,
  gql,
  TestApp,
  TestTenant,
} from '../factories/app.factory';

describe('GraphQL', () => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
    const groups = [];
    for (const name of ['Billing', 'Tech', 'Sales']) {
      groups.push(
        (await t.http().post('/v1/groups').set(tenant.auth).send({ name }).expect(201)).body.id,
      );
    }
    for (let i = 0; i < 6; i++) {
      await t
        .http()
        .post('/v1/agents')
        .set(tenant.auth)
        .send({
          name: `Agent ${i}`,
          email: `a${i}@x.io`,
          role: 'agent',
          groupIds: [groups[i % 3], groups[(i + 1) % 3]],
        })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  it('uses the same guard: no credential → UNAUTHENTICATED, missing scope → FORBIDDEN', async () => {
    const anon = await t
      .http()
      .post('/graphql')
      .send({ query: '{ agents { nodes { id } } }' })
      .expect(200);
    expect(anon.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const kb = await createKey(t, tenant, ['kb:read']);
    const res = await gql(t, kb.auth, '{ agents { nodes { id } } }').expect(200);
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('pages a Relay connection', async () => {
    const first = await gql(
      t,
      tenant.auth,
      '{ agents(first: 4) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }',
    ).expect(200);
    expect(first.body.data.agents.edges).toHaveLength(4);
    expect(first.body.data.agents.pageInfo.hasNextPage).toBe(true);
    const next = await gql(
      t,
      tenant.auth,
      'query($after: String) { agents(first: 4, after: $after) { nodes { id } pageInfo { hasNextPage } } }',
      {
        after: first.body.data.agents.pageInfo.endCursor,
      },
    ).expect(200);
    expect(next.body.data.agents.nodes).toHaveLength(2);
    expect(next.body.data.agents.pageInfo.hasNextPage).toBe(false);
    const bad = await gql(t, tenant.auth, '{ agents(first: 101) { nodes { id } } }').expect(200);
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('batches nested fields with per-request DataLoaders (no N+1)', async () => {
    const ds = t.app.get(DataSource);
    const queries: string[] = [];
    const original = ds.driver.createQueryRunner.bind(ds.driver);
    const spy = jest.spyOn(ds.driver, 'createQueryRunner').mockImplementation((mode) => {
      const runner = original(mode);
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, params?: unknown[], structured?: boolean) => {
        queries.push(sql);
        return query(sql, params, structured as never);
      }) as typeof runner.query;
      return runner;
    });
    try {
      const res = await gql(
        t,
        tenant.auth,
        '{ groups(first: 10) { nodes { name agents { name groups { name } } } } }',
      ).expect(200);
      expect(res.body.errors).toBeUndefined();
      const groups = res.body.data.groups.nodes;
      expect(groups).toHaveLength(3);
      for (const g of groups) {
        expect(g.agents).toHaveLength(4);
        for (const a of g.agents) expect(a.groups).toHaveLength(2);
      }
    } finally {
      spy.mockRestore();
    }
    const dataQueries = queries.filter((q) => /FROM "?(groups|agents|group_members)"?/i.test(q));
    // list groups, members of all groups, agents by ids (+ their group ids), groups by ids.
    expect(dataQueries.length).toBeGreaterThanOrEqual(3);
    expect(dataQueries.length).toBeLessThanOrEqual(6);
  });

  it('limits depth and complexity', async () => {
    const deep = await gql(
      t,
      tenant.auth,
      '{ groups { nodes { agents { groups { agents { groups { agents { groups { agents { id } } } } } } } } } }',
    ).expect(400);
    expect(deep.body.errors[0].message).toMatch(/depth/i);
    const costly = await gql(
      t,
      tenant.auth,
      '{ groups(first: 100) { nodes { agents { groups { agents { id name email } } } } } }',
    ).expect(400);
    expect(costly.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(costly.body.data).toBeUndefined();
  });

  it('counts aliases and mutations, caps mutations per request, exempts introspection', async () => {
    const many = Array.from(
      { length: 1000 },
      (_, i) => `a${i}: createTicket(input: {subject: "s", description: "d"}) { id }`,
    ).join(' ');
    const aliases = await gql(t, tenant.auth, `mutation { ${many} }`).expect(400);
    expect(aliases.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const eleven = Array.from({ length: 11 }, (_, i) => `g${i}: deleteWorkflow(id: "x")`).join(' ');
    const capped = await gql(t, tenant.auth, `mutation { ${eleven} }`).expect(400);
    expect(capped.body.errors[0].message).toMatch(/At most 10 mutations/);
    const cheap = Array.from({ length: 2000 }, (_, i) => `x${i}: __typename`).join(' ');
    expect((await gql(t, tenant.auth, `{ ${cheap} }`)).status).toBeLessThan(500);

    const introspection = await gql(
      t,
      tenant.auth,
      `query IntrospectionQuery { __schema { queryType { name } types { kind name fields(includeDeprecated: true) { name args { name type { kind name ofType { kind name ofType { kind name } } } } type { kind name ofType { kind name } } } } } }`,
    ).expect(200);
    expect(introspection.body.errors).toBeUndefined();
    const standard = await gql(t, tenant.auth, getIntrospectionQuery()).expect(200);
    expect(standard.body.errors).toBeUndefined();
    expect(standard.body.data.__schema.types.length).toBeGreaterThan(50);

    // Fragments that fan out at every level: refused, never a 500.
    const levels = Array.from(
      { length: 12 },
      (_, i) => `fragment F${i} on Group { id agents { groups { ...F${i + 1} ...F${i + 1} } } }`,
    ).join(' ');
    const fanOut = await gql(
      t,
      tenant.auth,
      `{ groups { nodes { ...F0 } } } ${levels} fragment F12 on Group { id }`,
    );
    expect(fanOut.status).toBe(400);
  });

  it('formats errors without internals', async () => {
    const res = await gql(t, tenant.auth, '{ agent(id: "nope") { id } }').expect(200);
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(res.body.errors[0].extensions.stacktrace).toBeUndefined();
  });
});
