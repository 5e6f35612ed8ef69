/** What the shared counter answers to a lease: how many requests this instance may admit. */
export interface Lease {
  /** Requests granted to this instance by this lease (0 when the window's budget is spent). */
  granted: number;
  /** Requests granted in the window so far, every instance together (this lease included). */
  total: number;
  /** The window this lease belongs to (start, epoch ms, by the database clock). */
  windowStartMs: number;
  /** Milliseconds left in the window when the database answered. */
  resetMs: number;
}

/** Asks the shared counter for `want` more requests of `key`'s current window. */
export type LeaseFn = (key: string, want: number, limit: number, ttlMs: number) => Promise<Lease>;

export interface Take {
  allowed: boolean;
  /** Best estimate of what is left in the window for the whole cluster. */
  remaining: number;
  /** Seconds until the window ends (≥ 1). */
  resetSeconds: number;
}

/**
 * Requests one lease grants: 1/40 of the limit (2.5%), at least 1. An instance holds at most
 * 1.5 leases unused (the one it is spending and the one fetched ahead), so a credential that
 * moves between instances loses at most 3.75% of its limit per other instance, and no instance
 * can admit a request the shared counter did not grant: the cluster never goes over the limit.
 */
export function leaseSize(limit: number): number {
  return Math.max(1, Math.floor(limit / 40));
}

interface Bucket {
  windowStartMs: number;
  /** Local clock; computed from when the lease was asked, so never later than the real end. */
  windowEnd: number;
  /** Granted to this instance and not spent yet. */
  tokens: number;
  /** Granted to the cluster in this window, as of the last lease. */
  total: number;
  /** The window's budget is all granted: refuse without asking until the window ends. */
  exhausted: boolean;
  leasing: Promise<void> | null;
}

/**
 * Per-instance rate-limit state: each credential's requests are admitted from a local budget
 * leased in chunks from a counter every instance shares (`lease`). A request costs nothing but
 * a decrement while the instance holds tokens; the next lease is fetched ahead when half of one
 * is left, so requests wait for the database only when a credential starts (or the chunk is
 * 1, i.e. limits under 80 a window, where every request is checked against the shared counter).
 */
export class RateLimitBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly lease: LeaseFn,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string, limit: number, ttlMs: number): Promise<Take> {
    const size = leaseSize(limit);
    for (;;) {
      const b = this.bucket(key);
      if (b.tokens > 0) {
        b.tokens--;
        if (size > 1 && b.tokens <= size >> 1 && !b.leasing && !b.exhausted) {
          this.refill(key, b, size, limit, ttlMs).catch(() => undefined);
        }
        return this.answer(b, true, limit);
      }
      if (b.exhausted) return this.answer(b, false, limit);
      await (b.leasing ?? this.refill(key, b, size, limit, ttlMs));
    }
  }

  /** Drops the buckets of windows that have ended. */
  sweep(): void {
    const now = this.now();
    for (const [key, b] of this.buckets) {
      if (!b.leasing && now >= b.windowEnd) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }

  private bucket(key: string): Bucket {
    let b = this.buckets.get(key);
    if (!b) {
      b = { windowStartMs: 0, windowEnd: 0, tokens: 0, total: 0, exhausted: false, leasing: null };
      this.buckets.set(key, b);
    } else if (this.now() >= b.windowEnd && !b.leasing) {
      // The window is over: whatever this instance still held belongs to it.
      b.tokens = 0;
      b.total = 0;
      b.exhausted = false;
    }
    return b;
  }

  private refill(key: string, b: Bucket, size: number, limit: number, ttlMs: number) {
    const askedAt = this.now();
    const leasing = this.lease(key, size, limit, ttlMs)
      .then((l) => {
        if (l.windowStartMs !== b.windowStartMs) {
          b.windowStartMs = l.windowStartMs;
          b.tokens = 0;
        }
        b.windowEnd = askedAt + l.resetMs;
        b.tokens += l.granted;
        b.total = l.total;
        b.exhausted = l.total >= limit;
      })
      .finally(() => {
        if (b.leasing === leasing) b.leasing = null;
      });
    b.leasing = leasing;
    return leasing;
  }

  private answer(b: Bucket, allowed: boolean, limit: number): Take {
    return {
      allowed,
      remaining: allowed ? Math.max(0, Math.min(limit, limit - b.total + b.tokens)) : 0,
      resetSeconds: Math.max(1, Math.ceil((b.windowEnd - this.now()) / 1000)),
    };
  }
}
