import { Logger } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { DataSource } from 'typeorm';
import { RateLimitBuckets } from './rate-limit-buckets';
import { RateLimitLeases } from './rate-limit-leases';

const SWEEP_MS = 30_000;

/**
 * Fixed-window rate limits shared by every instance, without a database write per request:
 * requests are admitted from budgets leased in chunks (RateLimitBuckets) from UNLOGGED counters
 * in PostgreSQL (RateLimitLeases). Keys are `<tenantId>|<credential>`.
 */
export class LeasedThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimit');
  private readonly leases: RateLimitLeases;
  private readonly buckets: RateLimitBuckets;
  private lastSweep = Date.now();
  private lastWarning = 0;

  constructor(dataSource: DataSource) {
    this.leases = new RateLimitLeases(dataSource);
    this.buckets = new RateLimitBuckets((key, want, limit, ttl) => {
      // Ended windows are dropped now and then, when a lease is asked for anyway.
      if (Date.now() - this.lastSweep > SWEEP_MS) {
        this.lastSweep = Date.now();
        this.buckets.sweep();
      }
      return this.leases.lease(key, want, limit, ttl);
    });
  }

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    try {
      const take = await this.buckets.take(key, limit, ttl);
      return {
        totalHits: limit - take.remaining,
        timeToExpire: take.resetSeconds,
        isBlocked: !take.allowed,
        timeToBlockExpire: take.allowed ? 0 : take.resetSeconds,
      };
    } catch (err) {
      // The shared counter is unreachable: admit (the request needs the database anyway and
      // fails on its own if it is down) rather than refuse every caller.
      if (Date.now() - this.lastWarning > 10_000) {
        this.lastWarning = Date.now();
        this.logger.warn({ err }, 'rate-limit lease failed; admitting without a limit');
      }
      return {
        totalHits: 0,
        timeToExpire: Math.ceil(ttl / 1000),
        isBlocked: false,
        timeToBlockExpire: 0,
      };
    }
  }
}
