import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ExpiringCache } from '../../common/cache/expiring-cache';
import { readMany } from '../../database/read';
import { VersionedRepository } from '../../database/tenant.repository';
import { VersionedEntity } from '../../database/tenant-owned.entity';
import { Page, paginate } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import type { ExpectedVersion } from '../../common/http/if-match';

/** How long another instance's change to rules or SLA policies may take to be seen here. */
export const ENABLED_TTL_MS = 5_000;

/** Resources applied in `position` order that can be switched off (rules, SLA policies). */
export abstract class PositionedRepository<
  E extends VersionedEntity & { position: number; enabled: boolean },
> extends VersionedRepository<E> {
  list(tenantId: string, page: PageQuery): Promise<Page<E>> {
    return paginate(this.scoped(tenantId), {
      sort: 'position',
      direction: 'ASC',
      keys: [{ property: 'position', kind: 'int' }],
      limit: page.limit,
      cursor: page.cursor,
    });
  }

  /**
   * The tenant's enabled ones in order. Read inside every ticket change, so kept in memory for
   * a few seconds: a change made through this instance is seen at once (`forget`), one made
   * through another instance within ENABLED_TTL_MS.
   */
  enabled(tenantId: string): Promise<E[]> {
    return this.cache.get(tenantId, () =>
      readMany(
        this.scoped(tenantId)
          .andWhere(`${this.alias}.enabled`)
          .orderBy(`${this.alias}.position`, 'ASC')
          .addOrderBy(`${this.alias}.id`, 'ASC'),
      ),
    );
  }

  override async insert(tenantId: string, values: Omit<Partial<E>, 'tenantId'>): Promise<E> {
    const row = await super.insert(tenantId, values);
    this.forget(tenantId);
    return row;
  }

  override async update(
    tenantId: string,
    id: string,
    patch: QueryDeepPartialEntity<E>,
    expectedVersion?: ExpectedVersion,
  ): Promise<E> {
    const row = await super.update(tenantId, id, patch, expectedVersion);
    this.forget(tenantId);
    return row;
  }

  override async deleteById(
    tenantId: string,
    id: string,
    expectedVersion?: ExpectedVersion,
  ): Promise<boolean> {
    const deleted = await super.deleteById(tenantId, id, expectedVersion);
    this.forget(tenantId);
    return deleted;
  }

  /** Drops the tenant's cached list (after a create, update or delete). */
  forget(tenantId: string): void {
    this.cache.delete(tenantId);
  }

  private readonly cache = new ExpiringCache<E[]>(ENABLED_TTL_MS);
}
