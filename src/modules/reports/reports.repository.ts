import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantRepository } from '../../database/tenant.repository';
import type { ScoreCount } from '../feedback/satisfaction';
import { TicketEntity } from '../tickets/ticket.entity';
import { isTimeGrouping, KpiGrouping } from './report-period';

/*
 * Reports are read-only SQL over other modules' tables (tickets, ticket_status_changes,
 * feedback, agents, groups): the one place in the code base where a repository reads tables it
 * does not own. Nothing here writes; every statement is a tenant-scoped aggregate over an
 * indexed range, so no ticket row ever reaches Node.
 */

export interface KpiFilters {
  channel?: string;
  type?: string;
  groupId?: string;
  tag?: string;
}

export interface KpiQuery extends KpiFilters {
  from: Date;
  to: Date;
  tz: string;
  groupBy: KpiGrouping;
}

/** Figures of the ticket scan, per bucket key. */
export interface TicketFiguresRow {
  key: string | null;
  tickets: number;
  created: number;
  complaints: number;
  created_resolved: number;
  solved: number;
  one_touch: number;
  fr_median: number | null;
  fr_p90: number | null;
  fr_count: number;
  fr_business: number;
  res_median: number | null;
  res_p90: number | null;
  res_count: number;
  res_business: number;
  sla_due: number;
  sla_met: number;
}

/** Figures of the status history, per bucket key (`after`: changes at or after `to`). */
export interface HistoryRow {
  key: string | null;
  after: boolean;
  reopened: number;
  net: number;
}

export interface FeedbackCountRow extends ScoreCount {
  key: string | null;
}

export interface AgentFiguresRow {
  agent_id: string;
  open: number;
  solved: number;
  fr_median: number | null;
  fr_count: number;
  res_median: number | null;
  reopened: number;
}

const RESOLVED = `('solved', 'closed')`;
const UNRESOLVED = `('new', 'open', 'pending', 'on_hold')`;
/** When a ticket was resolved: its latest solve, or its closing when it was closed unsolved. */
const RESOLVED_AT = 'coalesce(t.solved_at, t.closed_at)';
const REPORT_WORK_MEM = '64MB';

/** `$n` placeholders after the tenant (`$1`). */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length + 1}${cast}`;
  }
}

/** The ticket's dimension for non-calendar groupings (the ticket's current value). */
const TICKET_DIMENSION: Partial<Record<KpiGrouping, string>> = {
  agent: 't.assignee_id::text',
  group: 't.group_id::text',
  channel: 't.channel',
  category: 't.category',
  type: 't.type',
};

/** Feedback is bucketed by what it recorded (as the feedback summary does), else its ticket. */
const FEEDBACK_DIMENSION: Partial<Record<KpiGrouping, string>> = {
  agent: 'f.agent_id::text',
  group: 'f.group_id::text',
  channel: 'f.channel',
  category: 't.category',
  type: 't.type',
};

function bucketKey(groupBy: KpiGrouping, at: string, tz: string, dims: typeof TICKET_DIMENSION) {
  if (!isTimeGrouping(groupBy)) return dims[groupBy] ?? 'NULL::text';
  const format = groupBy === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD';
  return `to_char(date_trunc('${groupBy}', ${at} AT TIME ZONE ${tz}), '${format}')`;
}

function ticketFilters(q: KpiFilters, p: Params): string {
  const where: string[] = [];
  if (q.channel) where.push(`t.channel = ${p.add(q.channel)}`);
  if (q.type) where.push(`t.type = ${p.add(q.type)}`);
  if (q.groupId) where.push(`t.group_id = ${p.add(q.groupId, '::uuid')}`);
  if (q.tag) where.push(`t.tags @> ARRAY[${p.add(q.tag, '::text')}]`);
  return where.map((w) => ` AND ${w}`).join('');
}

/**
 * One pass over the tickets created, first answered or resolved in [from, to) (a BitmapOr of
 * three range indexes): each ticket yields one row per event in the period, so a ticket created
 * on Monday and solved on Tuesday counts in both days' buckets, each figure in its own.
 */
export function ticketFiguresSql(q: KpiQuery): { sql: string; params: unknown[] } {
  const p = new Params();
  const from = p.add(q.from, '::timestamptz');
  const to = p.add(q.to, '::timestamptz');
  const tz = isTimeGrouping(q.groupBy) ? p.add(q.tz, '::text') : '';
  const key = bucketKey(q.groupBy, 'e.at', tz, TICKET_DIMENSION);
  const inPeriod = (x: string) => `(${x} >= ${from} AND ${x} < ${to})`;
  const durations = (col: string, kind: string, prefix: string) => `
         percentile_cont(0.5) WITHIN GROUP (ORDER BY t.${col}) FILTER (WHERE e.kind = '${kind}') AS ${prefix}_median,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY t.${col}) FILTER (WHERE e.kind = '${kind}') AS ${prefix}_p90,
         count(t.${col}) FILTER (WHERE e.kind = '${kind}')::int AS ${prefix}_count,
         count(t.${col}) FILTER (WHERE e.kind = '${kind}' AND t.sla_business_hours)::int AS ${prefix}_business`;
  // An SLA target's outcome is known once it was met, recorded as breached, or is past due.
  const target = (name: string, due: string, stop: string) => ({
    due: `(t.${due} IS NOT NULL AND (${stop} IS NOT NULL OR '${name}' = ANY (t.sla_breached) OR t.${due} <= now()))`,
    met: `(${stop} <= t.${due} AND NOT '${name}' = ANY (t.sla_breached))`,
  });
  const fr = target('firstResponse', 'first_response_due_at', 't.first_response_at');
  const res = target('resolution', 'resolution_due_at', RESOLVED_AT);
  const filters = ticketFilters(q, p);
  // Tickets a bucket covers, counted without a DISTINCT (which sorts every event row): an event
  // counts its ticket unless an earlier-listed event of the same ticket is in the same bucket.
  const bucketOf = (at: string) => bucketKey(q.groupBy, at, tz, TICKET_DIMENSION);
  const sameBucket = (x: string, y: string) =>
    `(${inPeriod(x)} AND ${bucketOf(x)} IS NOT DISTINCT FROM ${bucketOf(y)})`;
  const firstInBucket = `(e.kind = 'c'
      OR (e.kind = 'f' AND NOT ${sameBucket('t.created_at', 't.first_response_at')})
      OR (e.kind = 'r' AND NOT ${sameBucket('t.created_at', RESOLVED_AT)}
                        AND NOT ${sameBucket('t.first_response_at', RESOLVED_AT)}))`;
  const sql = `
    SELECT ${key} AS key,
           count(*) FILTER (WHERE ${firstInBucket})::int AS tickets,
           count(*) FILTER (WHERE e.kind = 'c')::int AS created,
           count(*) FILTER (WHERE e.kind = 'c' AND t.type = 'complaint')::int AS complaints,
           count(*) FILTER (WHERE e.kind = 'c' AND ${RESOLVED_AT} < ${to})::int AS created_resolved,
           count(*) FILTER (WHERE e.kind = 'r')::int AS solved,
           count(*) FILTER (WHERE e.kind = 'r' AND t.public_agent_replies = 1)::int AS one_touch,
           ${durations('first_response_seconds', 'f', 'fr')},
           ${durations('resolution_seconds', 'r', 'res')},
           (count(*) FILTER (WHERE e.kind = 'c' AND ${fr.due})
             + count(*) FILTER (WHERE e.kind = 'c' AND ${res.due}))::int AS sla_due,
           (count(*) FILTER (WHERE e.kind = 'c' AND ${fr.due} AND ${fr.met})
             + count(*) FILTER (WHERE e.kind = 'c' AND ${res.due} AND ${res.met}))::int AS sla_met
      FROM tickets t
     CROSS JOIN LATERAL (VALUES ('c', t.created_at), ('f', t.first_response_at), ('r', ${RESOLVED_AT})) e (kind, at)
     WHERE t.tenant_id = $1 AND t.deleted_at IS NULL
       AND (${inPeriod('t.created_at')} OR ${inPeriod('t.first_response_at')} OR ${inPeriod(RESOLVED_AT)})
       AND ${inPeriod('e.at')}${filters}
     GROUP BY 1`;
  return { sql, params: p.values };
}

/**
 * The status history from `from` on: reopens in [from, to) and, for the backlog, the net change
 * of unresolved tickets (+1 created unresolved or reopened, −1 solved or closed). Only
 * transitions that change whether a ticket is resolved are read.
 */
export function historySql(q: KpiQuery): { sql: string; params: unknown[] } {
  const p = new Params();
  const from = p.add(q.from, '::timestamptz');
  const to = p.add(q.to, '::timestamptz');
  const tz = isTimeGrouping(q.groupBy) ? p.add(q.tz, '::text') : '';
  const key = isTimeGrouping(q.groupBy)
    ? `CASE WHEN c.changed_at < ${to} THEN ${bucketKey(q.groupBy, 'c.changed_at', tz, TICKET_DIMENSION)} END`
    : bucketKey(q.groupBy, 'c.changed_at', tz, TICKET_DIMENSION);
  const filters = ticketFilters(q, p);
  const sql = `
    SELECT ${key} AS key, c.changed_at >= ${to} AS after,
           count(DISTINCT c.ticket_id) FILTER (
             WHERE c.from_status = 'solved' AND c.to_status NOT IN ${RESOLVED})::int AS reopened,
           coalesce(sum(CASE
             WHEN c.from_status IS NULL THEN CASE WHEN c.to_status IN ${RESOLVED} THEN 0 ELSE 1 END
             WHEN c.to_status IN ${RESOLVED} THEN -1 ELSE 1 END), 0)::int AS net
      FROM ticket_status_changes c
      JOIN tickets t ON t.tenant_id = c.tenant_id AND t.id = c.ticket_id AND t.deleted_at IS NULL
     WHERE c.tenant_id = $1 AND t.tenant_id = $1 AND c.changed_at >= ${from}
       AND (c.from_status IS NULL OR (c.from_status IN ${RESOLVED}) <> (c.to_status IN ${RESOLVED}))${filters}
     GROUP BY 1, 2`;
  return { sql, params: p.values };
}

/** Tickets unresolved now, per dimension (one row for calendar groupings and `none`). */
export function openNowSql(q: KpiQuery): { sql: string; params: unknown[] } {
  const p = new Params();
  const key = isTimeGrouping(q.groupBy)
    ? 'NULL::text'
    : (TICKET_DIMENSION[q.groupBy] ?? 'NULL::text');
  const filters = ticketFilters(q, p);
  const sql = `
    SELECT ${key} AS key, count(*)::int AS open
      FROM tickets t
     WHERE t.tenant_id = $1 AND t.deleted_at IS NULL AND t.status IN ${UNRESOLVED}${filters}
     GROUP BY 1`;
  return { sql, params: p.values };
}

/** Feedback given in [from, to), counted per bucket, kind and score (for `summarize()`). */
export function feedbackSql(q: KpiQuery): { sql: string; params: unknown[] } {
  const p = new Params();
  const from = p.add(q.from, '::timestamptz');
  const to = p.add(q.to, '::timestamptz');
  const tz = isTimeGrouping(q.groupBy) ? p.add(q.tz, '::text') : '';
  const key = bucketKey(q.groupBy, 'f.created_at', tz, FEEDBACK_DIMENSION);
  const where: string[] = [];
  if (q.channel) where.push(`f.channel = ${p.add(q.channel)}`);
  if (q.groupId) where.push(`f.group_id = ${p.add(q.groupId, '::uuid')}`);
  if (q.type) where.push(`t.type = ${p.add(q.type)}`);
  if (q.tag) where.push(`t.tags @> ARRAY[${p.add(q.tag, '::text')}]`);
  const needsTicket = q.type || q.tag || q.groupBy === 'category' || q.groupBy === 'type';
  const sql = `
    SELECT ${key} AS key, f.kind, f.score, count(*)::int AS count
      FROM feedback f${
        needsTicket
          ? `
      LEFT JOIN tickets t ON t.tenant_id = f.tenant_id AND t.id = f.ticket_id AND t.deleted_at IS NULL`
          : ''
      }
     WHERE f.tenant_id = $1 AND f.created_at >= ${from} AND f.created_at < ${to}${where.map((w) => ` AND ${w}`).join('')}
     GROUP BY 1, 2, 3`;
  return { sql, params: p.values };
}

@Injectable()
export class ReportsRepository extends TenantRepository<TicketEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, TicketEntity, 'Ticket', 't', true);
  }

  /** Aggregates sort (percentiles): room to do it in memory, for these statements only. */
  private report<T>(tenantId: string, statement: { sql: string; params: unknown[] }) {
    return this.withSettings({ work_mem: REPORT_WORK_MEM }, () =>
      this.sql<T>(tenantId, statement.sql, statement.params),
    );
  }

  ticketFigures(tenantId: string, q: KpiQuery): Promise<TicketFiguresRow[]> {
    return this.report<TicketFiguresRow>(tenantId, ticketFiguresSql(q));
  }

  history(tenantId: string, q: KpiQuery): Promise<HistoryRow[]> {
    return this.report<HistoryRow>(tenantId, historySql(q));
  }

  async openNow(tenantId: string, q: KpiQuery): Promise<{ key: string | null; open: number }[]> {
    const { sql, params } = openNowSql(q);
    return this.sql(tenantId, sql, params);
  }

  async feedbackCounts(tenantId: string, q: KpiQuery): Promise<FeedbackCountRow[]> {
    const { sql, params } = feedbackSql(q);
    const rows = await this.sql<FeedbackCountRow>(tenantId, sql, params);
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  }

  /** Names of agents or groups, for bucket labels. */
  async names(
    tenantId: string,
    table: 'agents' | 'groups',
    ids: string[],
  ): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.sql<{ id: string; name: string }>(
      tenantId,
      `SELECT id, name FROM ${table} WHERE tenant_id = $1 AND id = ANY ($2::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** A page of the tenant's agents by name, id (one more than `limit`). */
  agentsPage(
    tenantId: string,
    after: { name: string; id: string } | null,
    limit: number,
  ): Promise<{ id: string; name: string; active: boolean }[]> {
    return this.sql(
      tenantId,
      `SELECT id, name, active FROM agents
        WHERE tenant_id = $1 AND deleted_at IS NULL
          AND ($2::text IS NULL OR (name, id) > ($2::text, $3::uuid))
        ORDER BY name, id LIMIT $4`,
      [after?.name ?? null, after?.id ?? null, limit + 1],
    );
  }

  /** Per agent of `agentIds`: their tickets now and in [from, to). */
  agentFigures(
    tenantId: string,
    agentIds: string[],
    from: Date,
    to: Date,
  ): Promise<AgentFiguresRow[]> {
    return this.sql<AgentFiguresRow>(
      tenantId,
      `SELECT t.assignee_id AS agent_id,
              count(*) FILTER (WHERE t.status IN ${UNRESOLVED})::int AS open,
              count(*) FILTER (WHERE ${RESOLVED_AT} >= $3 AND ${RESOLVED_AT} < $4)::int AS solved,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY t.first_response_seconds)
                FILTER (WHERE t.first_response_at >= $3 AND t.first_response_at < $4) AS fr_median,
              count(t.first_response_seconds)
                FILTER (WHERE t.first_response_at >= $3 AND t.first_response_at < $4)::int AS fr_count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY t.resolution_seconds)
                FILTER (WHERE ${RESOLVED_AT} >= $3 AND ${RESOLVED_AT} < $4) AS res_median,
              (SELECT count(DISTINCT c.ticket_id) FROM ticket_status_changes c
                 JOIN tickets r ON r.tenant_id = c.tenant_id AND r.id = c.ticket_id AND r.deleted_at IS NULL
                WHERE c.tenant_id = $1 AND r.assignee_id = t.assignee_id
                  AND c.changed_at >= $3 AND c.changed_at < $4
                  AND c.from_status = 'solved' AND c.to_status NOT IN ${RESOLVED})::int AS reopened
         FROM tickets t
        WHERE t.tenant_id = $1 AND t.deleted_at IS NULL AND t.assignee_id = ANY ($2::uuid[])
        GROUP BY 1`,
      [agentIds, from, to],
    );
  }

  /** CSAT responses rating each agent of `agentIds` in [from, to). */
  agentCsat(
    tenantId: string,
    agentIds: string[],
    from: Date,
    to: Date,
  ): Promise<(ScoreCount & { agent_id: string })[]> {
    return this.sql(
      tenantId,
      `SELECT agent_id, kind, score::int AS score, count(*)::int AS count FROM feedback
        WHERE tenant_id = $1 AND agent_id = ANY ($2::uuid[]) AND kind = 'csat'
          AND created_at >= $3 AND created_at < $4
        GROUP BY 1, 2, 3`,
      [agentIds, from, to],
    );
  }
}
