import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/principal';
import type { NewEvent } from '../../common/events/outbox.service';
import type { TicketModel } from './dto/ticket.model';
import type { TicketCommentModel } from './dto/ticket-comment.model';
import type { TicketPriority, TicketStatus } from './ticket.entity';

/** What fired a ticket change; workflow rules choose by these. */
export const TICKET_TRIGGERS = [
  'ticket.created',
  'ticket.updated',
  'ticket.status_changed',
  'ticket.comment_added',
  'feedback.received',
  'ticket.sla_breached',
] as const;
export type TicketTrigger = (typeof TICKET_TRIGGERS)[number];

/** Fields a hook may change (through `set`, audited with the hook's actor), with their values. */
export interface HookSettable {
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId: string | null;
  groupId: string | null;
  tags: string[];
  slaPolicyId: string | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaBreached: string[];
  negativeFeedback: boolean;
}

/** The SLA clock's bookkeeping columns (not part of the API model, never audited). */
export interface SlaClock {
  consumedSeconds: number;
  clockAt: Date | null;
  nextDueAt: Date | null;
  /** Readings kept for reports when first response / solve happen with this change. */
  firstResponseSeconds?: number | null;
  resolutionSeconds?: number | null;
  businessHours?: boolean;
}

/**
 * One change of one ticket, as hooks see it: inside the change's transaction, after tickets
 * computed its own part of the change and before anything is written. The ticket row is locked.
 */
export interface TicketChange {
  readonly tenantId: string;
  /** Who made the change (an API key, an agent, a customer, the system). */
  readonly actor: Actor;
  /** The ticket before the change; null while it is being created. */
  readonly before: TicketModel | null;
  /**
   * The ticket as it will be written, including what earlier hooks set. A new object after
   * every field change, the same one otherwise (so `after !== earlier` means "changed").
   */
  readonly after: TicketModel;
  /** What fired the change. */
  readonly triggers: ReadonlySet<TicketTrigger>;
  /** The comment this change adds, if any. */
  readonly comment: TicketCommentModel | null;
  /** Data of the trigger: `{ feedback }` for feedback.received, `{ target }` for ticket.sla_breached. */
  readonly context: Readonly<Record<string, unknown>>;

  /** True when `field` differs between `before` and `after` (always true on creation). */
  changed(field: keyof TicketModel): boolean;
  /**
   * Changes a field, audited with `actor` (e.g. the rule that did it). Without `actor`: on an
   * update, audited with the change's actor; on a creation, part of the new ticket, unaudited.
   */
  set<K extends keyof HookSettable>(field: K, value: HookSettable[K], actor?: Actor): void;
  /** The SLA clock as it will be written. */
  readonly clock: SlaClock;
  /** Updates the SLA clock's bookkeeping (no audit: due times are audited through `set`). */
  setClock(clock: SlaClock): void;
  /** Adds an internal note (or a public reply) to the ticket with this change. */
  addComment(comment: { body: string; public: boolean }, actor: Actor): void;
  /** Records an audit row that is not a field change (a checklist attached, a rule chain stopped). */
  audit(field: string, before: unknown, after: unknown, actor: Actor): void;
  /** An extra outbox event, written with the ticket's own events. */
  emit(event: NewEvent): void;
  /** Work that needs the ticket row to exist (rows referencing it); runs before the events are written. */
  afterWrite(work: (ticket: TicketModel) => Promise<void>): void;
}

export interface TicketHook {
  readonly name: string;
  /** Lower runs first: rules (100), checklists (150), SLA (200), gates (900). */
  readonly order: number;
  beforeWrite(change: TicketChange): Promise<void>;
}

/**
 * The seam other modules use to act inside a ticket change, the way `CustomerTimeline.register`
 * feeds the timeline: tickets never imports them. Register in `onModuleInit`.
 */
@Injectable()
export class TicketHooks {
  private hooks: TicketHook[] = [];

  register(hook: TicketHook): void {
    this.hooks = [...this.hooks, hook].sort((a, b) => a.order - b.order);
  }

  all(): readonly TicketHook[] {
    return this.hooks;
  }
}
