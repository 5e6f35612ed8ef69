import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../database/tenant-owned.entity';

export const TICKET_STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const TICKET_TYPES = ['question', 'incident', 'problem', 'complaint', 'task'] as const;
export const TICKET_CHANNELS = [
  'email',
  'phone',
  'chat',
  'web',
  'social',
  'sms',
  'api',
  'in_person',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export type TicketType = (typeof TICKET_TYPES)[number];
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

@Entity('tickets')
export class TicketEntity extends VersionedEntity {
  @Column('bigint')
  number: string;

  @Column('text')
  subject: string;

  @Column('text')
  description: string;

  @Column('text')
  status: TicketStatus;

  @Column('text')
  priority: TicketPriority;

  @Column({ type: 'smallint', insert: false, update: false })
  priorityRank: number;

  @Column('text', { nullable: true })
  type: TicketType | null;

  @Column('text')
  channel: TicketChannel;

  @Column('text', { nullable: true })
  category: string | null;

  @Column('text', { array: true })
  tags: string[];

  @Column('uuid')
  customerId: string;

  @Column('uuid', { nullable: true })
  assigneeId: string | null;

  @Column('uuid', { nullable: true })
  groupId: string | null;

  @Column('jsonb')
  customFields: Record<string, unknown>;

  @Column('text', { nullable: true })
  externalId: string | null;

  @Column('text', { nullable: true })
  resolution: string | null;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  firstResponseAt: Date | null;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  solvedAt: Date | null;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  closedAt: Date | null;

  @Column('integer')
  reopenCount: number;

  @Column('uuid', { nullable: true })
  slaPolicyId: string | null;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  firstResponseDueAt: Date | null;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  resolutionDueAt: Date | null;

  @Column('text', { array: true })
  slaBreached: string[];

  @Column('boolean')
  negativeFeedback: boolean;

  /** ISO 639-1 code of the language the ticket is written in; null when unknown. */
  @Column('text', { nullable: true })
  language: string | null;

  /** The text search configuration of `language` (`kb_simple` when unknown). */
  @Column('text')
  searchConfig: string;

  /** SLA clock: opening-time seconds run up to `slaClockAt`. */
  @Column('integer')
  slaConsumedSeconds: number;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  slaClockAt: Date | null;

  /** The SLA clock's reading at the first public reply / the last solve (see `slaBusinessHours`). */
  @Column('integer', { nullable: true })
  firstResponseSeconds: number | null;

  @Column('integer', { nullable: true })
  resolutionSeconds: number | null;

  /** True when those readings count opening hours (the policy has business hours). */
  @Column('boolean')
  slaBusinessHours: boolean;

  @Column('integer')
  publicAgentReplies: number;

  /** The earliest due time still to check for a breach. */
  @Column('timestamp with time zone', { precision: 3, nullable: true })
  slaNextDueAt: Date | null;

  /** Maintained by the service with SQL; never read into the entity. */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  search: string;

  /** Lower-cased, unaccented text for substring search in scripts without spaces. */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText: string;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  deletedAt: Date | null;
}
