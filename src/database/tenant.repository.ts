import {
  EntityManager,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
  UpdateQueryBuilder,
} from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AppError } from '../common/errors/app-error';
import { isUuid, newId, timeOfId } from './ids';
import { entitiesOf, readMany, sqlOf } from './read';
import { TenantOwnedEntity, VersionedEntity } from './tenant-owned.entity';
import { rowsOf, TenantSql, Tx } from './tenant-sql';
import { expectedVersions, ExpectedVersion } from '../common/http/if-match';

export type { Tx };

/**
 * The one place tenant scoping lives. Every query a feature repository builds starts from
 * `scoped(tenantId)` / `scopedFor()`, raw SQL goes through `sql(tenantId, …)` (which refuses
 * SQL that does not filter on `tenant_id = $1`), every write sets `tenant_id` here. The
 * unscoped entity manager is private to this class: a subclass cannot reach around it.
 * Missing and another tenant's rows look the same: null / 404.
 */
export abstract class TenantRepository<E extends TenantOwnedEntity> {
  /** Raw SQL goes through the same checks as everywhere else (tenant is `$1`). */
  private readonly tenantSql: TenantSql;

  protected constructor(
    protected readonly txHost: Tx,
    protected readonly target: EntityTarget<E>,
    /** Human name for errors: "Agent 0190… does not exist." */
    private readonly resourceName: string,
    protected readonly alias: string,
    /** Rows with `deleted_at` set answer like missing ones (soft delete). */
    private readonly softDelete = false,
  ) {
    this.tenantSql = new TenantSql(txHost);
  }

  /** The current transaction's manager when inside @Transactional(), the pool otherwise. */
  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  /** Raw SQL of this repository's tables; the tenant is `$1`, `params` follow from `$2`. */
  protected sql<T = Record<string, unknown>>(
    tenantId: string,
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<T[]> {
    return this.tenantSql.query<T>(tenantId, sql, params);
  }

  /** Inserts rows of one of the feature's tables in one statement (see `insertManySql`). */
  protected insertMany(
    tenantId: string,
    table: string,
    columns: readonly string[],
    rows: readonly (readonly unknown[])[],
    casts: Readonly<Record<string, string>> = {},
  ): Promise<void> {
    return this.tenantSql.insertMany(tenantId, table, columns, rows, casts);
  }

  /**
   * The one unscoped query shape: a background job finding due work across tenants (SLA
   * breaches). It must return `tenant_id` with each row, and each row is then handled through
   * the tenant-scoped path. On Citus it fans out to every shard.
   */
  protected async acrossTenants<T extends { tenant_id: string }>(
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<T[]> {
    if (!/\btenant_id\b/.test(sql))
      throw new Error(`A cross-tenant query must return tenant_id:\n${sql}`);
    return rowsOf<T>(await this.manager.query(sql, [...params]));
  }

  /** `scoped()` for another table of the feature (comments, audits, versions…). */
  protected scopedFor<T extends ObjectLiteral>(
    target: EntityTarget<T>,
    alias: string,
    tenantId: string,
  ): SelectQueryBuilder<T> {
    return this.manager
      .createQueryBuilder(target, alias)
      .where(`${alias}.tenantId = :tenantId`, { tenantId });
  }

  /**
   * Serialises transactions on one key of the tenant (e.g. a requester's email) until commit.
   * Runs inside the caller's transaction.
   */
  protected lockKey(tenantId: string, key: string): Promise<void> {
    return this.tenantSql.lockKey(tenantId, key);
  }

  /** Runs `work` in a transaction with a planner setting for its queries only (`SET LOCAL`). */
  protected withPlannerSetting<T>(setting: 'enable_indexscan', work: () => Promise<T>): Promise<T> {
    return this.withSettings({ [setting]: 'off' }, work);
  }

  /** Runs `work` in a transaction with settings for its queries only (`SET LOCAL`). */
  protected withSettings<T>(
    settings: Partial<
      Record<'enable_indexscan' | 'work_mem' | 'max_parallel_workers_per_gather', string>
    >,
    work: () => Promise<T>,
  ): Promise<T> {
    return this.txHost.withTransaction(async () => {
      for (const [name, value] of Object.entries(settings)) {
        if (!/^[\w.]+$/.test(value)) throw new Error(`Bad setting value ${value}`);
        await this.manager.query(`SET LOCAL ${name} = '${value}'`);
      }
      return work();
    });
  }

  /** `SELECT … FROM <table> <alias> WHERE <alias>.tenant_id = :tenantId`. */
  scoped(tenantId: string): SelectQueryBuilder<E> {
    return this.manager
      .createQueryBuilder(this.target, this.alias)
      .where(`${this.alias}.tenantId = :tenantId`, { tenantId });
  }

  /** `scoped()` without soft-deleted rows: what every read of the API sees. */
  live(tenantId: string): SelectQueryBuilder<E> {
    const qb = this.scoped(tenantId);
    return this.softDelete ? qb.andWhere(`${this.alias}.deletedAt IS NULL`) : qb;
  }

  /** findById's statement: built once (QueryBuilder cost more than the query on a GET). */
  private byIdSql?: string;

  async findById(tenantId: string, id: string): Promise<E | null> {
    if (!isUuid(id)) return null;
    const tenant = '$tenant';
    const row = '$id';
    this.byIdSql ??= sqlOf(
      this.live(tenant).andWhere(`${this.alias}.id = :id`, { id: row }).limit(1),
      [tenant, row],
    );
    const rows = rowsOf<Record<string, unknown>>(
      await this.manager.query(this.byIdSql, [tenantId, id]),
    );
    const connection = this.manager.connection;
    return (
      entitiesOf<E>(connection, connection.getMetadata(this.target), this.alias, rows)[0] ?? null
    );
  }

  async findByIds(tenantId: string, ids: readonly string[]): Promise<E[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return readMany(this.live(tenantId).andWhere(`${this.alias}.id IN (:...ids)`, { ids: valid }));
  }

  async getById(tenantId: string, id: string): Promise<E> {
    const row = await this.findById(tenantId, id);
    if (!row) throw AppError.notFound(this.resourceName, id);
    return row;
  }

  /** 422 naming `field` when `id` is not a live row of the tenant (a reference in a request). */
  async assertReferenced(tenantId: string, id: string, field: string): Promise<void> {
    if (!(await this.findById(tenantId, id))) {
      throw AppError.missingReference(this.resourceName, id, field);
    }
  }

  async insert(tenantId: string, values: Omit<Partial<E>, 'tenantId'>): Promise<E> {
    const id = (values as { id?: string }).id ?? newId();
    // `createdAt` is the id's own clock: lists sorted by creation (which walk the id index)
    // and `createdAt` agree even when concurrent transactions commit out of order.
    const at = timeOfId(id);
    const stamps = Object.fromEntries(this.timestamps.map((column) => [column, at]));
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(this.target)
      .values({ ...stamps, ...values, tenantId, id } as unknown as QueryDeepPartialEntity<E>)
      .returning('*')
      .execute();
    return this.hydrate((result.raw as Record<string, unknown>[])[0]);
  }

  /** Which of `createdAt`/`updatedAt` the entity has (read once from its metadata). */
  private timestampColumns?: string[];

  private get timestamps(): string[] {
    return (this.timestampColumns ??= this.manager.connection
      .getMetadata(this.target)
      .columns.map((c) => c.propertyName)
      .filter((name) => name === 'createdAt' || name === 'updatedAt'));
  }

  /** Hard delete (for rows without history). Returns false when nothing matched. */
  async deleteById(
    tenantId: string,
    id: string,
    expectedVersion?: ExpectedVersion,
  ): Promise<boolean> {
    if (!isUuid(id)) return false;
    const qb = this.manager
      .createQueryBuilder()
      .delete()
      .from(this.target)
      .where('tenant_id = :tenantId AND id = :id', { tenantId, id });
    if (expectedVersion !== undefined)
      qb.andWhere('version = ANY(:expectedVersions)', {
        expectedVersions: expectedVersions(expectedVersion),
      });
    const res = await qb.execute();
    if ((res.affected ?? 0) > 0) return true;
    // `If-Match` did not hold: 412 when the row is there at another version, else missing.
    const current =
      expectedVersion === undefined
        ? null
        : ((await this.findById(tenantId, id)) as { version?: number } | null);
    if (current?.version !== undefined) throw AppError.preconditionFailed(current.version);
    return false;
  }

  /** `UPDATE <table> … WHERE tenant_id = :tenantId AND id = :id`, for `set()` and `returning()`. */
  protected updateScoped(tenantId: string, id: string): UpdateQueryBuilder<E> {
    return this.manager
      .createQueryBuilder()
      .update(this.target)
      .where('tenant_id = :tenantId AND id = :id', { tenantId, id });
  }

  /** The entity's mapping (columns, types), for statements written by hand. */
  protected get metadata() {
    return this.manager.connection.getMetadata(this.target);
  }

  /** Maps a raw `RETURNING *` row (snake_case, driver values) to an entity. */
  protected hydrate(raw: Record<string, unknown>): E {
    return this.hydrateAs(this.target, raw);
  }

  /** `hydrate()` for another table of the feature. */
  protected hydrateAs<T extends ObjectLiteral>(
    target: EntityTarget<T>,
    raw: Record<string, unknown>,
  ): T {
    const metadata = this.manager.connection.getMetadata(target);
    const driver = this.manager.connection.driver;
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      if (column.databaseName in raw) {
        column.setEntityValue(
          entity,
          driver.prepareHydratedValue(raw[column.databaseName], column),
        );
      }
    }
    return entity;
  }

  protected notFound(id: string): AppError {
    return AppError.notFound(this.resourceName, id);
  }
}

/**
 * Repositories of versioned resources: `update` bumps `version`, checks `If-Match` and locks
 * nothing longer than the UPDATE itself.
 */
export abstract class VersionedRepository<E extends VersionedEntity> extends TenantRepository<E> {
  /**
   * Applies `patch` where the row exists (and has `expectedVersion`, if given).
   * 404 when missing, 412 when the version moved on.
   */
  async update(
    tenantId: string,
    id: string,
    patch: QueryDeepPartialEntity<E>,
    expectedVersion?: ExpectedVersion,
  ): Promise<E> {
    if (!isUuid(id)) throw this.notFound(id);
    const qb = this.updateScoped(tenantId, id).set({
      ...patch,
      version: () => 'version + 1',
      updatedAt: () => 'now()',
    } as QueryDeepPartialEntity<E>);
    if (expectedVersion !== undefined)
      qb.andWhere('version = ANY(:expectedVersions)', {
        expectedVersions: expectedVersions(expectedVersion),
      });
    const res = await qb.returning('*').execute();
    if (!res.affected) {
      const current = await this.findById(tenantId, id);
      if (!current) throw this.notFound(id);
      throw AppError.preconditionFailed(current.version);
    }
    return this.hydrate((res.raw as Record<string, unknown>[])[0]);
  }
}
