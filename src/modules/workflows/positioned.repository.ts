import { readMany } from '../../database/read';
import { VersionedRepository } from '../../database/tenant.repository';
import { VersionedEntity } from '../../database/tenant-owned.entity';
import { Page, paginate } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';

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

  /** The tenant's enabled ones in order (read inside every ticket change). */
  enabled(tenantId: string): Promise<E[]> {
    return readMany(
      this.scoped(tenantId)
        .andWhere(`${this.alias}.enabled`)
        .orderBy(`${this.alias}.position`, 'ASC')
        .addOrderBy(`${this.alias}.id`, 'ASC'),
    );
  }
}
