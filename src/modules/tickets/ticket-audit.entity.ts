import type { Actor } from '../../common/auth/principal';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** One changed field of a ticket: before, after, who, when. */
@Entity('ticket_audits')
export class TicketAuditEntity extends TenantOwnedEntity {
  @Column('uuid')
  ticketId: string;

  @Column('text')
  field: string;

  @Column('jsonb', { nullable: true })
  before: unknown;

  @Column('jsonb', { nullable: true })
  after: unknown;

  @Column('text')
  actorType: Actor['type'];

  @Column('text', { nullable: true })
  actorId: string | null;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  createdAt: Date;
}
