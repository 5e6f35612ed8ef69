import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PositionedRepository } from '../positioned.repository';
import { WorkflowRuleEntity } from './workflow-rule.entity';

@Injectable()
export class RulesRepository extends PositionedRepository<WorkflowRuleEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, WorkflowRuleEntity, 'Workflow', 'r');
  }
}
