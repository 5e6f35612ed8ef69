import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../../database/tenant-owned.entity';
import type { RuleAction } from '../rules/actions';

@Entity('macros')
export class MacroEntity extends VersionedEntity {
  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('boolean')
  public: boolean;

  @Column('jsonb')
  actions: RuleAction[];
}
