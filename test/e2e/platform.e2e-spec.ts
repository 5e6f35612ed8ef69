import { createTenant, createTestApp, PLATFORM_TOKEN, TestApp } from '../factories/app.factory';

describe('tenants (platform)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('creates a tenant with a one-time admin key', async () => {
    const res = await t
      .http()
      .post('/v1/tenants')
      .set('Authorization', `Bearer ${PLATFORM_TOKEN}`)
      .send({ name: 'Acme', slug: 'acme' })
      .expect(201);
    expect(res.body).toMatchObject({
      name: 'Acme',
      slug: 'acme',
      apiKey: { name: 'Admin key', scopes: ['admin'] },
    });
    expect(res.body.apiKey.key).toMatch(/^hdk_/);
    expect(res.body.apiKey.prefix).toBe(res.body.apiKey.key.slice(0, 12));
    await t
      .http()
      .get('/v1/api-keys')
      .set('Authorization', `Bearer ${res.body.apiKey.key}`)
      .expect(200);
  });

  it('refuses a duplicate slug with 409', async () => {
    const tenant = await createTenant(t);
    const res = await t
      .http()
      .post('/v1/tenants')
      .set('Authorization', `Bearer ${PLATFORM_TOKEN}`)
      .send({ name: 'Again', slug: tenant.slug })
      .expect(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toContain(tenant.slug);
  });

  it('needs the platform admin token', async () => {
    const tenant = await createTenant(t);
    await t.http().post('/v1/tenants').send({ name: 'X', slug: 'x1' }).expect(401);
    await t
      .http()
      .post('/v1/tenants')
      .set('Authorization', 'Bearer wrong-token-wrong-token')
      .send({ name: 'X', slug: 'x2' })
      .expect(401);
    const res = await t
      .http()
      .post('/v1/tenants')
      .set(tenant.auth)
      .send({ name: 'X', slug: 'x3' })
      .expect(403);
    expect(res.body.detail).toContain('platform:admin');
  });

  it('validates name and slug', async () => {
    const res = await t
      .http()
      .post('/v1/tenants')
      .set('Authorization', `Bearer ${PLATFORM_TOKEN}`)
      .send({ name: '', slug: 'Not Valid!' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'slug']);
  });
});
