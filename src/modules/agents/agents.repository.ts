import { readOne } from '../../database/read';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { VersionedRepository } from '../../database/tenant.repository';
import { Page, paginateById } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { AgentEntity } from './agent.entity';
import type { AgentFilter } from './dto/list-agents.args';

@Injectable()
export class AgentsRepository extends VersionedRepository<AgentEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, AgentEntity, 'Agent', 'a', true);
  }

  /** One page of the tenant's live agents matching `filter`, oldest first. */
  list(tenantId: string, filter: AgentFilter, page: PageQuery): Promise<Page<AgentEntity>> {
    const qb = this.live(tenantId);
    if (filter.role) qb.andWhere('a.role = :role', { role: filter.role });
    if (filter.active !== undefined) qb.andWhere('a.active = :active', { active: filter.active });
    if (filter.email) qb.andWhere('lower(a.email) = lower(:email)', { email: filter.email });
    return paginateById(qb, page);
  }

  findByEmail(tenantId: string, email: string): Promise<AgentEntity | null> {
    return readOne(this.live(tenantId).andWhere('lower(a.email) = lower(:email)', { email }));
  }
}
