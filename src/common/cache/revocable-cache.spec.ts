import { RevocableCache } from './revocable-cache';

describe('RevocableCache', () => {
  const deferred = <T>() => {
    let resolve!: (v: T) => void;
    const promise = new Promise<T>((r) => (resolve = r));
    return { promise, resolve };
  };
  type V = { id: string; n: number } | null;
  const idOf = (v: V) => v?.id ?? null;

  it('serves a value for its TTL and drops it when its id is revoked', async () => {
    const cache = new RevocableCache<V>(5000, idOf);
    let n = 0;
    const load = () => Promise.resolve({ id: 'a', n: ++n });
    expect(await cache.get('k', load)).toEqual({ id: 'a', n: 1 });
    expect(await cache.get('k', load)).toEqual({ id: 'a', n: 1 });
    cache.revoke('b');
    expect(await cache.get('k', load)).toEqual({ id: 'a', n: 1 });
    cache.revoke('a');
    expect(await cache.get('k', load)).toEqual({ id: 'a', n: 2 });
    expect(await cache.get('k', load)).toEqual({ id: 'a', n: 2 });
  });

  it('does not keep a value whose load started before its id was revoked', async () => {
    const cache = new RevocableCache<V>(5000, idOf);
    const slow = deferred<V>();
    const first = cache.get('k', () => slow.promise);
    cache.revoke('a');
    // A read after the revocation does not join the load that started before it.
    const fresh = cache.get('k', () => Promise.resolve({ id: 'a', n: 2 }));
    slow.resolve({ id: 'a', n: 1 });
    expect(await first).toEqual({ id: 'a', n: 1 });
    expect(await fresh).toEqual({ id: 'a', n: 2 });
    expect(await cache.get('k', () => Promise.resolve({ id: 'a', n: 3 }))).toEqual({
      id: 'a',
      n: 2,
    });
  });

  it('holds a revoked id out of the cache for holdMs', async () => {
    const cache = new RevocableCache<V>(5000, idOf);
    let n = 0;
    const load = () => Promise.resolve({ id: 'a', n: ++n });
    await cache.get('k', load);
    cache.revoke('a', 60_000);
    expect((await cache.get('k', load))?.n).toBe(2);
    expect((await cache.get('k', load))?.n).toBe(3);
  });

  it('expires values after the TTL, forgets failed loads, clears', async () => {
    const cache = new RevocableCache<V>(20, idOf);
    let n = 0;
    const load = () => Promise.resolve({ id: 'a', n: ++n });
    await cache.get('k', load);
    await new Promise((r) => setTimeout(r, 30));
    expect((await cache.get('k', load))?.n).toBe(2);
    await expect(cache.get('x', () => Promise.reject(new Error('db')))).rejects.toThrow('db');
    await new Promise((r) => setImmediate(r));
    expect(await cache.get('x', () => Promise.resolve(null))).toBeNull();
    await new Promise((r) => setTimeout(r, 2));
    cache.clear();
    expect((await cache.get('k', load))?.n).toBe(3);
  });
});
