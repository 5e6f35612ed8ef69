import { Client } from 'pg';
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

  it('the record commits with the work: a failure after the work leaves neither', async () => {
    // The handler did its work, then the process "failed" before answering (a 500 here; a
    // crash is the child-process test in crash-safety.e2e-spec.ts).
    const original = GroupsService.prototype.create;
    const spy = jest.spyOn(GroupsService.prototype, 'create').mockImplementation(async function (
      this: unknown,
      ...args
    ) {
      await original.apply(this, args as Parameters<typeof original>);
      throw new Error('failed after the work');
    });
    try {
      await post('k-atomic', { name: 'Atomic' }).expect(500);
    } finally {
      spy.mockRestore();
    }
    const names = async () =>
      (await t.http().get('/v1/groups?limit=100').set(tenant.auth).expect(200)).body.data
        .map((g: { name: string }) => g.name)
        .filter((n: string) => n === 'Atomic');
    expect(await names()).toEqual([]); // rolled back with the key: nothing half-done
    // No claim was left behind either: the retry runs at once, once.
    const retry = await post('k-atomic', { name: 'Atomic' }).expect(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await names()).toEqual(['Atomic']);
  });

  it('bulk with a key: a refused ticket rolls back alone, the rest commits with the key', async () => {
    const customer = (
      await t.http().post('/v1/customers').set(tenant.auth).send({ name: 'Bulk' }).expect(201)
    ).body;
    const ticket = (body: object) =>
      t
        .http()
        .post('/v1/tickets')
        .set(tenant.auth)
        .send({ subject: 's', description: 'd', customerId: customer.id, ...body })
        .expect(201)
        .then((r) => r.body as { id: string });
    await ticket({ externalId: 'bulk-taken' });
    const [a, b] = [await ticket({}), await ticket({})];
    const bulk = () =>
      t
        .http()
        .post('/v1/tickets/bulk')
        .set(tenant.auth)
        .set('Idempotency-Key', 'k-bulk')
        .send({ ids: [a.id, b.id], patch: { externalId: 'bulk-taken' } });
    // Both hit the unique index (a database error inside the transaction): each is a 409 of
    // its own, and the transaction carries on to store the key.
    const first = await bulk().expect(200);
    expect(first.body.results.map((r: { status: number }) => r.status)).toEqual([409, 409]);
    const okBulk = await t
      .http()
      .post('/v1/tickets/bulk')
      .set(tenant.auth)
      .set('Idempotency-Key', 'k-bulk-2')
      .send({ ids: [a.id, b.id], patch: { priority: 'high' } })
      .expect(200);
    expect(okBulk.body.results.map((r: { status: number }) => r.status)).toEqual([200, 200]);
    const replay = await bulk().expect(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
  });

  it('a stored response keeps its secrets sealed: the key is a digest, the body ciphertext', async () => {
    const send = () =>
      t
        .http()
        .post('/v1/api-keys')
        .set(tenant.auth)
        .set('Idempotency-Key', 'k-secret-9f1c2e')
        .send({ name: 'Sealed', scopes: ['tickets:read'] })
        .expect(201);
    const first = await send();
    const secret = first.body.key as string;
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT key, response_body::text AS body FROM idempotency_keys WHERE tenant_id = $1`,
        [tenant.id],
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.key).toMatch(/^[0-9a-f]{64}$/);
        expect(row.body).not.toContain(secret);
        expect(row.body).not.toContain('Sealed');
      }
    } finally {
      await db.end();
    }
    const again = await send();
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.key).toBe(secret); // whoever has the Idempotency-Key gets it back
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
