import { bootstrapDefaultTenant } from '../../src/bootstrap';
import { createTestApp, TestApp } from '../factories/app.factory';

describe('first start', () => {
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    one = await createTestApp();
    two = await createTestApp({}, { shareDatabaseOf: one });
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('creates tenant "default" once, even when two instances start together, and its key works', async () => {
    const results = await Promise.all([
      bootstrapDefaultTenant(one.app),
      bootstrapDefaultTenant(two.app),
    ]);
    const created = results.filter((r) => r !== null);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ slug: 'default', apiKey: { scopes: ['admin'] } });
    await one
      .http()
      .get('/v1/api-keys')
      .set('Authorization', `Bearer ${created[0]!.apiKey.key}`)
      .expect(200);
    expect(await bootstrapDefaultTenant(one.app)).toBeNull();
  });
});
