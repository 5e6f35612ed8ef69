import { TransactionHost } from '@nestjs-cls/transactional';
import { ClsService } from 'nestjs-cls';
import { OutboxService } from '../../src/common/events/outbox.service';
import { newId } from '../../src/database/ids';
import {
  createTenant,
  createTestApp,
  eventually,
  TestApp,
  TestTenant,
} from '../factories/app.factory';

describe('transactional outbox', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let outbox: OutboxService;
  let tx: TransactionHost;
  let cls: ClsService;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
    outbox = t.app.get(OutboxService);
    tx = t.app.get(TransactionHost);
    cls = t.app.get(ClsService);
  });
  afterAll(() => t.close());

  const event = (n: number, resourceId = newId()) => ({
    type: 'customer.created' as const,
    resourceType: 'customer',
    resourceId,
    data: { n },
    actor: { type: 'api_key' as const, id: 'k' },
  });
  const inTx = <T>(fn: () => Promise<T>) => cls.run(() => tx.withTransaction(fn));
  const readAll = (cursor: string | null = null) =>
    cls.run(() => outbox.readAfter(tenant.id, cursor, 100));

  it('refuses to publish outside a transaction', async () => {
    await expect(cls.run(() => outbox.publish(tenant.id, event(0)))).rejects.toThrow(
      /inside the transaction/,
    );
  });

  it('an event exists exactly when its transaction commits', async () => {
    await expect(
      inTx(async () => {
        await outbox.publish(tenant.id, event(1));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await readAll()).toEqual([]);
    await inTx(() => outbox.publish(tenant.id, [event(2), event(3)]));
    const events = await eventually(async () => {
      const all = await readAll();
      expect(all.map((e) => e.data)).toEqual([{ n: 2 }, { n: 3 }]);
      return all;
    });
    expect(events[0]).toMatchObject({
      type: 'customer.created',
      tenantId: tenant.id,
      actor: { type: 'api_key', id: 'k' },
    });
  });

  it('a reader never skips an event whose transaction commits late', async () => {
    const before = await eventually(async () => {
      const all = await readAll();
      expect(all).toHaveLength(2);
      return all;
    });
    const cursor = before[before.length - 1]?.cursor ?? null;

    let releaseSlow!: () => void;
    const slowMayCommit = new Promise<void>((r) => (releaseSlow = r));
    let slowPublished!: () => void;
    const published = new Promise<void>((r) => (slowPublished = r));
    const slow = inTx(async () => {
      await outbox.publish(tenant.id, event(10));
      slowPublished();
      await slowMayCommit;
    });
    await published;
    await inTx(() => outbox.publish(tenant.id, event(11)));

    // The fast transaction committed, but the slow one (older) is still open: nothing yet.
    expect(await readAll(cursor)).toEqual([]);
    releaseSlow();
    await slow;
    const after = await eventually(async () => {
      const all = await readAll(cursor);
      expect(all.map((e) => e.data)).toEqual([{ n: 10 }, { n: 11 }]);
      return all;
    });
    // Resuming from the last cursor returns nothing more; from the first, the rest.
    expect(await readAll(after[1].cursor)).toEqual([]);
    expect((await readAll(after[0].cursor)).map((e) => e.data)).toEqual([{ n: 11 }]);
  });

  it('keeps tenants apart', async () => {
    const other = await createTenant(t);
    await inTx(() => outbox.publish(other.id, event(99)));
    expect((await readAll()).some((e) => (e.data as { n: number }).n === 99)).toBe(false);
  });
});
