import { DataSource } from 'typeorm';
import { NO_TENANT } from '../../database/ids';
import { Lease } from './rate-limit-buckets';

/**
 * One statement grants the leases of a batch: per `(tenant_id, key)` row, `hits` counts what
 * was granted in the row's fixed window (by the database clock) and `last_grant` what this
 * statement granted, never past `limit`. `rate_limits` is UNLOGGED: no WAL, so the commit does
 * not wait for a flush (a crash of PostgreSQL empties the table, i.e. resets the windows).
 * A row whose window is newer than the one computed here (a statement that waited for the row
 * lock across a window boundary) is counted in that newer window.
 */
export const LEASE_SQL = `WITH q AS (
  SELECT q.tenant_id, q.key, q.want, q.lim, q.ttl,
         to_timestamp(floor(extract(epoch FROM clock_timestamp()) * 1000 / q.ttl) * q.ttl / 1000) AS start
    FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $5::int[]) AS q(tenant_id, key, want, lim, ttl)
)
INSERT INTO rate_limits AS r (tenant_id, key, window_start, hits, last_grant, lim, ttl)
SELECT tenant_id, key, start, least(want, lim), least(want, lim), lim, ttl FROM q
ON CONFLICT (tenant_id, key) DO UPDATE SET
  last_grant = CASE WHEN r.window_start >= EXCLUDED.window_start
                    THEN greatest(0, least(EXCLUDED.hits, EXCLUDED.lim - r.hits))
                    ELSE EXCLUDED.hits END,
  hits = CASE WHEN r.window_start >= EXCLUDED.window_start
              THEN r.hits + greatest(0, least(EXCLUDED.hits, EXCLUDED.lim - r.hits))
              ELSE EXCLUDED.hits END,
  window_start = greatest(r.window_start, EXCLUDED.window_start),
  lim = EXCLUDED.lim,
  ttl = EXCLUDED.ttl
RETURNING tenant_id, key, hits, last_grant,
  (extract(epoch FROM window_start) * 1000)::bigint AS window_ms,
  (extract(epoch FROM window_start) * 1000 + ttl - extract(epoch FROM clock_timestamp()) * 1000)::bigint AS reset_ms`;

interface Pending {
  tenantId: string;
  key: string;
  want: number;
  limit: number;
  ttlMs: number;
  done: (lease: Lease) => void;
  fail: (err: unknown) => void;
}

/**
 * The shared counters behind every instance's rate limits. Leases asked for while a statement
 * is running go together in the next one, so an instance runs at most one rate-limit statement
 * at a time whatever its load.
 */
export class RateLimitLeases {
  private queue: Pending[] = [];
  private running = false;

  constructor(private readonly dataSource: DataSource) {}

  /** `key` is `<tenantId>|<credential>`. */
  lease(key: string, want: number, limit: number, ttlMs: number): Promise<Lease> {
    const sep = key.indexOf('|');
    const tenantId = sep > 0 ? key.slice(0, sep) : NO_TENANT;
    const credential = sep > 0 ? key.slice(sep + 1) : key;
    return new Promise<Lease>((done, fail) => {
      this.queue.push({ tenantId, key: credential, want, limit, ttlMs, done, fail });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        // One row per counter in a statement (ON CONFLICT cannot touch a row twice).
        const batch = new Map<string, Pending>();
        const rest: Pending[] = [];
        for (const p of this.queue) {
          const id = `${p.tenantId}|${p.key}`;
          if (batch.has(id)) rest.push(p);
          else batch.set(id, p);
        }
        this.queue = rest;
        await this.run([...batch.values()]);
      }
    } finally {
      this.running = false;
    }
  }

  private async run(batch: Pending[]): Promise<void> {
    try {
      const rows: {
        tenant_id: string;
        key: string;
        hits: number;
        last_grant: number;
        window_ms: string;
        reset_ms: string;
      }[] = await this.dataSource.query(LEASE_SQL, [
        batch.map((p) => p.tenantId),
        batch.map((p) => p.key),
        batch.map((p) => p.want),
        batch.map((p) => p.limit),
        batch.map((p) => p.ttlMs),
      ]);
      const byKey = new Map(rows.map((r) => [`${r.tenant_id}|${r.key}`, r]));
      for (const p of batch) {
        const r = byKey.get(`${p.tenantId}|${p.key}`);
        if (!r) {
          p.fail(new Error(`no rate-limit row returned for ${p.key}`));
          continue;
        }
        p.done({
          granted: r.last_grant,
          total: r.hits,
          windowStartMs: Number(r.window_ms),
          resetMs: Number(r.reset_ms),
        });
      }
    } catch (err) {
      for (const p of batch) p.fail(err);
    }
  }
}
