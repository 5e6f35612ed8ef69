import { readOne } from '../../database/read';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { VersionedRepository } from '../../database/tenant.repository';
import { AgentEntity } from './agent.entity';

@Injectable()
export class AgentsRepository extends VersionedRepository<AgentEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, AgentEntity, 'Agent', 'a', true);
  }

  findByEmail(tenantId: string, email: string): Promise<AgentEntity | null> {
    return readOne(this.live(tenantId).andWhere('lower(a.email) = lower(:email)', { email }));
  }
}
