import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import type { FeedbackKind } from './satisfaction';

export type SurveyStatus = 'open' | 'expired' | 'revoked';

/**
 * A one-click survey of one ticket. Its links are signed, not stored; the row says whether it
 * still takes answers and whom the answer is about (the ticket as it was when requested).
 */
@Entity('surveys')
export class SurveyEntity extends TenantOwnedEntity {
  @Column('uuid')
  ticketId: string;

  @Column('text')
  kind: FeedbackKind;

  @Column('text', { default: 'open' })
  status: SurveyStatus;

  @Column('uuid')
  customerId: string;

  @Column('uuid', { nullable: true })
  agentId: string | null;

  @Column('uuid', { nullable: true })
  groupId: string | null;

  @Column('text')
  channel: string;

  @Column('text', { nullable: true })
  locale: string | null;

  @Column('timestamp with time zone', { precision: 3 })
  expiresAt: Date;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  createdAt: Date;
}
