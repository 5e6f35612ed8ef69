import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import type { FeedbackKind } from './satisfaction';

export const FEEDBACK_SOURCES = ['api', 'survey'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

/** One CSAT or NPS response. Never edited by agents; a survey answer changes through its link. */
@Entity('feedback')
export class FeedbackEntity extends TenantOwnedEntity {
  @Column('text')
  kind: FeedbackKind;

  @Column('smallint')
  score: number;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('uuid', { nullable: true })
  customerId: string | null;

  @Column('uuid', { nullable: true })
  ticketId: string | null;

  @Column('uuid', { nullable: true })
  agentId: string | null;

  @Column('uuid', { nullable: true })
  groupId: string | null;

  @Column('text', { nullable: true })
  channel: string | null;

  @Column('text')
  source: FeedbackSource;

  @Column('uuid', { nullable: true })
  surveyId: string | null;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
