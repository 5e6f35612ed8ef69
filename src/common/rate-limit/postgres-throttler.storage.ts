import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { DataSource } from 'typeorm';

export const NO_TENANT = '00000000-0000-0000-0000-000000000000';

/**
 * Fixed-window counters in PostgreSQL: one row per credential, one atomic upsert per request.
 * Every instance sharing the database shares the counters. Keys are `<tenantId>|<credential>`.
 */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const sep = key.indexOf('|');
    const tenantId = sep > 0 ? key.slice(0, sep) : NO_TENANT;
    const credential = sep > 0 ? key.slice(sep + 1) : key;
    const rows: { hits: number; reset_ms: string }[] = await this.dataSource.query(
      `WITH w AS (SELECT to_timestamp(floor(extract(epoch FROM clock_timestamp()) * 1000 / $3) * $3 / 1000) AS start)
       INSERT INTO rate_limits AS r (tenant_id, key, window_start, hits)
       SELECT $1, $2, w.start, 1 FROM w
       ON CONFLICT (tenant_id, key) DO UPDATE
         SET hits = CASE WHEN r.window_start = EXCLUDED.window_start THEN r.hits + 1 ELSE 1 END,
             window_start = EXCLUDED.window_start
       RETURNING hits, (extract(epoch FROM window_start) * 1000 + $3 - extract(epoch FROM clock_timestamp()) * 1000)::bigint AS reset_ms`,
      [tenantId, credential, ttl],
    );
    const { hits, reset_ms } = rows[0];
    const timeToExpire = Math.max(1, Math.ceil(Number(reset_ms) / 1000));
    const isBlocked = hits > limit;
    return {
      totalHits: hits,
      timeToExpire,
      isBlocked,
      timeToBlockExpire: isBlocked ? timeToExpire : 0,
    };
  }
}
