import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Actor } from '../../common/auth/principal';
import { AppError } from '../../common/errors/app-error';
import { toAppError, toProblem } from '../../common/errors/problem';
import { FEED_START, NewEvent, OutboxService } from '../../common/events/outbox.service';
import { UNSPACED_SCRIPT } from '../../common/text/languages';
import { Page, paginate } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { isUniqueViolation } from '../../database/pg-errors';
import { AgentsService } from '../agents/agents.service';
import { CustomersService } from '../customers/customers.service';
import { GroupsService } from '../groups/groups.service';
import { escapeLike } from '../../common/text/like';
import { BulkResultModel, ExportPageModel } from './dto/bulk.model';
import { TicketFilter, TicketSort } from './dto/list-tickets.args';
import {
  AddCommentInput,
  CreateTicketInput,
  RequesterInput,
  UpdateTicketInput,
} from './dto/ticket.input';
import { TicketAuditModel, TicketCommentModel, TicketModel } from './dto/ticket.model';
import { AuditRow, TicketsRepository } from './tickets.repository';
import { TicketCommentEntity } from './ticket-comment.entity';
import { TicketEntity, TicketStatus } from './ticket.entity';

/** Who writes a comment; resolved by the transport from the caller. */
export interface CommentAuthor {
  type: 'agent' | 'customer';
  id: string | null;
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

@Injectable()
export class TicketsService {
  constructor(
    private readonly tickets: TicketsRepository,
    private readonly customers: CustomersService,
    private readonly agents: AgentsService,
    private readonly groups: GroupsService,
    private readonly outbox: OutboxService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Creates a ticket: the customer (found or created from `requester`), a gapless number, audit and events in one transaction. */
  @Transactional()
  async create(tenantId: string, input: CreateTicketInput, actor: Actor): Promise<TicketModel> {
    const customerId = await this.resolveCustomer(tenantId, input, actor);
    await this.assertAssignable(tenantId, input.assigneeId, input.groupId);
    // The counter row is locked until commit: take it as late as possible.
    const number = await this.tickets.nextNumber(tenantId);
    let row: TicketEntity;
    try {
      row = await this.tickets.insert(tenantId, {
        number,
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
      });
    } catch (e) {
      throw duplicateExternalId(e, input.externalId);
    }
    await this.tickets.refreshSearch(tenantId, row.id);
    const ticket = toModel(row);
    await this.tickets.insertAudits(
      tenantId,
      row.id,
      [{ field: 'ticket', before: null, after: ticket }],
      actor,
    );
    const events: NewEvent[] = [this.event('ticket.created', ticket, actor)];
    if (ticket.assigneeId)
      events.push(
        this.event('ticket.assigned', ticket, actor, { from: null, to: ticket.assigneeId }),
      );
    await this.outbox.publish(tenantId, events);
    return ticket;
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
    if (!filter.q) return this.listPage(tenantId, filter, page);
    return this.tickets.withoutIndexScans(() => this.listPage(tenantId, filter, page));
  }

  private async listPage(
    tenantId: string,
    filter: TicketFilter,
    page: PageQuery & { sort?: TicketSort },
  ): Promise<Page<TicketModel>> {
    const qb = this.tickets.live(tenantId);
    if (filter.status?.length) qb.andWhere('t.status IN (:...status)', { status: filter.status });
    if (filter.priority) qb.andWhere('t.priority = :priority', { priority: filter.priority });
    if (filter.type) qb.andWhere('t.type = :type', { type: filter.type });
    if (filter.channel) qb.andWhere('t.channel = :channel', { channel: filter.channel });
    if (filter.category) qb.andWhere('t.category = :category', { category: filter.category });
    if (filter.assigneeId)
      qb.andWhere('t.assigneeId = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.groupId) qb.andWhere('t.groupId = :groupId', { groupId: filter.groupId });
    if (filter.customerId)
      qb.andWhere('t.customerId = :customerId', { customerId: filter.customerId });
    if (filter.tag) qb.andWhere('t.tags @> ARRAY[:tag]::text[]', { tag: filter.tag });
    if (filter.q && UNSPACED_SCRIPT.test(filter.q)) {
      qb.andWhere(`t.searchText LIKE '%' || lower(immutable_unaccent(:q)) || '%' ESCAPE '\\'`, {
        q: escapeLike(filter.q.trim()),
      });
    } else if (filter.q) {
      qb.andWhere(`t.search @@ websearch_to_tsquery('simple', immutable_unaccent(lower(:q)))`, {
        q: filter.q,
      });
    }
    if (filter.createdFrom)
      qb.andWhere('t.createdAt >= :createdFrom', { createdFrom: filter.createdFrom });
    if (filter.createdTo) qb.andWhere('t.createdAt < :createdTo', { createdTo: filter.createdTo });
    if (filter.updatedSince)
      qb.andWhere('t.updatedAt >= :updatedSince', { updatedSince: filter.updatedSince });

    const sort = page.sort ?? '-createdAt';
    const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
    const keys = sort.endsWith('updatedAt')
      ? [{ property: 'updatedAt' as const, kind: 'timestamp' as const }]
      : sort.endsWith('priority')
        ? [{ property: 'priorityRank' as const, kind: 'int' as const }]
        : []; // UUIDv7 ids are creation-ordered: createdAt sorts use the primary key alone.
    const result = await paginate(qb, {
      sort,
      direction,
      keys,
      limit: page.limit,
      cursor: page.cursor,
    });
    return { data: result.data.map(toModel), nextCursor: result.nextCursor };
  }

  /** PATCH: applies the status rules, records every changed field, emits the events. */
  @Transactional()
  async update(
    tenantId: string,
    id: string,
    input: UpdateTicketInput,
    actor: Actor,
    expectedVersion?: number,
  ): Promise<TicketModel> {
    const current = await this.tickets.getForUpdate(tenantId, id);
    if (expectedVersion !== undefined && current.version !== expectedVersion)
      throw AppError.preconditionFailed(current.version);
    assertNotClosed(current);
    for (const f of [
      'subject',
      'description',
      'customerId',
      'status',
      'priority',
      'channel',
    ] as const) {
      if (input[f] === null)
        throw AppError.validation([{ field: f, message: `${f} cannot be null` }]);
    }
    if (input.customerId && input.customerId !== current.customerId)
      await this.assertCustomer(tenantId, input.customerId);
    await this.assertAssignable(
      tenantId,
      input.assigneeId !== current.assigneeId ? input.assigneeId : undefined,
      input.groupId !== current.groupId ? input.groupId : undefined,
    );

    const patch: Partial<TicketEntity> = {};
    const audits: AuditRow[] = [];
    for (const field of PATCHABLE) {
      const next = input[field];
      if (next === undefined) continue;
      const before = current[field];
      if (JSON.stringify(before) === JSON.stringify(next)) continue;
      (patch as Record<string, unknown>)[field] = next;
      audits.push({ field, before, after: next });
    }
    if (patch.status) this.applyStatusRules(current, patch.status, patch, audits);
    return this.write(tenantId, current, patch, audits, actor);
  }

  /**
   * A customer rated the ticket (called by the feedback module inside its transaction): fires
   * `feedback.received` for workflow rules and, on a low score, sets `negativeFeedback`.
   */
  @Transactional()
  async recordFeedback(
    tenantId: string,
    ticketId: string,
    feedback: { id: string; kind: string; score: number; negative: boolean },
    actor: Actor,
  ): Promise<TicketModel> {
    const current = await this.tickets.getForUpdate(tenantId, ticketId);
    const patch: Partial<TicketEntity> = {};
    const audits: AuditRow[] = [];
    if (feedback.negative && !current.negativeFeedback) {
      patch.negativeFeedback = true;
      audits.push({ field: 'negativeFeedback', before: false, after: true });
    }
    return this.write(tenantId, current, patch, audits, actor);
  }

  /** Soft delete: the ticket leaves every list; its history stays in the database. */
  @Transactional()
  async delete(tenantId: string, id: string, actor: Actor): Promise<void> {
    const current = await this.tickets.getForUpdate(tenantId, id);
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
        await this.assertCustomer(tenantId, authorId, 'authorId');
    } else if (authorId) {
      if (!(await this.agents.findActive(tenantId, authorId))) {
        throw new AppError('unprocessable', `Agent ${authorId} does not exist or is inactive.`, [
          { field: 'authorId', message: 'is not an active agent of this tenant' },
        ]);
      }
    }
    const comment = await this.tickets.insertComment(tenantId, {
      ticketId,
      body: input.body,
      public: isPublic,
      authorType: author.type,
      authorId,
    });

    const patch: Partial<TicketEntity> = {};
    const audits: AuditRow[] = [
      {
        field: 'comment',
        before: null,
        after: { id: comment.id, public: isPublic, authorType: author.type, authorId },
      },
    ];
    if (author.type === 'agent' && isPublic) {
      if (!current.firstResponseAt) {
        patch.firstResponseAt = comment.createdAt;
        audits.push({ field: 'firstResponseAt', before: null, after: comment.createdAt });
      }
      if (current.status === 'new') this.setStatus(current, 'open', patch, audits);
    }
    if (
      author.type === 'customer' &&
      (current.status === 'solved' || current.status === 'pending')
    ) {
      this.setStatus(current, 'open', patch, audits);
    }
    const model = commentModel(comment);
    await this.write(tenantId, current, patch, audits, actor, [
      (t) => this.event('ticket.comment_added', t, actor, { comment: model }),
    ]);
    return model;
  }

  async comments(
    tenantId: string,
    ticketId: string,
    page: PageQuery,
    publicOnly = false,
  ): Promise<Page<TicketCommentModel>> {
    await this.tickets.getById(tenantId, ticketId);
    const result = await paginate(this.tickets.comments(tenantId, ticketId, publicOnly), {
      sort: 'id',
      direction: 'ASC',
      keys: [],
      limit: page.limit,
      cursor: page.cursor,
    });
    return { data: result.data.map(commentModel), nextCursor: result.nextCursor };
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
    const result = await paginate(this.tickets.audits(tenantId, ticketId), {
      sort: 'id',
      direction: 'ASC',
      keys: [],
      limit: page.limit,
      cursor: page.cursor,
    });
    return {
      data: result.data.map((a) => ({
        id: a.id,
        field: a.field,
        before: a.before,
        after: a.after,
        actor: { type: a.actorType, id: a.actorId },
        createdAt: a.createdAt,
      })),
      nextCursor: result.nextCursor,
    };
  }

  /** Applies one patch to many tickets, each in its own transaction; reports per id. */
  async bulkUpdate(
    tenantId: string,
    ids: string[],
    patch: UpdateTicketInput,
    actor: Actor,
  ): Promise<BulkResultModel[]> {
    const results: BulkResultModel[] = [];
    for (const id of ids) {
      try {
        results.push({ id, status: 200, ticket: await this.update(tenantId, id, patch, actor) });
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

  /**
   * Incremental export: every ticket change after `cursor`, in commit order, each exactly once,
   * with the ticket as it was right after the change. Resume with `nextCursor`.
   */
  async export(
    tenantId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<ExportPageModel> {
    const events = await this.outbox.readAfter(tenantId, cursor ?? null, limit, CHANGE_EVENT_TYPES);
    return {
      data: events.map((e) => ({
        change: e.type === 'ticket.created' ? 'created' : 'updated',
        changedAt: e.createdAt,
        ticket: (e.data as { ticket: TicketModel }).ticket,
      })),
      nextCursor: events.length ? events[events.length - 1].cursor : (cursor ?? FEED_START),
      hasMore: events.length === limit,
    };
  }

  /** Writes a computed patch (if any) with its audit rows and events. */
  private async write(
    tenantId: string,
    current: TicketEntity,
    patch: Partial<TicketEntity>,
    audits: AuditRow[],
    actor: Actor,
    extraEvents: ((t: TicketModel) => NewEvent)[] = [],
  ): Promise<TicketModel> {
    if (audits.length === 0 && extraEvents.length === 0) return toModel(current);
    let row: TicketEntity;
    try {
      row = await this.tickets.update(tenantId, current.id, patch as never);
    } catch (e) {
      throw duplicateExternalId(e, patch.externalId);
    }
    if (patch.subject !== undefined || patch.description !== undefined)
      await this.tickets.refreshSearch(tenantId, current.id);
    const ticket = toModel(row);
    await this.tickets.insertAudits(tenantId, current.id, audits, actor);
    const changes = Object.fromEntries(
      audits
        .filter((a) => a.field !== 'comment')
        .map((a) => [a.field, { before: a.before, after: a.after }]),
    );
    const events: NewEvent[] = [
      ...extraEvents.map((f) => f(ticket)),
      this.event('ticket.updated', ticket, actor, { changes }),
    ];
    if (patch.status && patch.status !== current.status)
      events.push(
        this.event('ticket.status_changed', ticket, actor, {
          from: current.status,
          to: patch.status,
        }),
      );
    if (patch.assigneeId !== undefined && patch.assigneeId !== current.assigneeId) {
      events.push(
        this.event('ticket.assigned', ticket, actor, {
          from: current.assigneeId,
          to: patch.assigneeId,
        }),
      );
    }
    await this.outbox.publish(tenantId, events);
    return ticket;
  }

  private applyStatusRules(
    current: TicketEntity,
    next: TicketStatus,
    patch: Partial<TicketEntity>,
    audits: AuditRow[],
  ): void {
    const now = new Date();
    if (next === 'solved') {
      patch.solvedAt = now;
      audits.push({ field: 'solvedAt', before: current.solvedAt, after: now });
    }
    if (current.status === 'solved' && next !== 'solved' && next !== 'closed') {
      patch.reopenCount = current.reopenCount + 1;
      patch.solvedAt = null;
      audits.push({ field: 'reopenCount', before: current.reopenCount, after: patch.reopenCount });
    }
    if (next === 'closed') patch.closedAt = now;
  }

  private setStatus(
    current: TicketEntity,
    next: TicketStatus,
    patch: Partial<TicketEntity>,
    audits: AuditRow[],
  ): void {
    patch.status = next;
    audits.push({ field: 'status', before: current.status, after: next });
    this.applyStatusRules(current, next, patch, audits);
  }

  private event(
    type: NewEvent['type'],
    ticket: TicketModel,
    actor: Actor,
    extra: Record<string, unknown> = {},
  ): NewEvent {
    return {
      type,
      resourceType: 'ticket',
      resourceId: ticket.id,
      data: { ticket, ...extra },
      actor,
    };
  }

  private async resolveCustomer(
    tenantId: string,
    input: CreateTicketInput,
    actor: Actor,
  ): Promise<string> {
    if (input.customerId && input.requester) {
      throw AppError.validation([
        { field: 'requester', message: 'send either customerId or requester, not both' },
      ]);
    }
    if (input.customerId) {
      await this.assertCustomer(tenantId, input.customerId);
      return input.customerId;
    }
    if (input.requester) return this.findOrCreateRequester(tenantId, input.requester, actor);
    throw AppError.validation([
      { field: 'customerId', message: 'send customerId or requester ({name, email, externalId})' },
    ]);
  }

  private async findOrCreateRequester(
    tenantId: string,
    r: RequesterInput,
    actor: Actor,
  ): Promise<string> {
    if (!r.email && !r.externalId) {
      throw AppError.validation([
        { field: 'requester', message: 'requester needs an email or an externalId' },
      ]);
    }
    if (r.externalId) {
      const existing = await this.customers.findByExternalId(tenantId, r.externalId);
      if (existing) return existing.id;
      const { customer } = await this.customers.upsertByExternalId(
        tenantId,
        r.externalId,
        { name: r.name ?? r.email ?? r.externalId, email: r.email ?? undefined },
        actor,
      );
      return customer.id;
    }
    const email = r.email as string;
    // Serialise requests for the same unknown email, so one customer is created, not two.
    await this.customers.lockEmail(tenantId, email);
    const existing = await this.customers.findByEmail(tenantId, email);
    if (existing) return existing.id;
    return (await this.customers.create(tenantId, { name: r.name ?? email, email }, actor)).id;
  }

  private async assertCustomer(
    tenantId: string,
    customerId: string,
    field = 'customerId',
  ): Promise<void> {
    if ((await this.customers.getMany(tenantId, [customerId])).length === 0) {
      throw new AppError('unprocessable', `Customer ${customerId} does not exist.`, [
        { field, message: 'is not a customer of this tenant' },
      ]);
    }
  }

  private async assertAssignable(
    tenantId: string,
    assigneeId: string | null | undefined,
    groupId: string | null | undefined,
  ): Promise<void> {
    if (assigneeId && !(await this.agents.findActive(tenantId, assigneeId))) {
      throw new AppError('unprocessable', `Agent ${assigneeId} does not exist or is inactive.`, [
        { field: 'assigneeId', message: 'is not an active agent of this tenant' },
      ]);
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

function duplicateExternalId(e: unknown, externalId: string | null | undefined): unknown {
  return isUniqueViolation(e)
    ? new AppError('conflict', `A ticket with externalId "${externalId}" already exists.`)
    : e;
}

export function toModel(t: TicketEntity): TicketModel {
  return {
    id: t.id,
    number: Number(t.number),
    subject: t.subject,
    description: t.description,
    status: t.status,
    priority: t.priority,
    type: t.type,
    channel: t.channel,
    category: t.category,
    tags: t.tags,
    customerId: t.customerId,
    assigneeId: t.assigneeId,
    groupId: t.groupId,
    customFields: t.customFields,
    externalId: t.externalId,
    resolution: t.resolution,
    firstResponseAt: t.firstResponseAt,
    solvedAt: t.solvedAt,
    reopenCount: t.reopenCount,
    sla: {
      policyId: t.slaPolicyId,
      firstResponseDueAt: t.firstResponseDueAt,
      resolutionDueAt: t.resolutionDueAt,
      breached: t.slaBreached,
    },
    negativeFeedback: t.negativeFeedback,
    version: t.version,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

export function commentModel(c: TicketCommentEntity): TicketCommentModel {
  return {
    id: c.id,
    ticketId: c.ticketId,
    body: c.body,
    public: c.public,
    authorType: c.authorType,
    authorId: c.authorId,
    createdAt: c.createdAt,
  };
}
