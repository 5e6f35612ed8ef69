import { Injectable } from '@nestjs/common';
import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

export type Tx = TransactionHost<TransactionalAdapterTypeOrm>;

/**
 * Raw SQL must name `tenant_id` and compare it with `$1`, the tenant parameter: a statement that
 * does not is a programming error, refused before it reaches the database.
 */
const FILTERS_TENANT = /\btenant_id\s*=\s*\$1(?!\d)/i;
const INSERTS_TENANT =
  /\bINSERT\s+INTO\s+\w+(\s+AS\s+\w+)?\s*\(\s*tenant_id\b[^)]*\)\s*(VALUES\s*\(|SELECT\s+)\s*\$1(?!\d)/i;

export function assertTenantScoped(sql: string): void {
  if (!FILTERS_TENANT.test(sql) && !INSERTS_TENANT.test(sql)) {
    throw new Error(
      `Tenant-scoped SQL must filter on (or insert) tenant_id = $1, the tenant parameter:\n${sql}`,
    );
  }
}

/**
 * TypeORM answers UPDATE/DELETE … RETURNING with `[rows, rowCount]` and everything else with
 * `rows`: callers always get the rows.
 */
export function rowsOf<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}

/**
 * A multi-row `INSERT INTO table (tenant_id, …columns) VALUES ($1, …), ($1, …)`: the tenant is
 * `$1` in every row; `params` are the rows' values from `$2` on. `casts` maps a column to a
 * type (`{ payload: 'jsonb' }`).
 */
export function insertManySql(
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  casts: Readonly<Record<string, string>> = {},
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const refs = row.map((value, i) => {
      params.push(value);
      const cast = casts[columns[i]];
      return `$${params.length + 1}${cast ? `::${cast}` : ''}`;
    });
    return `($1, ${refs.join(', ')})`;
  });
  return {
    sql: `INSERT INTO ${table} (tenant_id, ${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
    params,
  };
}

/**
 * The one way to run raw SQL against tenant-owned tables. The tenant is always `$1`; the SQL is
 * checked to use it. Runs in the current transaction when there is one (@Transactional()).
 */
@Injectable()
export class TenantSql {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async query<T = Record<string, unknown>>(
    tenantId: string,
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<T[]> {
    assertTenantScoped(sql);
    return rowsOf<T>(await this.txHost.tx.query(sql, [tenantId, ...params]));
  }

  async insertMany(
    tenantId: string,
    table: string,
    columns: readonly string[],
    rows: readonly (readonly unknown[])[],
    casts: Readonly<Record<string, string>> = {},
  ): Promise<void> {
    if (rows.length === 0) return;
    const { sql, params } = insertManySql(table, columns, rows, casts);
    await this.query(tenantId, sql, params);
  }

  /**
   * Serialises transactions on one key of the tenant until commit or rollback (a transaction
   * advisory lock on a 64-bit hash of `tenant:key`; released by PostgreSQL when the session
   * dies). Waits for the holder.
   */
  async lockKey(tenantId: string, key: string): Promise<void> {
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `${tenantId}:${key}`,
    ]);
  }

  /** `lockKey` without waiting: false when another transaction holds the key. */
  async tryLockKey(tenantId: string, key: string): Promise<boolean> {
    if (!this.inTransaction) throw new Error('tryLockKey outside a transaction locks nothing');
    const [row] = rowsOf<{ locked: boolean }>(
      await this.txHost.tx.query(
        'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked',
        [`${tenantId}:${key}`],
      ),
    );
    return row.locked;
  }

  /** True when the caller runs inside a transaction (the outbox requires one). */
  get inTransaction(): boolean {
    return this.txHost.isTransactionActive();
  }

  /** Runs `work` in the current transaction, or in a new one. */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    return this.txHost.withTransaction(work);
  }

  /**
   * Runs `work` in a savepoint of the current transaction (a new transaction when there is
   * none): when it throws, what it wrote is undone and the transaction goes on.
   */
  savepoint<T>(work: () => Promise<T>): Promise<T> {
    return this.txHost.withTransaction(Propagation.Nested, work);
  }
}
