import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../../database/tenant-owned.entity';
import type { Condition } from '../conditions';
import type { BusinessHours } from './business-hours';
import type { TargetMinutes } from './sla-clock';

@Entity('sla_policies')
export class SlaPolicyEntity extends VersionedEntity {
  @Column('text')
  name: string;

  @Column('jsonb')
  conditions: Condition[];

  @Column('jsonb')
  targets: Partial<Record<string, TargetMinutes>>;

  @Column('jsonb', { nullable: true })
  businessHours: BusinessHours | null;

  @Column('boolean')
  enabled: boolean;

  @Column('integer')
  position: number;
}
