import type { Actor } from '../../common/auth/principal';
import type { NewEvent } from '../../common/events/outbox.service';
import type { TicketModel } from './dto/ticket.model';
import type { TicketCommentModel } from './dto/ticket-comment.model';
import type { HookSettable, SlaClock, TicketChange, TicketTrigger } from './ticket-hooks';
import type { TicketEntity, TicketStatus } from './ticket.entity';
import { toModel } from './ticket.mapper';

export interface AuditRow {
  field: string;
  before: unknown;
  after: unknown;
  /** Who made this part of the change; the change's actor when absent. */
  actor?: Actor;
}

export interface PendingComment {
  body: string;
  public: boolean;
  actor: Actor;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One ticket change being computed: the fields to write, their audit rows, comments to add and
 * events to publish. Tickets fills it with its own rules, then hands it to the registered hooks
 * (workflow rules, checklists, SLA, surveys) as a `TicketChange`, then writes it all in the
 * same transaction.
 */
export class ChangeRun implements TicketChange {
  readonly patch: Partial<TicketEntity> = {};
  readonly audits: AuditRow[] = [];
  readonly pendingComments: PendingComment[] = [];
  readonly events: NewEvent[] = [];
  readonly afterWork: ((ticket: TicketModel) => Promise<void>)[] = [];
  readonly triggers: Set<TicketTrigger>;
  readonly before: TicketModel | null;
  private current: TicketEntity;
  private model: TicketModel;

  constructor(
    readonly tenantId: string,
    readonly actor: Actor,
    /** The row as read (locked); for a creation, the row about to be inserted. */
    readonly base: TicketEntity,
    readonly isCreation: boolean,
    triggers: TicketTrigger[],
    readonly comment: TicketCommentModel | null = null,
    readonly context: Readonly<Record<string, unknown>> = {},
  ) {
    this.triggers = new Set(triggers);
    this.before = isCreation ? null : toModel(base);
    this.current = base;
    this.model = toModel(base);
  }

  get after(): TicketModel {
    return this.model;
  }

  /** The entity as it will be written. */
  get row(): TicketEntity {
    return this.current;
  }

  changed(field: keyof TicketModel): boolean {
    return this.before === null || !same(this.before[field], this.model[field]);
  }

  /** True when the change writes anything. */
  get isEmpty(): boolean {
    return (
      Object.keys(this.patch).length === 0 &&
      this.audits.length === 0 &&
      this.pendingComments.length === 0 &&
      this.events.length === 0 &&
      this.comment === null
    );
  }

  /** A field change by tickets itself or by a hook; audited, status rules applied. */
  set<K extends keyof HookSettable>(field: K, value: HookSettable[K], actor?: Actor): void {
    this.setField(field, value, actor);
  }

  setField(field: keyof TicketEntity & string, value: unknown, actor?: Actor): void {
    const before = this.current[field];
    if (same(before, value)) return;
    this.assign(field, value);
    if (!this.isCreation || actor) this.audits.push({ field, before, after: value, actor });
    if (field === 'status') this.applyStatusRules(before as TicketStatus, value as TicketStatus);
    if (field === 'status' && !this.isCreation) this.triggers.add('ticket.status_changed');
  }

  get clock(): SlaClock {
    return {
      consumedSeconds: this.current.slaConsumedSeconds,
      clockAt: this.current.slaClockAt,
      nextDueAt: this.current.slaNextDueAt,
    };
  }

  setClock(clock: SlaClock): void {
    this.assign('slaConsumedSeconds', clock.consumedSeconds);
    this.assign('slaClockAt', clock.clockAt);
    this.assign('slaNextDueAt', clock.nextDueAt);
    if (clock.firstResponseSeconds !== undefined)
      this.assign('firstResponseSeconds', clock.firstResponseSeconds);
    if (clock.resolutionSeconds !== undefined)
      this.assign('resolutionSeconds', clock.resolutionSeconds);
    if (clock.businessHours !== undefined) this.assign('slaBusinessHours', clock.businessHours);
  }

  /** Bookkeeping a report counts (not a field of the API, not audited). */
  count(field: 'publicAgentReplies', by: number): void {
    this.assign(field, this.current[field] + by);
  }

  /** Status transitions of this change, in order: (from, to, by whom). */
  statusTransitions(): { from: string | null; to: string; actor: Actor }[] {
    return this.audits
      .filter((a) => a.field === 'status')
      .map((a) => ({
        from: a.before as string,
        to: a.after as string,
        actor: a.actor ?? this.actor,
      }));
  }

  addComment(comment: { body: string; public: boolean }, actor: Actor): void {
    this.pendingComments.push({ ...comment, actor });
  }

  audit(field: string, before: unknown, after: unknown, actor: Actor): void {
    this.audits.push({ field, before, after, actor });
  }

  emit(event: NewEvent): void {
    this.events.push(event);
  }

  afterWrite(work: (ticket: TicketModel) => Promise<void>): void {
    this.afterWork.push(work);
  }

  /** `{field: {before, after}}` of every field change, for `ticket.updated`. */
  changes(): Record<string, { before: unknown; after: unknown }> {
    return Object.fromEntries(
      this.audits
        .filter((a) => a.field in this.current)
        .map((a) => [a.field, { before: a.before, after: a.after }]),
    );
  }

  private assign(field: string, value: unknown): void {
    (this.patch as Record<string, unknown>)[field] = value;
    this.current = Object.assign(Object.create(Object.getPrototypeOf(this.current)), this.current, {
      [field]: value,
    }) as TicketEntity;
    this.model = toModel(this.current);
  }

  /** Solving stamps `solvedAt`; leaving `solved` (but for `closed`) is a reopen; closing stamps `closedAt`. */
  private applyStatusRules(previous: TicketStatus, next: TicketStatus): void {
    const now = new Date();
    if (next === 'solved') this.setField('solvedAt', now);
    if (previous === 'solved' && next !== 'solved' && next !== 'closed') {
      this.setField('reopenCount', this.current.reopenCount + 1);
      this.setField('solvedAt', null);
    }
    if (next === 'closed') this.assign('closedAt', now);
  }
}
