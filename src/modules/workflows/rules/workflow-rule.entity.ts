import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../../database/tenant-owned.entity';
import type { Condition } from '../conditions';
import type { RuleAction } from './actions';

@Entity('workflow_rules')
export class WorkflowRuleEntity extends VersionedEntity {
  @Column('text')
  name: string;

  @Column('text')
  trigger: string;

  @Column('jsonb')
  conditions: Condition[];

  @Column('jsonb')
  actions: RuleAction[];

  @Column('boolean')
  enabled: boolean;

  @Column('integer')
  position: number;
}
