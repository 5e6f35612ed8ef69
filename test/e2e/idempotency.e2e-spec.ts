import { GroupsService } from '../../src/modules/groups/groups.service';
import {
  createTenant,
  createTestApp,
  PLATFORM_TOKEN,
  TestApp,
  TestTenant,
} from '../factories/app.factory';

describe('Idempotency-Key', () => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
  });
  afterAll(() => t.close());

  const post = (key: string, body: object, auth = tenant.auth) =>
    t.http().post('/v1/groups').set(auth).set('Idempotency-Key', key).send(body);

  it('replays the first response with Idempotent-Replayed: true', async () => {
    const first = await post('k-replay', { name: 'Replay', description: 'd' }).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // Same body, keys in another order: the same request.
    const again = await post('k-replay', { description: 'd', name: 'Replay' }).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe('"1"');
    const list = await t.http().get('/v1/groups?limit=100').set(tenant.auth).expect(200);
    expect(list.body.data.filter((g: { name: string }) => g.name === 'Replay')).toHaveLength(1);
  });

  it('the same key with another body → 422', async () => {
    await post('k-mismatch', { name: 'One' }).expect(201);
    const res = await post('k-mismatch', { name: 'Two' }).expect(422);
    expect(res.body.type).toBe('/problems/idempotency-key-reused');
  });

  it('replays refusals too (409 stays 409), but not validation errors', async () => {
    await post('k-a', { name: 'Dup' }).expect(201);
    await post('k-b', { name: 'Dup' }).expect(409);
    const replay = await post('k-b', { name: 'Dup' }).expect(409);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    await post('k-invalid', { name: '' }).expect(400);
    // Fixing the body and retrying with the same key works: invalid requests are not stored.
    await post('k-invalid', { name: 'Valid now' }).expect(201);
  });

  it('keys are per tenant', async () => {
    const other = await createTenant(t);
    const a = await post('shared-key', { name: 'Per tenant' }).expect(201);
    const b = await post('shared-key', { name: 'Per tenant' }, other.auth).expect(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('concurrent requests with one key create exactly one resource', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => post('k-race', { name: 'Race' })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const originals = results.filter((r) => r.status === 201 && !r.headers['idempotent-replayed']);
    expect(originals).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 409))
      expect(r.body.type).toBe('/problems/idempotency-in-flight');
    const list = await t.http().get('/v1/groups?limit=100').set(tenant.auth).expect(200);
    expect(list.body.data.filter((g: { name: string }) => g.name === 'Race')).toHaveLength(1);
    const after = await post('k-race', { name: 'Race' }).expect(201);
    expect(after.headers['idempotent-replayed']).toBe('true');
    expect(after.body.id).toBe(originals[0].body.id);
  });

  it('a request still running → 409', async () => {
    // Hold the idempotency row's claim open by slowing the handler: a concurrent twin sees it in flight.
    const original = GroupsService.prototype.create;
    const spy = jest.spyOn(GroupsService.prototype, 'create').mockImplementation(async function (
      this: unknown,
      ...args
    ) {
      await new Promise((r) => setTimeout(r, 400));
      return original.apply(this, args as Parameters<typeof original>);
    });
    try {
      const slow = post('k-slow', { name: 'Slow' });
      const slowDone = slow.then((r) => r);
      await new Promise((r) => setTimeout(r, 100));
      const twin = await post('k-slow', { name: 'Slow' }).expect(409);
      expect(twin.body.detail).toContain('still being processed');
      expect((await slowDone).status).toBe(201);
    } finally {
      spy.mockRestore();
    }
  });

  it('rejects an unusable key', async () => {
    await post('x'.repeat(300), { name: 'Long' }).expect(400);
  });

  it('works for the platform admin too', async () => {
    const body = { name: 'Idem tenant', slug: 'idem-tenant' };
    const first = await t
      .http()
      .post('/v1/tenants')
      .set('Authorization', `Bearer ${PLATFORM_TOKEN}`)
      .set('Idempotency-Key', 'tenant-1')
      .send(body)
      .expect(201);
    const again = await t
      .http()
      .post('/v1/tenants')
      .set('Authorization', `Bearer ${PLATFORM_TOKEN}`)
      .set('Idempotency-Key', 'tenant-1')
      .send(body)
      .expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
  });
});
