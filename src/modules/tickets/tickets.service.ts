import { Injectable } from '@nestjs/common';
import { Propagation, Transactional } from '@nestjs-cls/transactional';
import { Actor } from '../../common/auth/principal';
import { AppError } from '../../common/errors/app-error';
import { conflictOnDuplicate } from '../../common/errors/conflicts';
import { toAppError, toProblem } from '../../common/errors/problem';
import { FEED_START, NewEvent, OutboxService } from '../../common/events/outbox.service';
import { mapPage, Page } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { newId, timeOfId } from '../../database/ids';
import { AgentsService } from '../agents/agents.service';
import { CustomerModel } from '../customers/dto/customer.model';
import { CustomersService } from '../customers/customers.service';
import { detectLanguage, languageOf, searchConfigFor } from '../../common/text/languages';
import { GroupsService } from '../groups/groups.service';
import { BulkResultModel } from './dto/bulk.model';
import { ExportPageModel } from './dto/export.model';
import { TicketFilter, TicketSort } from './dto/list-tickets.args';
import { CreateTicketInput, RequesterInput, UpdateTicketInput } from './dto/ticket.input';
import { AddCommentInput } from './dto/add-comment.input';
import { TicketModel } from './dto/ticket.model';
import { TicketAuditModel } from './dto/ticket-audit.model';
import { TicketCommentModel } from './dto/ticket-comment.model';
import { ChangeRun } from './ticket-change';
import { HookSettable, TicketChange, TicketHooks, TicketTrigger } from './ticket-hooks';
import { TicketSettings } from './ticket-settings';
import { commentModel, toModel } from './ticket.mapper';
import { TicketEntity } from './ticket.entity';
import { TicketsRepository } from './tickets.repository';
import { ExpectedVersion, versionMatches } from '../../common/http/if-match';

/** Who writes a comment; resolved by the transport from the caller. */
export interface CommentAuthor {
  type: 'agent' | 'customer';
  id: string | null;
}

/** A change other modules make to a ticket (a macro, an SLA breach, a feedback response). */
export interface TicketChangeSpec {
  /** The fields to set, or a function of the ticket as locked for the change. */
  fields?: Partial<HookSettable> | ((current: TicketModel) => Partial<HookSettable>);
  comment?: { body: string; public: boolean; authorId?: string | null };
  triggers: TicketTrigger[];
  context?: Record<string, unknown>;
  /** More changes by the caller (a macro's actions), before the registered hooks run. */
  apply?: (change: TicketChange) => Promise<void>;
  /** Refuse the change on a closed ticket (422) instead of skipping it. */
  refuseClosed?: boolean;
}

/** Fields a PATCH may set, in audit order. */
const PATCHABLE = [
  'subject',
  'description',
  'customerId',
  'status',
  'priority',
  'type',
  'channel',
  'category',
  'tags',
  'assigneeId',
  'groupId',
  'customFields',
  'externalId',
  'resolution',
] as const;

const CHANGE_EVENT_TYPES = ['ticket.created', 'ticket.updated'];

/**
 * Tickets. Every write (create, PATCH, comment, bulk, macro, feedback, SLA breach) goes through
 * one pipeline: tickets computes its part of the change, the registered hooks (`TicketHooks`:
 * workflow rules, checklists, SLA, surveys) add theirs inside the same transaction, then the row,
 * its audit trail, comments and outbox events are written together.
 */
@Injectable()
export class TicketsService {
  constructor(
    private readonly tickets: TicketsRepository,
    private readonly customers: CustomersService,
    private readonly agents: AgentsService,
    private readonly groups: GroupsService,
    private readonly outbox: OutboxService,
    private readonly hooks: TicketHooks,
    private readonly settings: TicketSettings,
  ) {}

  /** Creates a ticket: the customer (found or created from `requester`), a gapless number, audit and events in one transaction. */
  @Transactional()
  async create(tenantId: string, input: CreateTicketInput, actor: Actor): Promise<TicketModel> {
    const customer = await this.resolveCustomer(tenantId, input, actor);
    const customerId = customer.id;
    await this.assertAssignable(tenantId, input.assigneeId, input.groupId);
    const language =
      languageOf(input.language) ??
      languageOf(customer.locale) ??
      detectLanguage(`${input.subject}\n${input.description}`) ??
      (await this.settings.get(tenantId)).defaultLanguage;
    const id = newId();
    const draft = Object.assign(new TicketEntity(), {
      tenantId,
      id,
      number: '0',
      subject: input.subject,
      description: input.description,
      status: 'new',
      priority: input.priority ?? 'normal',
      type: input.type ?? null,
      channel: input.channel ?? 'api',
      category: input.category ?? null,
      tags: input.tags ?? [],
      customerId,
      assigneeId: input.assigneeId ?? null,
      groupId: input.groupId ?? null,
      customFields: input.customFields ?? {},
      externalId: input.externalId ?? null,
      resolution: null,
      firstResponseAt: null,
      solvedAt: null,
      closedAt: null,
      reopenCount: 0,
      slaPolicyId: null,
      firstResponseDueAt: null,
      resolutionDueAt: null,
      slaBreached: [],
      negativeFeedback: false,
      language,
      searchConfig: searchConfigFor(language ?? ''),
      slaConsumedSeconds: 0,
      firstResponseSeconds: null,
      resolutionSeconds: null,
      slaBusinessHours: false,
      publicAgentReplies: 0,
      slaClockAt: null,
      slaNextDueAt: null,
      version: 1,
      createdAt: timeOfId(id),
      updatedAt: timeOfId(id),
      deletedAt: null,
    } satisfies Omit<TicketEntity, 'priorityRank' | 'search' | 'searchText'>) as TicketEntity;
    const run = new ChangeRun(tenantId, actor, draft, true, ['ticket.created']);
    const created = run.after;
    await this.runHooks(run);
    return this.writeCreation(run, created);
  }

  async get(tenantId: string, id: string): Promise<TicketModel> {
    return toModel(await this.tickets.getById(tenantId, id));
  }

  async getMany(tenantId: string, ids: readonly string[]): Promise<TicketModel[]> {
    return (await this.tickets.findByIds(tenantId, ids)).map(toModel);
  }

  async list(
    tenantId: string,
    filter: TicketFilter,
    page: PageQuery & { sort?: TicketSort },
  ): Promise<Page<TicketModel>> {
    return mapPage(await this.tickets.list(tenantId, filter, page), toModel);
  }

  /** PATCH: applies the status rules, records every changed field, emits the events. */
  @Transactional()
  async update(
    tenantId: string,
    id: string,
    input: UpdateTicketInput,
    actor: Actor,
    expectedVersion?: ExpectedVersion,
  ): Promise<TicketModel> {
    const current = await this.tickets.getForUpdate(tenantId, id);
    if (!versionMatches(expectedVersion, current.version))
      throw AppError.preconditionFailed(current.version);
    assertNotClosed(current);
    if (input.customerId && input.customerId !== current.customerId)
      await this.customers.assertReferenced(tenantId, input.customerId, 'customerId');
    await this.assertAssignable(
      tenantId,
      input.assigneeId !== current.assigneeId ? input.assigneeId : undefined,
      input.groupId !== current.groupId ? input.groupId : undefined,
    );
    const run = new ChangeRun(tenantId, actor, current, false, ['ticket.updated']);
    for (const field of PATCHABLE) {
      if (input[field] !== undefined) run.setField(field, input[field]);
    }
    if (input.language !== undefined) {
      const language = languageOf(input.language);
      run.setField('language', language);
      run.setField('searchConfig', searchConfigFor(language ?? ''));
    }
    return this.writeUpdate(run);
  }

  /**
   * A change made by another module (a macro, an SLA breach, a feedback response) through the
   * same pipeline as a PATCH. Runs in the caller's transaction. A closed ticket is left alone
   * (or refused with `refuseClosed`).
   */
  @Transactional()
  async applyChange(
    tenantId: string,
    ticketId: string,
    spec: TicketChangeSpec,
    actor: Actor,
  ): Promise<TicketModel> {
    const current = await this.tickets.getForUpdate(tenantId, ticketId);
    if (current.status === 'closed') {
      if (spec.refuseClosed) assertNotClosed(current);
      return toModel(current);
    }
    const comment = spec.comment
      ? await this.insertComment(tenantId, current, {
          body: spec.comment.body,
          public: spec.comment.public,
          authorType: 'agent',
          authorId: spec.comment.authorId ?? null,
        })
      : null;
    const run = new ChangeRun(
      tenantId,
      actor,
      current,
      false,
      spec.triggers,
      comment,
      spec.context ?? {},
    );
    if (comment) this.applyCommentRules(run, comment);
    const fields = typeof spec.fields === 'function' ? spec.fields(toModel(current)) : spec.fields;
    for (const [field, value] of Object.entries(fields ?? {})) {
      run.setField(field as keyof HookSettable, value);
    }
    if (spec.apply) await spec.apply(run);
    return this.writeUpdate(run);
  }

  /**
   * A customer rated the ticket (called by the feedback module inside its transaction): fires
   * `feedback.received` for workflow rules and, on a low score, sets `negativeFeedback`.
   */
  recordFeedback(
    tenantId: string,
    ticketId: string,
    feedback: { id: string; kind: string; score: number; negative: boolean },
    actor: Actor,
  ): Promise<TicketModel> {
    return this.applyChange(
      tenantId,
      ticketId,
      {
        fields: feedback.negative ? { negativeFeedback: true } : {},
        triggers: ['feedback.received'],
        context: { feedback },
      },
      actor,
    );
  }

  /**
   * Locks a ticket that is about to change outside the ticket row (a checklist item ticked)
   * for the rest of the caller's transaction; 422 when it is closed.
   */
  async lockForChange(tenantId: string, ticketId: string): Promise<TicketModel> {
    const current = await this.tickets.getForUpdate(tenantId, ticketId);
    assertNotClosed(current);
    return toModel(current);
  }

  /** Adds a row to the ticket's audit trail (changes other modules make next to the ticket). */
  recordAudit(
    tenantId: string,
    ticketId: string,
    row: { field: string; before: unknown; after: unknown },
    actor: Actor,
  ): Promise<void> {
    return this.tickets.insertAudits(tenantId, ticketId, [row], actor);
  }

  /** Soft delete: the ticket leaves every list; its history stays in the database. */
  @Transactional()
  async delete(
    tenantId: string,
    id: string,
    actor: Actor,
    expectedVersion?: ExpectedVersion,
  ): Promise<void> {
    const current = await this.tickets.getForUpdate(tenantId, id);
    if (!versionMatches(expectedVersion, current.version))
      throw AppError.preconditionFailed(current.version);
    await this.tickets.update(tenantId, id, { deletedAt: () => 'now()' });
    await this.tickets.insertAudits(
      tenantId,
      current.id,
      [{ field: 'deletedAt', before: null, after: new Date().toISOString() }],
      actor,
    );
  }

  /**
   * A public reply or an internal note. An agent's first public reply sets firstResponseAt (and
   * moves a new ticket to open); a customer's reply reopens a solved or pending ticket.
   */
  @Transactional()
  async addComment(
    tenantId: string,
    ticketId: string,
    input: AddCommentInput,
    author: CommentAuthor,
    actor: Actor,
  ): Promise<TicketCommentModel> {
    const current = await this.tickets.getForUpdate(tenantId, ticketId);
    assertNotClosed(current);
    const isPublic = input.public ?? true;
    let authorId = author.id;
    if (author.type === 'customer') {
      if (!isPublic)
        throw new AppError('unprocessable', 'A customer comment is always public.', [
          { field: 'public', message: 'must be true for customer comments' },
        ]);
      authorId ??= current.customerId;
      if (authorId !== current.customerId)
        await this.customers.assertReferenced(tenantId, authorId, 'authorId');
    } else if (authorId && !(await this.agents.findActive(tenantId, authorId))) {
      throw AppError.missingReference('Agent', authorId, 'authorId', { orInactive: true });
    }
    const comment = await this.insertComment(tenantId, current, {
      body: input.body,
      public: isPublic,
      authorType: author.type,
      authorId,
    });
    const run = new ChangeRun(tenantId, actor, current, false, [], comment);
    this.applyCommentRules(run, comment);
    await this.writeUpdate(run);
    return comment;
  }

  async comments(
    tenantId: string,
    ticketId: string,
    page: PageQuery,
    publicOnly = false,
  ): Promise<Page<TicketCommentModel>> {
    await this.tickets.getById(tenantId, ticketId);
    return mapPage(await this.tickets.comments(tenantId, ticketId, publicOnly, page), commentModel);
  }

  async commentsOfTickets(
    tenantId: string,
    ticketIds: readonly string[],
    limit: number,
  ): Promise<Map<string, TicketCommentModel[]>> {
    const out = new Map<string, TicketCommentModel[]>(ticketIds.map((id) => [id, []]));
    for (const c of await this.tickets.commentsOfTickets(tenantId, ticketIds, limit))
      out.get(c.ticketId)?.push(commentModel(c));
    return out;
  }

  async ticketsOfCustomers(
    tenantId: string,
    customerIds: readonly string[],
    limit: number,
  ): Promise<Map<string, TicketModel[]>> {
    const out = new Map<string, TicketModel[]>(customerIds.map((id) => [id, []]));
    for (const t of await this.tickets.ticketsOfCustomers(tenantId, customerIds, limit))
      out.get(t.customerId)?.push(toModel(t));
    return out;
  }

  async audit(
    tenantId: string,
    ticketId: string,
    page: PageQuery,
  ): Promise<Page<TicketAuditModel>> {
    await this.tickets.getById(tenantId, ticketId);
    return mapPage(await this.tickets.audits(tenantId, ticketId, page), (a) => ({
      id: a.id,
      field: a.field,
      before: a.before,
      after: a.after,
      actor: { type: a.actorType, id: a.actorId },
      createdAt: a.createdAt,
    }));
  }

  /**
   * Applies one patch to many tickets, each in its own transaction (a savepoint of the request's
   * transaction when it carries an Idempotency-Key); reports per id.
   */
  async bulkUpdate(
    tenantId: string,
    ids: string[],
    patch: UpdateTicketInput,
    actor: Actor,
  ): Promise<BulkResultModel[]> {
    const results: BulkResultModel[] = [];
    for (const id of ids) {
      try {
        results.push({ id, status: 200, ticket: await this.updateOne(tenantId, id, patch, actor) });
      } catch (e) {
        const err = toAppError(e);
        if (err.status >= 500) throw e;
        const { type, title, status, detail, errors } = toProblem(err);
        results.push({
          id,
          status: err.status,
          error: { type, title, status, detail, ...(errors ? { errors } : {}) },
        });
      }
    }
    return results;
  }

  /** `update` that a failure leaves the rest of an enclosing transaction usable after. */
  @Transactional(Propagation.Nested)
  private updateOne(
    tenantId: string,
    id: string,
    patch: UpdateTicketInput,
    actor: Actor,
  ): Promise<TicketModel> {
    return this.update(tenantId, id, patch, actor);
  }

  /**
   * Incremental export: every ticket change after `cursor`, in commit order, each exactly once,
   * with the ticket as it was right after the change. Resume with `nextCursor`.
   */
  async export(
    tenantId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<ExportPageModel> {
    const events = await this.outbox.readAfter(
      tenantId,
      cursor ?? null,
      limit + 1,
      CHANGE_EVENT_TYPES,
    );
    const page = events.slice(0, limit);
    return {
      data: page.map((e) => ({
        change: e.type === 'ticket.created' ? 'created' : 'updated',
        changedAt: e.createdAt,
        ticket: (e.data as { ticket: TicketModel }).ticket,
      })),
      nextCursor: page.length ? page[page.length - 1].cursor : (cursor ?? FEED_START),
      hasMore: events.length > limit,
    };
  }

  // ---- the pipeline ----

  private async runHooks(run: ChangeRun): Promise<void> {
    for (const hook of this.hooks.all()) await hook.beforeWrite(run);
  }

  private async writeCreation(run: ChangeRun, created: TicketModel): Promise<TicketModel> {
    const { tenantId } = run;
    const { priorityRank: _rank, ...values } = run.row;
    // Number, row, search document, creation audit and status history in one statement: the
    // counter row it locks is held until commit, so everything that can happen before it does.
    const { number: _number, ...fields } = values;
    const row = await conflictOnDuplicate(
      this.tickets.insertNumbered(tenantId, fields, {
        audit: { after: created, actor: run.actor },
        statusChanges: [{ from: null, to: 'new', actor: run.actor }, ...run.statusTransitions()],
      }),
      `A ticket with externalId "${values.externalId}" already exists.`,
    );
    const ticket = await this.finish(run, row);
    const events: NewEvent[] = [event('ticket.created', ticket, run.actor)];
    if (ticket.assigneeId)
      events.push(
        event('ticket.assigned', ticket, run.actor, { from: null, to: ticket.assigneeId }),
      );
    await this.outbox.publish(tenantId, [...events, ...run.events]);
    return ticket;
  }

  /** Runs the hooks, then writes a computed change (if any) with its audit rows and events. */
  private async writeUpdate(run: ChangeRun): Promise<TicketModel> {
    await this.runHooks(run);
    if (run.isEmpty) return toModel(run.base);
    const { tenantId, base } = run;
    const row = await conflictOnDuplicate(
      this.tickets.update(tenantId, base.id, run.patch as never),
      `A ticket with externalId "${run.patch.externalId}" already exists.`,
    );
    if (
      run.patch.subject !== undefined ||
      run.patch.description !== undefined ||
      run.patch.searchConfig !== undefined
    )
      await this.tickets.refreshSearch(tenantId, base.id);
    await this.tickets.insertStatusChanges(tenantId, base.id, run.statusTransitions(), new Date());
    const ticket = await this.finish(run, row);
    const events: NewEvent[] = [];
    if (run.comment)
      events.push(event('ticket.comment_added', ticket, run.actor, { comment: run.comment }));
    events.push(event('ticket.updated', ticket, run.actor, { changes: run.changes() }));
    if (run.patch.status && run.patch.status !== base.status)
      events.push(
        event('ticket.status_changed', ticket, run.actor, {
          from: base.status,
          to: run.patch.status,
        }),
      );
    if (run.patch.assigneeId !== undefined && run.patch.assigneeId !== base.assigneeId)
      events.push(
        event('ticket.assigned', ticket, run.actor, {
          from: base.assigneeId,
          to: run.patch.assigneeId,
        }),
      );
    await this.outbox.publish(tenantId, [...events, ...run.events]);
    return ticket;
  }

  /** What every write does after the row: audits, the hooks' comments and after-write work. */
  private async finish(run: ChangeRun, row: TicketEntity): Promise<TicketModel> {
    const { tenantId } = run;
    await this.tickets.insertAudits(tenantId, row.id, run.audits, run.actor);
    for (const c of run.pendingComments) {
      // A rule's note is written by the rule; anything else by the agent who made the change.
      const comment = await this.insertComment(tenantId, row, {
        body: c.body,
        public: c.public,
        authorType: c.actor.type === 'workflow' ? 'workflow' : 'agent',
        authorId: c.actor.type === 'workflow' || c.actor.type === 'agent' ? c.actor.id : null,
      });
      await this.tickets.insertAudits(
        tenantId,
        row.id,
        [{ field: 'comment', before: null, after: commentAudit(comment) }],
        c.actor,
      );
    }
    const ticket = toModel(row);
    for (const work of run.afterWork) await work(ticket);
    return ticket;
  }

  private async insertComment(
    tenantId: string,
    ticket: TicketEntity,
    values: {
      body: string;
      public: boolean;
      authorType: 'agent' | 'customer' | 'workflow';
      authorId: string | null;
    },
  ): Promise<TicketCommentModel> {
    // A reply in another language than the ticket's is indexed with its own stemmer.
    const detected = detectLanguage(values.body);
    const language = detected && detected !== ticket.language ? detected : null;
    return commentModel(
      await this.tickets.insertComment(
        tenantId,
        { ticketId: ticket.id, ...values, language },
        searchConfigFor(language ?? ticket.language ?? ''),
      ),
    );
  }

  /** First public agent reply: `firstResponseAt`, new → open; a customer reply reopens. */
  private applyCommentRules(run: ChangeRun, comment: TicketCommentModel): void {
    run.triggers.add('ticket.comment_added');
    run.audit('comment', null, commentAudit(comment), run.actor);
    const current = run.base;
    if (comment.authorType === 'agent' && comment.public) {
      run.count('publicAgentReplies', 1);
      if (!current.firstResponseAt) run.setField('firstResponseAt', comment.createdAt);
      if (current.status === 'new') run.setField('status', 'open');
    }
    if (
      comment.authorType === 'customer' &&
      (current.status === 'solved' || current.status === 'pending')
    ) {
      run.setField('status', 'open');
    }
  }

  private async resolveCustomer(
    tenantId: string,
    input: CreateTicketInput,
    actor: Actor,
  ): Promise<CustomerModel> {
    if (input.customerId && input.requester) {
      throw AppError.validation([
        { field: 'requester', message: 'send either customerId or requester, not both' },
      ]);
    }
    if (input.customerId) {
      const [customer] = await this.customers.getMany(tenantId, [input.customerId]);
      if (!customer) throw AppError.missingReference('Customer', input.customerId, 'customerId');
      return customer;
    }
    if (input.requester) return this.findOrCreateRequester(tenantId, input.requester, actor);
    throw AppError.validation([
      { field: 'customerId', message: 'send customerId or requester ({name, email, externalId})' },
    ]);
  }

  private async findOrCreateRequester(
    tenantId: string,
    requester: RequesterInput,
    actor: Actor,
  ): Promise<CustomerModel> {
    if (!requester.email && !requester.externalId) {
      throw AppError.validation([
        { field: 'requester', message: 'requester needs an email or an externalId' },
      ]);
    }
    if (requester.externalId) {
      const existing = await this.customers.findByExternalId(tenantId, requester.externalId);
      if (existing) return existing;
      const { customer } = await this.customers.upsertByExternalId(
        tenantId,
        requester.externalId,
        {
          name: requester.name ?? requester.email ?? requester.externalId,
          email: requester.email ?? undefined,
        },
        actor,
      );
      return customer;
    }
    const email = requester.email as string;
    await this.customers.lockEmail(tenantId, email);
    const existing = await this.customers.findByEmail(tenantId, email);
    if (existing) return existing;
    return this.customers.create(tenantId, { name: requester.name ?? email, email }, actor);
  }

  private async assertAssignable(
    tenantId: string,
    assigneeId: string | null | undefined,
    groupId: string | null | undefined,
  ): Promise<void> {
    if (assigneeId && !(await this.agents.findActive(tenantId, assigneeId))) {
      throw AppError.missingReference('Agent', assigneeId, 'assigneeId', { orInactive: true });
    }
    if (groupId) await this.groups.assertExist(tenantId, [groupId], 'groupId');
  }
}

function assertNotClosed(t: TicketEntity): void {
  if (t.status === 'closed') {
    throw new AppError(
      'unprocessable',
      `Ticket #${t.number} is closed: closed tickets are final. Open a new ticket instead.`,
      undefined,
      'ticket-closed',
    );
  }
}

function event(
  type: NewEvent['type'],
  ticket: TicketModel,
  actor: Actor,
  extra: Record<string, unknown> = {},
): NewEvent {
  return { type, resourceType: 'ticket', resourceId: ticket.id, data: { ticket, ...extra }, actor };
}

const commentAudit = (c: TicketCommentModel) => ({
  id: c.id,
  public: c.public,
  authorType: c.authorType,
  authorId: c.authorId,
});
