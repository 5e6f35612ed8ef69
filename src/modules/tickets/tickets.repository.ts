import { readMany, readOne } from '../../database/read';
import { ExpiringCache } from '../../common/cache/expiring-cache';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { newId, isUuid, timeOfId } from '../../database/ids';
import { VersionedRepository } from '../../database/tenant.repository';
import { TicketAuditEntity } from './ticket-audit.entity';
import { TicketCommentEntity } from './ticket-comment.entity';
import { TicketEntity } from './ticket.entity';
import type { AuditRow } from './ticket-change';
import { Actor } from '../../common/auth/principal';
import { Page, paginate } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { escapeLike } from '../../common/text/like';
import { UNSPACED_SCRIPT } from '../../common/text/languages';
import { TicketFilter, TicketSort } from './dto/list-tickets.args';

/**
 * A weighted full-text document in a language's configuration (accent-folding stemmer, or
 * `kb_simple`): the knowledge base's configurations, one implementation for both.
 */
const doc = (config: string, expr: string, weight: 'A' | 'B' | 'C') =>
  `setweight(to_tsvector(${config}, ${expr}), '${weight}')`;

export type { AuditRow };

@Injectable()
export class TicketsRepository extends VersionedRepository<TicketEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, TicketEntity, 'Ticket', 't', true);
  }

  /** One page of the tenant's live tickets matching `filter`, in `page.sort` order. */
  async list(
    tenantId: string,
    filter: TicketFilter,
    page: PageQuery & { sort?: TicketSort },
  ): Promise<Page<TicketEntity>> {
    if (!filter.q) return this.listPage(tenantId, filter, page, []);
    const configs = UNSPACED_SCRIPT.test(filter.q) ? [] : await this.configsOf(tenantId);
    return this.withoutIndexScans(() => this.listPage(tenantId, filter, page, configs));
  }

  private listPage(
    tenantId: string,
    filter: TicketFilter,
    page: PageQuery & { sort?: TicketSort },
    configs: string[],
  ): Promise<Page<TicketEntity>> {
    const qb = this.live(tenantId);
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
      // The query parsed in every language the tenant's tickets use finds candidates on the
      // GIN index; each ticket is then checked with the query parsed in its own language, so
      // 'pagamenti' finds 'pagamento' in Italian tickets without English stems leaking in.
      qb.andWhere(
        `t.search @@ (SELECT coalesce(string_agg('(' || nullif(ticket_tsquery(c::regconfig, :q)::text, '') || ')', ' | ')::tsquery, ''::tsquery)
                        FROM unnest(:configs::text[]) AS c)`,
        { q: filter.q, configs },
      );
      qb.andWhere(`t.search @@ ticket_tsquery(t.search_config, :q)`);
    }
    if (filter.createdFrom)
      qb.andWhere('t.createdAt >= :createdFrom', { createdFrom: filter.createdFrom });
    if (filter.createdTo) qb.andWhere('t.createdAt < :createdTo', { createdTo: filter.createdTo });
    if (filter.updatedSince)
      qb.andWhere('t.updatedAt >= :updatedSince', { updatedSince: filter.updatedSince });

    const sort = page.sort ?? '-createdAt';
    const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
    // UUIDv7 ids carry the creation time (`createdAt` is taken from the id): createdAt sorts
    // walk the primary key alone.
    const keys = sort.endsWith('updatedAt')
      ? [{ property: 'updatedAt' as const, kind: 'timestamp' as const }]
      : sort.endsWith('priority')
        ? [{ property: 'priorityRank' as const, kind: 'int' as const }]
        : [];
    return paginate(qb, { sort, direction, keys, limit: page.limit, cursor: page.cursor });
  }

  /**
   * Full-text lists: the planner cannot estimate how rare a term is, and at a million tickets
   * walking the sort index while filtering takes seconds for a rare term. Bitmap scans on the
   * GIN index (combined with the other filters' indexes), then a top-N sort, are fast for the
   * selective searches people type.
   */
  private withoutIndexScans<T>(work: () => Promise<T>): Promise<T> {
    return this.withPlannerSetting('enable_indexscan', work);
  }

  /** Locks the ticket for the rest of the transaction: rules are checked against what is written. */
  async getForUpdate(tenantId: string, id: string): Promise<TicketEntity> {
    if (!isUuid(id)) throw this.notFound(id);
    const row = await readOne(
      this.live(tenantId).andWhere('t.id = :id', { id }).setLock('pessimistic_write'),
    );
    if (!row) throw this.notFound(id);
    return row;
  }

  /**
   * Inserts a new ticket with the tenant's next number, its full-text document, its creation
   * audit (`after` gets the number) and its first status transitions, and records its language
   * among the tenant's: one statement, one round trip. The counter row it locks stays locked
   * until the transaction ends (a rollback gives the number back, so numbers never skip or
   * repeat), and every creation of the tenant waits for it: the fewer round trips between this
   * and the commit, the more creations per second a tenant gets.
   */
  async insertNumbered(
    tenantId: string,
    values: Omit<Partial<TicketEntity>, 'tenantId' | 'number'>,
    creation: {
      audit: { after: object; actor: Actor };
      statusChanges: { from: string | null; to: string; actor: Actor }[];
    },
  ): Promise<TicketEntity> {
    const id = values.id ?? newId();
    const at = timeOfId(id);
    const row: Record<string, unknown> = { createdAt: at, updatedAt: at, ...values, id };
    const columns = this.insertColumns().filter((c) => row[c.propertyName] !== undefined);
    const params: unknown[] = columns.map((c) =>
      c.type === 'jsonb' ? JSON.stringify(row[c.propertyName]) : row[c.propertyName],
    );
    const add = (value: unknown) => `$${params.push(value) + 1}`;
    const ref = (property: string) =>
      `$${2 + columns.findIndex((c) => c.propertyName === property)}`;
    const config = `${ref('searchConfig')}::regconfig`;
    const [subject, description] = [ref('subject'), ref('description')];
    const { audit, statusChanges } = creation;
    const rows = await this.sql<Record<string, unknown>>(
      tenantId,
      `WITH counter AS (
         INSERT INTO ticket_counters (tenant_id, last_number) VALUES ($1, 1)
         ON CONFLICT (tenant_id) DO UPDATE SET last_number = ticket_counters.last_number + 1
         RETURNING last_number
       ), language AS (
         INSERT INTO ticket_languages (tenant_id, search_config) VALUES ($1, ${config})
         ON CONFLICT DO NOTHING
       ), ticket AS (
         INSERT INTO tickets (tenant_id, ${columns.map((c) => c.databaseName).join(', ')}, number, search, search_text)
         SELECT $1, ${columns.map((_, i) => `$${i + 2}`).join(', ')}, counter.last_number,
                ${doc(config, subject, 'A')} || ${doc(config, description, 'B')},
                lower(immutable_unaccent(${subject} || ' ' || ${description} || ' '))
           FROM counter
         RETURNING *
       ), audit AS (
         INSERT INTO ticket_audits (tenant_id, id, ticket_id, field, before, after, actor_type, actor_id)
         SELECT $1, ${add(newId())}::uuid, ticket.id, 'ticket', 'null'::jsonb,
                ${add(JSON.stringify(audit.after))}::jsonb || jsonb_build_object('number', ticket.number),
                ${add(audit.actor.type)}, ${add(audit.actor.id)}
           FROM ticket
       ), history AS (
         INSERT INTO ticket_status_changes (tenant_id, id, ticket_id, from_status, to_status, changed_at, actor_type, actor_id)
         SELECT $1, s.id, ticket.id, s.from_status, s.to_status, ticket.created_at, s.actor_type, s.actor_id
           FROM ticket, unnest(${add(statusChanges.map(() => newId()))}::uuid[], ${add(statusChanges.map((c) => c.from))}::text[],
                               ${add(statusChanges.map((c) => c.to))}::text[], ${add(statusChanges.map((c) => c.actor.type))}::text[],
                               ${add(statusChanges.map((c) => c.actor.id))}::text[])
                AS s (id, from_status, to_status, actor_type, actor_id)
       )
       SELECT * FROM ticket`,
      params,
    );
    this.languages.delete(tenantId);
    return this.hydrate(rows[0]);
  }

  /** The entity's insertable columns, read once from its metadata. */
  private columnsForInsert?: { propertyName: string; databaseName: string; type: unknown }[];

  private insertColumns() {
    return (this.columnsForInsert ??= this.metadata.columns
      .filter((c) => c.isInsert && !['tenantId', 'number'].includes(c.propertyName))
      .map((c) => ({ propertyName: c.propertyName, databaseName: c.databaseName, type: c.type })));
  }

  /**
   * Rebuilds the full-text document from subject, description (in the ticket's language) and
   * every comment (in its own), and records the ticket's language among the tenant's.
   */
  async refreshSearch(tenantId: string, id: string): Promise<void> {
    await this.sql(
      tenantId,
      `WITH comments AS (
         SELECT coalesce(string_agg(c.body, ' '), '') AS body,
                coalesce(tsvector_agg(${doc('coalesce(c.search_config, t.search_config)', 'c.body', 'C')}), '') AS doc
           FROM tickets t LEFT JOIN ticket_comments c ON c.tenant_id = t.tenant_id AND c.ticket_id = t.id
          WHERE t.tenant_id = $1 AND t.id = $2
       ), language AS (
         INSERT INTO ticket_languages (tenant_id, search_config)
         SELECT tenant_id, search_config FROM tickets WHERE tenant_id = $1 AND id = $2
         ON CONFLICT DO NOTHING
       )
       UPDATE tickets t SET search = ${doc('t.search_config', 't.subject', 'A')} || ${doc('t.search_config', 't.description', 'B')} || comments.doc,
              search_text = lower(immutable_unaccent(t.subject || ' ' || t.description || ' ' || comments.body))
         FROM comments
        WHERE t.tenant_id = $1 AND t.id = $2`,
      [id],
    );
    this.languages.delete(tenantId);
  }

  /** The search configurations a tenant's tickets use (a query is parsed in each), cached briefly. */
  private readonly languages = new ExpiringCache<string[]>(30_000);

  private configsOf(tenantId: string): Promise<string[]> {
    return this.languages.get(tenantId, async () => {
      const rows = await this.sql<{ c: string }>(
        tenantId,
        `SELECT search_config::text AS c FROM ticket_languages WHERE tenant_id = $1`,
      );
      return [...new Set(['kb_simple', ...rows.map((r) => r.c)])];
    });
  }

  /** Adds a comment and appends it to the ticket's search document in `searchConfig`. */
  async insertComment(
    tenantId: string,
    values: Omit<TicketCommentEntity, 'tenantId' | 'id' | 'createdAt'>,
    searchConfig: string,
  ): Promise<TicketCommentEntity> {
    const rows: Record<string, unknown>[] = await this.sql(
      tenantId,
      `WITH c AS (
         INSERT INTO ticket_comments (tenant_id, id, ticket_id, body, public, author_type, author_id, language, search_config)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $8::text IS NULL THEN NULL ELSE $9::regconfig END) RETURNING *
       ), s AS (
         UPDATE tickets SET search = search || ${doc('$9::regconfig', '$4::text', 'C')},
                search_text = search_text || ' ' || lower(immutable_unaccent($4::text))
          WHERE tenant_id = $1 AND id = $3
       )
       SELECT * FROM c`,
      [
        newId(),
        values.ticketId,
        values.body,
        values.public,
        values.authorType,
        values.authorId,
        values.language,
        searchConfig,
      ],
    );
    const r = rows[0];
    return Object.assign(new TicketCommentEntity(), {
      tenantId,
      id: r.id as string,
      ticketId: r.ticket_id as string,
      body: r.body as string,
      public: r.public as boolean,
      authorType: r.author_type as TicketCommentEntity['authorType'],
      authorId: r.author_id as string | null,
      language: r.language as string | null,
      createdAt: r.created_at as Date,
    });
  }

  /** A page of a ticket's comments, oldest first. */
  comments(
    tenantId: string,
    ticketId: string,
    publicOnly: boolean,
    page: PageQuery,
  ): Promise<Page<TicketCommentEntity>> {
    const qb = this.scopedFor(TicketCommentEntity, 'c', tenantId).andWhere(
      'c.ticketId = :ticketId',
      { ticketId },
    );
    if (publicOnly) qb.andWhere('c.public = true');
    return paginate(qb, {
      sort: 'id',
      direction: 'ASC',
      keys: [],
      limit: page.limit,
      cursor: page.cursor,
    });
  }

  /** The first `limit` comments of each ticket, oldest first (one query, for DataLoaders). */
  async commentsOfTickets(
    tenantId: string,
    ticketIds: readonly string[],
    limit: number,
  ): Promise<TicketCommentEntity[]> {
    if (ticketIds.length === 0) return [];
    return readMany(
      this.scopedFor(TicketCommentEntity, 'c', tenantId)
        .andWhere('c.ticketId IN (:...ticketIds)', { ticketIds })
        .andWhere(
          `c.id IN (SELECT x.id FROM (SELECT id, row_number() OVER (PARTITION BY ticket_id ORDER BY id) AS n
                    FROM ticket_comments WHERE tenant_id = :tenantId AND ticket_id IN (:...ticketIds)) x WHERE x.n <= :limit)`,
          { limit },
        )
        .orderBy('c.id', 'ASC'),
    );
  }

  /** The newest `limit` tickets of each customer (one query, for DataLoaders). */
  async ticketsOfCustomers(
    tenantId: string,
    customerIds: readonly string[],
    limit: number,
  ): Promise<TicketEntity[]> {
    if (customerIds.length === 0) return [];
    return readMany(
      this.live(tenantId)
        .andWhere('t.customerId IN (:...customerIds)', { customerIds })
        .andWhere(
          `t.id IN (SELECT x.id FROM (SELECT id, row_number() OVER (PARTITION BY customer_id ORDER BY id DESC) AS n
                    FROM tickets WHERE tenant_id = :tenantId AND customer_id IN (:...customerIds) AND deleted_at IS NULL) x WHERE x.n <= :limit)`,
          { limit },
        )
        .orderBy('t.id', 'DESC'),
    );
  }

  async insertAudits(
    tenantId: string,
    ticketId: string,
    rows: AuditRow[],
    /** The actor of rows that do not name their own. */
    actor: Actor,
  ): Promise<void> {
    await this.insertMany(
      tenantId,
      'ticket_audits',
      ['id', 'ticket_id', 'field', 'before', 'after', 'actor_type', 'actor_id'],
      rows.map((r) => [
        newId(),
        ticketId,
        r.field,
        JSON.stringify(r.before ?? null),
        JSON.stringify(r.after ?? null),
        (r.actor ?? actor).type,
        (r.actor ?? actor).id,
      ]),
      { before: 'jsonb', after: 'jsonb' },
    );
  }

  /** Status transitions for reports (`ticket_status_changes`), in the change's transaction. */
  async insertStatusChanges(
    tenantId: string,
    ticketId: string,
    changes: { from: string | null; to: string; actor: Actor }[],
    at: Date,
  ): Promise<void> {
    await this.insertMany(
      tenantId,
      'ticket_status_changes',
      ['id', 'ticket_id', 'from_status', 'to_status', 'changed_at', 'actor_type', 'actor_id'],
      changes.map((c) => [newId(), ticketId, c.from, c.to, at, c.actor.type, c.actor.id]),
    );
  }

  /** A page of a ticket's audit trail, oldest first. */
  audits(tenantId: string, ticketId: string, page: PageQuery): Promise<Page<TicketAuditEntity>> {
    const qb = this.scopedFor(TicketAuditEntity, 'a', tenantId).andWhere('a.ticketId = :ticketId', {
      ticketId,
    });
    return paginate(qb, {
      sort: 'id',
      direction: 'ASC',
      keys: [],
      limit: page.limit,
      cursor: page.cursor,
    });
  }
}
