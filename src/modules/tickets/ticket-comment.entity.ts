import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

export const AUTHOR_TYPES = ['agent', 'customer', 'api_key', 'workflow', 'system'] as const;
export type AuthorType = (typeof AUTHOR_TYPES)[number];

@Entity('ticket_comments')
export class TicketCommentEntity extends TenantOwnedEntity {
  @Column('uuid')
  ticketId: string;

  @Column('text')
  body: string;

  @Column('boolean')
  public: boolean;

  @Column('text')
  authorType: AuthorType;

  @Column('uuid', { nullable: true })
  authorId: string | null;

  /** Detected when the comment says clearly; else it is the ticket's. */
  @Column('text', { nullable: true })
  language: string | null;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  createdAt: Date;
}
