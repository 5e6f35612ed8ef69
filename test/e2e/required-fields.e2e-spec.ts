import { createTenant, createTestApp, TestApp, TestTenant } from '../factories/app.factory';

/** PATCH may leave out a field every resource has, but not clear it: 400 naming the field. */
describe('PATCH refuses null for required fields', () => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
  });
  afterAll(() => t.close());

  const create = async (path: string, body: object): Promise<string> =>
    (await t.http().post(path).set(tenant.auth).send(body).expect(201)).body.id;

  const expectNullRefused = async (path: string, field: string) => {
    const res = await t
      .http()
      .patch(path)
      .set(tenant.auth)
      .send({ [field]: null })
      .expect(400);
    expect(res.body.errors).toContainEqual({ field, message: `${field} cannot be null` });
  };

  it('customers, organizations, groups, agents: name', async () => {
    for (const [path, body] of [
      ['/v1/customers', { name: 'Grace' }],
      ['/v1/organizations', { name: 'Acme' }],
      ['/v1/groups', { name: 'Billing' }],
      ['/v1/agents', { name: 'Ada', email: 'ada@example.com', role: 'agent' }],
    ] as const) {
      const id = await create(path, body);
      await expectNullRefused(`${path}/${id}`, 'name');
    }
  });

  it('knowledge base: category name; article title, body, locale, visibility, status', async () => {
    const category = await create('/v1/kb/categories', { name: 'Billing' });
    await expectNullRefused(`/v1/kb/categories/${category}`, 'name');
    const article = await create('/v1/kb/articles', {
      title: 'Invoices',
      body: 'Under Billing.',
      locale: 'en',
      visibility: 'public',
    });
    for (const field of ['title', 'body', 'locale', 'visibility', 'status']) {
      await expectNullRefused(`/v1/kb/articles/${article}`, field);
    }
    const unchanged = await t.http().get(`/v1/kb/articles/${article}`).set(tenant.auth).expect(200);
    expect(unchanged.body).toMatchObject({ title: 'Invoices', version: 1 });
  });
});
