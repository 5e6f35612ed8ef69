import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../../database/tenant-owned.entity';

export interface ChecklistItem {
  id: string;
  title: string;
  required: boolean;
  done: boolean;
  doneBy: { type: string; id: string | null } | null;
  doneAt: string | null;
}

/** A checklist attached to a ticket: a copy of its template's items at the time. */
@Entity('ticket_checklists')
export class TicketChecklistEntity extends VersionedEntity {
  @Column('uuid')
  ticketId: string;

  @Column('uuid', { nullable: true })
  templateId: string | null;

  @Column('text')
  name: string;

  @Column('jsonb')
  items: ChecklistItem[];

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  completedAt: Date | null;
}
