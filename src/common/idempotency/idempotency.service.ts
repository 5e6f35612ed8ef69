import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TenantSql } from '../../database/tenant-sql';

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: unknown; headers: Record<string, string> }
  | { kind: 'in_flight' }
  | { kind: 'mismatch' };

/** How long a key is remembered. */
const RETENTION = '24 hours';
/** A claim whose process died is taken over after this long. */
const LOCK_SECONDS = 60;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * Idempotency records, outside the business transaction: a claim is one atomic upsert on the
 * (tenant_id, key) primary key, so concurrent requests with one key see exactly one winner.
 */
@Injectable()
export class IdempotencyService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyService.name);
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    private readonly sql: TenantSql,
    /** Only for the cross-tenant purge of expired keys. */
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Expired records are ignored at once and deleted hourly (any instance may do it). */
  onApplicationBootstrap(): void {
    this.purgeTimer = setInterval(() => {
      this.purgeExpired().catch((err: unknown) =>
        this.logger.warn({ err }, 'idempotency purge failed'),
      );
    }, PURGE_EVERY_MS);
    this.purgeTimer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.purgeTimer);
  }

  async claim(
    tenantId: string,
    key: string,
    hash: string,
    method: string,
    path: string,
  ): Promise<Claim> {
    const claimed: unknown[] = await this.sql.query(
      tenantId,
      `INSERT INTO idempotency_keys AS i
              (tenant_id, key, request_hash, method, path, status, locked_until, expires_at)
       VALUES ($1, $2, $3, $4, $5, 'in_flight', now() + make_interval(secs => $6), now() + interval '${RETENTION}')
       ON CONFLICT (tenant_id, key) DO UPDATE
          SET request_hash = EXCLUDED.request_hash, method = EXCLUDED.method, path = EXCLUDED.path,
              status = 'in_flight', response_status = NULL, response_body = NULL, response_headers = NULL,
              locked_until = EXCLUDED.locked_until, created_at = now(), expires_at = EXCLUDED.expires_at
        WHERE i.expires_at < now()
           OR (i.status = 'in_flight' AND i.locked_until < now() AND i.request_hash = EXCLUDED.request_hash)
       RETURNING 1`,
      [key, hash, method, path, LOCK_SECONDS],
    );
    if (claimed.length > 0) return { kind: 'claimed' };

    const rows: Array<{
      request_hash: string;
      status: string;
      response_status: number;
      response_body: unknown;
      response_headers: Record<string, string> | null;
    }> = await this.sql.query(
      tenantId,
      `SELECT request_hash, status, response_status, response_body, response_headers
           FROM idempotency_keys WHERE tenant_id = $1 AND key = $2`,
      [key],
    );
    const row = rows[0];
    // Deleted between the two statements (the first request failed): the caller may retry.
    if (!row) return this.claim(tenantId, key, hash, method, path);
    if (row.request_hash !== hash) return { kind: 'mismatch' };
    if (row.status === 'in_flight') return { kind: 'in_flight' };
    return {
      kind: 'replay',
      status: row.response_status,
      body: row.response_body,
      headers: row.response_headers ?? {},
    };
  }

  async complete(
    tenantId: string,
    key: string,
    status: number,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<void> {
    await this.sql.query(
      tenantId,
      `UPDATE idempotency_keys
          SET status = 'completed', response_status = $3, response_body = $4::jsonb, response_headers = $5::jsonb
        WHERE tenant_id = $1 AND key = $2`,
      [key, status, JSON.stringify(body ?? null), JSON.stringify(headers)],
    );
  }

  /** Forget a claim whose request failed before doing anything, so it can be retried. */
  async release(tenantId: string, key: string): Promise<void> {
    await this.sql.query(
      tenantId,
      `DELETE FROM idempotency_keys WHERE tenant_id = $1 AND key = $2 AND status = 'in_flight'`,
      [key],
    );
  }

  /** Drops expired records; called periodically. */
  async purgeExpired(): Promise<number> {
    const res: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE expires_at < now()`,
    );
    return res[1] ?? 0;
  }
}
