import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { readMany } from '../../../database/read';
import { VersionedRepository } from '../../../database/tenant.repository';
import { Page, paginate } from '../../../common/pagination/paginate';
import { PageQuery } from '../../../common/pagination/page.args';
import { WorkflowRuleEntity } from './workflow-rule.entity';

@Injectable()
export class RulesRepository extends VersionedRepository<WorkflowRuleEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, WorkflowRuleEntity, 'Workflow', 'r');
  }

  list(tenantId: string, page: PageQuery): Promise<Page<WorkflowRuleEntity>> {
    return paginate(this.scoped(tenantId), {
      sort: 'position',
      direction: 'ASC',
      keys: [{ property: 'position', kind: 'int' }],
      limit: page.limit,
      cursor: page.cursor,
    });
  }

  /** The tenant's enabled rules in run order (runs inside every ticket change). */
  enabled(tenantId: string): Promise<WorkflowRuleEntity[]> {
    return readMany(
      this.scoped(tenantId)
        .andWhere('r.enabled')
        .orderBy('r.position', 'ASC')
        .addOrderBy('r.id', 'ASC'),
    );
  }
}
