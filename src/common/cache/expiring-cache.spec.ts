import { ExpiringCache } from './expiring-cache';

describe('ExpiringCache', () => {
  it('shares one read per key until it expires or is deleted; forgets failures', async () => {
    const cache = new ExpiringCache<number>(60_000);
    let reads = 0;
    const load = () => Promise.resolve(++reads);
    expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([1, 1]);
    cache.delete('a');
    expect(await cache.get('a', load)).toBe(2);
    await expect(cache.get('b', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('b', load)).toBe(3);
  });
});
