import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TenantSql } from '../../database/tenant-sql';
import { isSealed, keyDigest, seal, unseal } from './sealed-response';

/** What a request with a key finds, once it holds the key. */
export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: unknown; headers: Record<string, string> }
  | { kind: 'in_flight' }
  | { kind: 'mismatch' };

/** A request with an `Idempotency-Key`: the key, per tenant, and what the request was. */
export interface IdempotentRequest {
  tenantId: string;
  key: string;
  /** SHA-256 of method, URL and canonical body. */
  hash: string;
  method: string;
  path: string;
}

/** The response stored for replay. */
export interface StoredResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** How long a key is remembered. */
const RETENTION = '24 hours';
const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * Idempotency records, written in the transaction of the work they protect: a key is held with
 * a transaction advisory lock while its request runs (a twin gets `in_flight`), and its record
 * commits with the work or not at all. After a crash there is either a record to replay or
 * nothing committed, never a claim left behind: PostgreSQL rolls the transaction back and
 * drops the lock when the connection dies.
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

  /**
   * Runs `work` once per key: in one transaction, hold the key, replay or refuse when it has a
   * record, else run `work` in a savepoint and store what `settle` makes of its outcome (a
   * response to keep, or null to keep nothing and roll everything back). A stored failure is
   * committed, then rethrown.
   */
  async run<T>(
    req: IdempotentRequest,
    work: () => Promise<T>,
    settle: (outcome: { body: T } | { error: unknown }) => StoredResponse | null,
  ): Promise<{ claim: Exclude<Claim, { kind: 'claimed' }> } | { body: T }> {
    const result = await this.sql.transaction(async () => {
      const claim = await this.claim(req);
      if (claim.kind !== 'claimed') return { claim };
      let outcome: { body: T } | { error: unknown };
      try {
        outcome = { body: await this.sql.savepoint(work) };
      } catch (error) {
        outcome = { error };
      }
      const stored = settle(outcome);
      if (!stored) throw 'error' in outcome ? outcome.error : new Error('nothing to store');
      await this.save(req, stored);
      return outcome;
    });
    if ('error' in result) throw result.error;
    return result;
  }

  /** Holds the key for this transaction and reads its record. */
  private async claim(req: IdempotentRequest): Promise<Claim> {
    if (!(await this.sql.tryLockKey(req.tenantId, `idempotency:${req.key}`)))
      return { kind: 'in_flight' };
    // A statement after the lock: its snapshot sees what the previous holder committed. Keys
    // are stored as digests; a record written before that (by key) is found for its last hours.
    const [row] = await this.sql.query<{
      request_hash: string;
      response_status: number;
      response_body: unknown;
      response_headers: Record<string, string> | null;
    }>(
      req.tenantId,
      `SELECT request_hash, response_status, response_body, response_headers
         FROM idempotency_keys
        WHERE tenant_id = $1 AND key = ANY($2::text[]) AND status = 'completed'
          AND expires_at > now()
        ORDER BY key = $3 DESC
        LIMIT 1`,
      [[keyDigest(req.key), req.key], keyDigest(req.key)],
    );
    if (!row) return { kind: 'claimed' };
    if (row.request_hash !== req.hash) return { kind: 'mismatch' };
    return {
      kind: 'replay',
      status: row.response_status,
      body: isSealed(row.response_body)
        ? unseal(req.tenantId, req.key, row.response_body)
        : row.response_body,
      headers: row.response_headers ?? {},
    };
  }

  /**
   * The record, in the caller's transaction (replacing an expired one): the key as a digest,
   * the response sealed with the key (`sealed-response.ts`).
   */
  private async save(req: IdempotentRequest, res: StoredResponse): Promise<void> {
    await this.sql.query(
      req.tenantId,
      `INSERT INTO idempotency_keys AS i
              (tenant_id, key, request_hash, method, path, status, response_status, response_body,
               response_headers, locked_until, expires_at)
       VALUES ($1, $2, $3, $4, $5, 'completed', $6, $7::jsonb, $8::jsonb, now(), now() + interval '${RETENTION}')
       ON CONFLICT (tenant_id, key) DO UPDATE
          SET request_hash = EXCLUDED.request_hash, method = EXCLUDED.method, path = EXCLUDED.path,
              status = 'completed', response_status = EXCLUDED.response_status,
              response_body = EXCLUDED.response_body, response_headers = EXCLUDED.response_headers,
              locked_until = EXCLUDED.locked_until, created_at = now(), expires_at = EXCLUDED.expires_at`,
      [
        keyDigest(req.key),
        req.hash,
        req.method,
        req.path,
        res.status,
        JSON.stringify(seal(req.tenantId, req.key, res.body)),
        JSON.stringify(res.headers),
      ],
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
