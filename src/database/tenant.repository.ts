import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EntityManager, EntityTarget, SelectQueryBuilder } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AppError } from '../common/errors/app-error';
import { isUuid, newId } from './ids';
import { readMany, readOne } from './read';
import { TenantOwnedEntity, VersionedEntity } from './tenant-owned.entity';

export type Tx = TransactionHost<TransactionalAdapterTypeOrm>;

/**
 * The one place tenant scoping lives. Every query a feature repository builds starts from
 * `scoped(tenantId)`, every write sets `tenant_id` here; a tenant-less query cannot be
 * written through this class. Missing and another tenant's rows look the same: null / 404.
 */
export abstract class TenantRepository<E extends TenantOwnedEntity> {
  protected constructor(
    protected readonly txHost: Tx,
    protected readonly target: EntityTarget<E>,
    /** Human name for errors: "Agent 0190… does not exist." */
    private readonly resourceName: string,
    protected readonly alias: string,
    /** Rows with `deleted_at` set answer like missing ones (soft delete). */
    private readonly softDelete = false,
  ) {}

  /** The current transaction's manager when inside @Transactional(), the pool otherwise. */
  protected get manager(): EntityManager {
    return this.txHost.tx;
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

  async findById(tenantId: string, id: string): Promise<E | null> {
    if (!isUuid(id)) return null;
    return readOne(this.live(tenantId).andWhere(`${this.alias}.id = :id`, { id }));
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

  async insert(tenantId: string, values: Omit<Partial<E>, 'tenantId'>): Promise<E> {
    const id = (values as { id?: string }).id ?? newId();
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(this.target)
      .values({ ...values, tenantId, id } as unknown as QueryDeepPartialEntity<E>)
      .returning('*')
      .execute();
    return this.hydrate((result.raw as Record<string, unknown>[])[0]);
  }

  /** Hard delete (for rows without history). Returns false when nothing matched. */
  async deleteById(tenantId: string, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const res = await this.manager
      .createQueryBuilder()
      .delete()
      .from(this.target)
      .where('tenant_id = :tenantId AND id = :id', { tenantId, id })
      .execute();
    return (res.affected ?? 0) > 0;
  }

  /** Maps a raw `RETURNING *` row (snake_case, driver values) to an entity. */
  protected hydrate(raw: Record<string, unknown>): E {
    const metadata = this.manager.connection.getMetadata(this.target);
    const driver = this.manager.connection.driver;
    const entity = metadata.create() as E;
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

  /** The raw table name, for SQL that QueryBuilder cannot express. */
  protected get table(): string {
    return this.manager.getRepository(this.target).metadata.tableName;
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
    expectedVersion?: number,
  ): Promise<E> {
    if (!isUuid(id)) throw this.notFound(id);
    const qb = this.manager
      .createQueryBuilder()
      .update(this.target)
      .set({
        ...patch,
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      } as QueryDeepPartialEntity<E>)
      .where('tenant_id = :tenantId AND id = :id', { tenantId, id });
    if (expectedVersion !== undefined)
      qb.andWhere('version = :expectedVersion', { expectedVersion });
    const res = await qb.returning('*').execute();
    if (!res.affected) {
      const current = await this.findById(tenantId, id);
      if (!current) throw this.notFound(id);
      throw preconditionFailed(current.version);
    }
    return this.hydrate((res.raw as Record<string, unknown>[])[0]);
  }
}

export function preconditionFailed(currentVersion: number): AppError {
  return new AppError(
    'precondition_failed',
    `The resource changed since you read it: it is at version ${currentVersion}. GET it again and retry with If-Match: "${currentVersion}".`,
  );
}
