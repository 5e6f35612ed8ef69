import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import type { Actor } from '../auth/principal';

/**
 * One row of the transactional outbox. The table also has `position` (identity) and `txid`
 * (the writing transaction), both set by PostgreSQL and read with SQL by OutboxService.
 */
@Entity('events')
export class EventEntity extends TenantOwnedEntity {
  @Column('text')
  type: string;

  @Column('text')
  resourceType: string;

  @Column('uuid')
  resourceId: string;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @Column('jsonb', { nullable: true })
  actor: Actor | null;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  createdAt: Date;
}
