import { Lease, leaseSize, RateLimitBuckets } from './rate-limit-buckets';

/** The shared counter as `rate_limits` keeps it: granted per key in fixed windows. */
function sharedCounter(clock: { now: number }) {
  const rows = new Map<string, { start: number; hits: number }>();
  const calls: number[] = [];
  const lease = async (key: string, want: number, limit: number, ttl: number): Promise<Lease> => {
    await Promise.resolve();
    calls.push(want);
    const start = Math.floor(clock.now / ttl) * ttl;
    const row = rows.get(key);
    const hits = row && row.start === start ? row.hits : 0;
    const granted = Math.max(0, Math.min(want, limit - hits));
    rows.set(key, { start, hits: hits + granted });
    return {
      granted,
      total: hits + granted,
      windowStartMs: start,
      resetMs: start + ttl - clock.now,
    };
  };
  return { lease, calls };
}

describe('RateLimitBuckets', () => {
  const MINUTE = 60_000;

  it('leases 2.5% of the limit at a time, at least one request', () => {
    expect(leaseSize(4)).toBe(1);
    expect(leaseSize(79)).toBe(1);
    expect(leaseSize(600)).toBe(15);
    expect(leaseSize(100_000)).toBe(2500);
  });

  it('admits exactly the limit in a window, then refuses until the window ends', async () => {
    const clock = { now: 5 * MINUTE + 1000 };
    const { lease, calls } = sharedCounter(clock);
    const buckets = new RateLimitBuckets(lease, () => clock.now);
    const remaining: number[] = [];
    let admitted = 0;
    for (let i = 0; i < 700; i++) {
      const t = await buckets.take('k', 600, MINUTE);
      if (t.allowed) {
        admitted++;
        remaining.push(t.remaining);
      } else {
        expect(t.remaining).toBe(0);
        expect(t.resetSeconds).toBe(59);
      }
    }
    expect(admitted).toBe(600);
    // Exact on one instance: 599, 598, … 0.
    expect(remaining).toEqual(Array.from({ length: 600 }, (_, i) => 599 - i));
    // 40 leases of 15; the last one says the budget is spent, so refusals ask nothing.
    expect(calls.length).toBe(40);
    clock.now += 59_000;
    expect((await buckets.take('k', 600, MINUTE)).allowed).toBe(true);
  });

  it('never lets two instances go over the limit together, and loses little to them', async () => {
    for (const limit of [4, 100, 600, 10_000]) {
      const clock = { now: 7 * MINUTE };
      const { lease } = sharedCounter(clock);
      const a = new RateLimitBuckets(lease, () => clock.now);
      const b = new RateLimitBuckets(lease, () => clock.now);
      let admitted = 0;
      // Bursts of concurrent requests, spread over both instances at random.
      for (let round = 0; round < 50; round++) {
        const takes = Array.from({ length: Math.ceil((limit * 1.5) / 50) }, () =>
          (Math.random() < 0.5 ? a : b).take('k', limit, MINUTE),
        );
        admitted += (await Promise.all(takes)).filter((t) => t.allowed).length;
      }
      expect(admitted).toBeLessThanOrEqual(limit);
      expect(admitted).toBeGreaterThanOrEqual(limit - Math.ceil(1.5 * leaseSize(limit)));
    }
  });

  it('counts exactly with small limits: every request asks the shared counter', async () => {
    const clock = { now: 3 * MINUTE };
    const { lease, calls } = sharedCounter(clock);
    const a = new RateLimitBuckets(lease, () => clock.now);
    const b = new RateLimitBuckets(lease, () => clock.now);
    const seen = [];
    for (const instance of [a, b, a, b, a, b]) seen.push(await instance.take('k', 4, MINUTE));
    expect(seen.map((t) => t.allowed)).toEqual([true, true, true, true, false, false]);
    expect(seen.map((t) => t.remaining)).toEqual([3, 2, 1, 0, 0, 0]);
    // b's last lease said the budget was spent: its next refusal asks nothing.
    expect(calls.length).toBe(5);
  });

  it('shares one lease between the requests waiting for it', async () => {
    const clock = { now: 2 * MINUTE };
    const { lease, calls } = sharedCounter(clock);
    const buckets = new RateLimitBuckets(lease, () => clock.now);
    const takes = await Promise.all(
      Array.from({ length: 10 }, () => buckets.take('k', 100_000, MINUTE)),
    );
    expect(takes.every((t) => t.allowed)).toBe(true);
    expect(calls).toEqual([2500]);
  });

  it('starts afresh when the window ends, and forgets ended windows', async () => {
    const clock = { now: 10 * MINUTE };
    const { lease } = sharedCounter(clock);
    const buckets = new RateLimitBuckets(lease, () => clock.now);
    for (let i = 0; i < 5; i++) await buckets.take('k', 4, MINUTE);
    expect((await buckets.take('k', 4, MINUTE)).allowed).toBe(false);
    clock.now += MINUTE;
    const next = await buckets.take('k', 4, MINUTE);
    expect(next).toEqual({ allowed: true, remaining: 3, resetSeconds: 60 });
    clock.now += MINUTE;
    buckets.sweep();
    expect(buckets.size).toBe(0);
  });

  it('passes a failed lease on to the caller and asks again next time', async () => {
    let fail = true;
    const clock = { now: MINUTE };
    const { lease } = sharedCounter(clock);
    const buckets = new RateLimitBuckets(
      (...args) => (fail ? Promise.reject(new Error('down')) : lease(...args)),
      () => clock.now,
    );
    await expect(buckets.take('k', 4, MINUTE)).rejects.toThrow('down');
    fail = false;
    expect((await buckets.take('k', 4, MINUTE)).allowed).toBe(true);
  });
});
