import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { VersionedRepository } from '../../database/tenant.repository';
import { KbCategoryEntity } from './category.entity';

@Injectable()
export class KbCategoriesRepository extends VersionedRepository<KbCategoryEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, KbCategoryEntity, 'Category', 'k');
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
