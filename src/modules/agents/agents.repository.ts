import { readOne } from '../../database/read';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { SelectQueryBuilder } from 'typeorm';
import { VersionedRepository } from '../../database/tenant.repository';
import { AgentEntity } from './agent.entity';

@Injectable()
export class AgentsRepository extends VersionedRepository<AgentEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, AgentEntity, 'Agent', 'a');
  }

  /** Agents that are not deleted: deleted agents answer 404 like missing ones. */
  live(tenantId: string): SelectQueryBuilder<AgentEntity> {
    return this.scoped(tenantId).andWhere('a.deletedAt IS NULL');
  }

  override async findById(tenantId: string, id: string): Promise<AgentEntity | null> {
    const row = await super.findById(tenantId, id);
    return row && !row.deletedAt ? row : null;
  }

  findByEmail(tenantId: string, email: string): Promise<AgentEntity | null> {
    return readOne(this.live(tenantId).andWhere('lower(a.email) = lower(:email)', { email }));
  }
}
