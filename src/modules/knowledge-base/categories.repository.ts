import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { VersionedRepository } from '../../database/tenant.repository';
import { Page, paginate } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { KbCategoryEntity } from './category.entity';

@Injectable()
export class KbCategoriesRepository extends VersionedRepository<KbCategoryEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, KbCategoryEntity, 'Category', 'k');
  }

  /** One page of the tenant's categories (the children of `parentId`, if given), by position. */
  list(
    tenantId: string,
    parentId: string | undefined,
    page: PageQuery,
  ): Promise<Page<KbCategoryEntity>> {
    const qb = this.scoped(tenantId);
    if (parentId) qb.andWhere('k.parentId = :parentId', { parentId });
    return paginate(qb, {
      sort: 'position',
      direction: 'ASC',
      keys: [{ property: 'position', kind: 'int' }],
      limit: page.limit,
      cursor: page.cursor,
    });
  }

  /** Ids of `id` and every category above it (to refuse cycles). */
  async ancestorsOf(tenantId: string, id: string): Promise<string[]> {
    const rows: { id: string }[] = await this.sql(
      tenantId,
      `WITH RECURSIVE up AS (
         SELECT id, parent_id FROM kb_categories WHERE tenant_id = $1 AND id = $2
         UNION SELECT c.id, c.parent_id FROM kb_categories c JOIN up ON c.tenant_id = $1 AND c.id = up.parent_id
       ) SELECT id FROM up`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  async hasChildren(tenantId: string, id: string): Promise<boolean> {
    const rows: { n: number }[] = await this.sql(
      tenantId,
      `SELECT (SELECT count(*) FROM kb_categories WHERE tenant_id = $1 AND parent_id = $2)::int AS n`,
      [id],
    );
    return rows[0].n > 0;
  }
}
