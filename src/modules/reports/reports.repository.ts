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

/** Tickets created in the period, per bucket. */
export interface CreatedRow {
  key: string | null;
  created: number;
  complaints: number;
  created_resolved: number;
  sla_due: number;
  sla_met: number;
}

/** A duration's figures: `[median, p90]` (null without values), how many, how many in business hours. */
export interface DurationRow {
  key: string | null;
  /** Tickets this event adds to the bucket (not already counted by an earlier event of theirs). */
  tickets: number;
  percentiles: number[] | null;
  count: number;
  business: number;
}

/** Tickets first answered in the period, per bucket. */
export type FirstResponseRow = DurationRow;

/** Tickets resolved in the period, per bucket. */
export interface ResolutionRow extends DurationRow {
  solved: number;
  one_touch: number;
}

/** Net change of unresolved tickets per bucket (`after`: changes at or after `to`). */
export interface NetChangeRow {
  key: string | null;
  after: boolean;
  net: number;
}

/** Tickets reopened in the period, per bucket. */
export interface ReopenedRow {
  key: string | null;
  reopened: number;
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

/**
 * The ticket's dimension for non-calendar groupings (the ticket's current value): grouped by
 * the column itself (uuids, or text in byte order: the percentiles sort by it, and a
 * collation-aware sort of text costs several times more), shown as text.
 */
const TICKET_DIMENSION: Partial<Record<KpiGrouping, string>> = {
  agent: 't.assignee_id',
  group: 't.group_id',
  channel: 't.channel COLLATE "C"',
  category: 't.category COLLATE "C"',
  type: 't.type COLLATE "C"',
};

/** Feedback is bucketed by what it recorded (as the feedback summary does), else its ticket. */
const FEEDBACK_DIMENSION: Partial<Record<KpiGrouping, string>> = {
  agent: 'f.agent_id',
  group: 'f.group_id',
  channel: 'f.channel COLLATE "C"',
  category: 't.category COLLATE "C"',
  type: 't.type COLLATE "C"',
};

/**
 * A bucket: what rows are grouped by (`group`, a local timestamp truncated to the unit for
 * calendar groupings, compared and sorted cheaply) and its key as the API shows it (`label`).
 */
interface Bucket {
  group: string;
  label: string;
}

function bucketOf(
  groupBy: KpiGrouping,
  at: string,
  tz: string,
  dims: typeof TICKET_DIMENSION,
): Bucket {
  if (!isTimeGrouping(groupBy)) {
    const dim = dims[groupBy] ?? 'NULL::text';
    return { group: dim, label: `(${dim})::text` };
  }
  const group = `date_trunc('${groupBy}', ${at} AT TIME ZONE ${tz})`;
  return { group, label: labelOf(groupBy, group) };
}

/** The key of a calendar bucket (`YYYY-MM-DD`, or `YYYY-MM` for months); null stays null. */
const labelOf = (groupBy: KpiGrouping, group: string) =>
  `to_char(${group}, '${groupBy === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'}')`;

function ticketFilters(q: KpiFilters, p: Params): string {
  const where: string[] = [];
  if (q.channel) where.push(`t.channel = ${p.add(q.channel)}`);
  if (q.type) where.push(`t.type = ${p.add(q.type)}`);
  if (q.groupId) where.push(`t.group_id = ${p.add(q.groupId, '::uuid')}`);
  if (q.tag) where.push(`t.tags @> ARRAY[${p.add(q.tag, '::text')}]`);
  return where.map((w) => ` AND ${w}`).join('');
}

const hasFilters = (q: KpiFilters) => Boolean(q.channel || q.type || q.groupId || q.tag);

type Statement = { sql: string; params: unknown[] };

/**
 * The period's parameters and helpers shared by the ticket statements. Each figure is counted
 * in the bucket of its own event (creation, first reply, resolution), one statement per event,
 * each a range of its own index: a ticket created on Monday and solved on Tuesday counts in
 * both days' buckets, each figure in its own.
 */
function ticketPeriod(q: KpiQuery) {
  const p = new Params();
  const from = p.add(q.from, '::timestamptz');
  const to = p.add(q.to, '::timestamptz');
  const tz = isTimeGrouping(q.groupBy) ? p.add(q.tz, '::text') : '';
  const inPeriod = (x: string) => `(${x} >= ${from} AND ${x} < ${to})`;
  const bucket = (at: string) => bucketOf(q.groupBy, at, tz, TICKET_DIMENSION);
  /** Whether the event at `x` (if any) falls in the same bucket as the one at `y`. */
  const sameBucket = (x: string, y: string) =>
    isTimeGrouping(q.groupBy)
      ? `(${inPeriod(x)} AND ${bucket(x).group} = ${bucket(y).group})`
      : inPeriod(x);
  return { p, from, to, inPeriod, bucket, sameBucket };
}

/** Percentiles of a duration column: one sort for both. */
const durationFigures = (col: string) => `
         percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY t.${col}) AS percentiles,
         count(t.${col})::int AS count,
         count(t.${col}) FILTER (WHERE t.sla_business_hours)::int AS business`;

/** Tickets created in [from, to): volume, complaints, resolution and SLA outcomes. */
export function createdSql(q: KpiQuery): Statement {
  const { p, from, to, bucket } = ticketPeriod(q);
  const b = bucket('t.created_at');
  // An SLA target's outcome is known once it was met, recorded as breached, or is past due.
  const target = (name: string, due: string, stop: string) => ({
    due: `(t.${due} IS NOT NULL AND (${stop} IS NOT NULL OR '${name}' = ANY (t.sla_breached) OR t.${due} <= now()))`,
    met: `(${stop} <= t.${due} AND NOT '${name}' = ANY (t.sla_breached))`,
  });
  const fr = target('firstResponse', 'first_response_due_at', 't.first_response_at');
  const res = target('resolution', 'resolution_due_at', RESOLVED_AT);
  const filters = ticketFilters(q, p);
  const sql = `
    SELECT ${b.label} AS key,
           count(*)::int AS created,
           count(*) FILTER (WHERE t.type = 'complaint')::int AS complaints,
           count(*) FILTER (WHERE ${RESOLVED_AT} < ${to})::int AS created_resolved,
           (count(*) FILTER (WHERE ${fr.due}) + count(*) FILTER (WHERE ${res.due}))::int AS sla_due,
           (count(*) FILTER (WHERE ${fr.due} AND ${fr.met})
             + count(*) FILTER (WHERE ${res.due} AND ${res.met}))::int AS sla_met
      FROM tickets t
     WHERE t.tenant_id = $1 AND t.deleted_at IS NULL
       AND t.created_at >= ${from} AND t.created_at < ${to}${filters}
     GROUP BY ${b.group}`;
  return { sql, params: p.values };
}

/** Tickets first answered in [from, to): first response time. */
export function firstResponsesSql(q: KpiQuery): Statement {
  const { p, from, to, bucket, sameBucket } = ticketPeriod(q);
  const b = bucket('t.first_response_at');
  const filters = ticketFilters(q, p);
  const sql = `
    SELECT ${b.label} AS key,
           count(*) FILTER (WHERE NOT ${sameBucket('t.created_at', 't.first_response_at')})::int AS tickets,
           ${durationFigures('first_response_seconds')}
      FROM tickets t
     WHERE t.tenant_id = $1 AND t.deleted_at IS NULL
       AND t.first_response_at >= ${from} AND t.first_response_at < ${to}${filters}
     GROUP BY ${b.group}`;
  return { sql, params: p.values };
}

/** Tickets resolved in [from, to): solves, one-touch resolutions, resolution time. */
export function resolutionsSql(q: KpiQuery): Statement {
  const { p, from, to, bucket, sameBucket } = ticketPeriod(q);
  const b = bucket(RESOLVED_AT);
  const filters = ticketFilters(q, p);
  const sql = `
    SELECT ${b.label} AS key,
           count(*) FILTER (WHERE NOT ${sameBucket('t.created_at', RESOLVED_AT)}
                              AND NOT ${sameBucket('t.first_response_at', RESOLVED_AT)})::int AS tickets,
           count(*)::int AS solved,
           count(*) FILTER (WHERE t.public_agent_replies = 1)::int AS one_touch,
           ${durationFigures('resolution_seconds')}
      FROM tickets t
     WHERE t.tenant_id = $1 AND t.deleted_at IS NULL
       AND ${RESOLVED_AT} >= ${from} AND ${RESOLVED_AT} < ${to}${filters}
     GROUP BY ${b.group}`;
  return { sql, params: p.values };
}

/** Transitions that change whether a ticket is resolved (the predicate of their covering index). */
const RESOLVEDNESS_CHANGE = `(c.from_status IS NULL OR (c.from_status IN ${RESOLVED}) <> (c.to_status IN ${RESOLVED}))`;

/**
 * The status history's rows joined to what they need of their ticket: its dimension or the
 * filters' columns when the report uses them, else only whether the ticket was deleted (an
 * anti-join against the few deleted tickets, so the history is read from its index alone).
 * `few`: the rows are few (reopens, changes after the period), so each looks its ticket up by
 * primary key; `OFFSET 0` keeps the planner from flattening that into a hash join over all the
 * tenant's tickets, which it picks on its (high) estimate of the reopens.
 */
function historySource(q: KpiQuery, p: Params, few: boolean): string {
  const needsTicket = hasFilters(q) || !(isTimeGrouping(q.groupBy) || q.groupBy === 'none');
  if (!needsTicket) {
    return `ticket_status_changes c
     WHERE c.tenant_id = $1
       AND NOT EXISTS (SELECT 1 FROM tickets d
                        WHERE d.tenant_id = $1 AND d.id = c.ticket_id AND d.deleted_at IS NOT NULL)`;
  }
  if (few) {
    return `ticket_status_changes c
     CROSS JOIN LATERAL (
       SELECT t.assignee_id, t.group_id, t.channel, t.category, t.type FROM tickets t
        WHERE t.tenant_id = $1 AND t.id = c.ticket_id AND t.deleted_at IS NULL${ticketFilters(q, p)}
       OFFSET 0) t
     WHERE c.tenant_id = $1`;
  }
  return `ticket_status_changes c
      JOIN tickets t ON t.tenant_id = c.tenant_id AND t.id = c.ticket_id AND t.deleted_at IS NULL
     WHERE c.tenant_id = $1 AND t.tenant_id = $1${ticketFilters(q, p)}`;
}

/**
 * For the backlog: the net change of unresolved tickets (+1 created unresolved or reopened, −1
 * solved or closed), per bucket from `from` for calendar groupings (each bucket's backlog is the
 * one after it minus its change), and after `to` only for the others (backlog at the end of the
 * period = unresolved now − the change since).
 */
export function netChangesSql(q: KpiQuery): Statement {
  const p = new Params();
  const time = isTimeGrouping(q.groupBy);
  const from = time ? p.add(q.from, '::timestamptz') : '';
  const to = p.add(q.to, '::timestamptz');
  const tz = time ? p.add(q.tz, '::text') : '';
  const b = bucketOf(q.groupBy, 'c.changed_at', tz, TICKET_DIMENSION);
  // Calendar buckets end at `to`; later changes count in one total (key null, `after`).
  const group = time ? `CASE WHEN c.changed_at < ${to} THEN ${b.group} END` : b.group;
  const label = time ? labelOf(q.groupBy, group) : b.label;
  const source = historySource(q, p, !time);
  const sql = `
    SELECT ${label} AS key, c.changed_at >= ${to} AS after,
           coalesce(sum(CASE
             WHEN c.from_status IS NULL THEN CASE WHEN c.to_status IN ${RESOLVED} THEN 0 ELSE 1 END
             WHEN c.to_status IN ${RESOLVED} THEN -1 ELSE 1 END), 0)::int AS net
      FROM ${source}
       AND c.changed_at >= ${time ? from : to} AND ${RESOLVEDNESS_CHANGE}
     GROUP BY ${group}, 2`;
  return { sql, params: p.values };
}

/** Tickets reopened (solved, then unresolved again) in [from, to), per bucket of the reopening. */
export function reopenedSql(q: KpiQuery): Statement {
  const p = new Params();
  const from = p.add(q.from, '::timestamptz');
  const to = p.add(q.to, '::timestamptz');
  const tz = isTimeGrouping(q.groupBy) ? p.add(q.tz, '::text') : '';
  const b = bucketOf(q.groupBy, 'c.changed_at', tz, TICKET_DIMENSION);
  const source = historySource(q, p, true);
  const sql = `
    SELECT ${b.label} AS key, count(DISTINCT c.ticket_id)::int AS reopened
      FROM ${source}
       AND c.changed_at >= ${from} AND c.changed_at < ${to}
       AND c.from_status = 'solved' AND c.to_status NOT IN ${RESOLVED}
     GROUP BY ${b.group}`;
  return { sql, params: p.values };
}

/** Tickets unresolved now, per dimension (one row for calendar groupings and `none`). */
export function openNowSql(q: KpiQuery): { sql: string; params: unknown[] } {
  const p = new Params();
  const b = isTimeGrouping(q.groupBy)
    ? { group: 'NULL::text', label: 'NULL::text' }
    : bucketOf(q.groupBy, '', '', TICKET_DIMENSION);
  const filters = ticketFilters(q, p);
  const sql = `
    SELECT ${b.label} AS key, count(*)::int AS open
      FROM tickets t
     WHERE t.tenant_id = $1 AND t.deleted_at IS NULL AND t.status IN ${UNRESOLVED}${filters}
     GROUP BY ${b.group}`;
  return { sql, params: p.values };
}

/** Feedback given in [from, to), counted per bucket, kind and score (for `summarize()`). */
export function feedbackSql(q: KpiQuery): { sql: string; params: unknown[] } {
  const p = new Params();
  const from = p.add(q.from, '::timestamptz');
  const to = p.add(q.to, '::timestamptz');
  const tz = isTimeGrouping(q.groupBy) ? p.add(q.tz, '::text') : '';
  const b = bucketOf(q.groupBy, 'f.created_at', tz, FEEDBACK_DIMENSION);
  const where: string[] = [];
  if (q.channel) where.push(`f.channel = ${p.add(q.channel)}`);
  if (q.groupId) where.push(`f.group_id = ${p.add(q.groupId, '::uuid')}`);
  if (q.type) where.push(`t.type = ${p.add(q.type)}`);
  if (q.tag) where.push(`t.tags @> ARRAY[${p.add(q.tag, '::text')}]`);
  const needsTicket = q.type || q.tag || q.groupBy === 'category' || q.groupBy === 'type';
  const sql = `
    SELECT ${b.label} AS key, f.kind, f.score, count(*)::int AS count
      FROM feedback f${
        needsTicket
          ? `
      LEFT JOIN tickets t ON t.tenant_id = f.tenant_id AND t.id = f.ticket_id AND t.deleted_at IS NULL`
          : ''
      }
     WHERE f.tenant_id = $1 AND f.created_at >= ${from} AND f.created_at < ${to}${where.map((w) => ` AND ${w}`).join('')}
     GROUP BY ${b.group}, 2, 3`;
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

  created(tenantId: string, q: KpiQuery): Promise<CreatedRow[]> {
    return this.report(tenantId, createdSql(q));
  }

  firstResponses(tenantId: string, q: KpiQuery): Promise<FirstResponseRow[]> {
    return this.report(tenantId, firstResponsesSql(q));
  }

  resolutions(tenantId: string, q: KpiQuery): Promise<ResolutionRow[]> {
    return this.report(tenantId, resolutionsSql(q));
  }

  netChanges(tenantId: string, q: KpiQuery): Promise<NetChangeRow[]> {
    return this.report(tenantId, netChangesSql(q));
  }

  reopened(tenantId: string, q: KpiQuery): Promise<ReopenedRow[]> {
    return this.report(tenantId, reopenedSql(q));
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

/** The KPI report's statements by name (the bench prints their plans). */
export const KPI_STATEMENTS = {
  created: createdSql,
  firstResponses: firstResponsesSql,
  resolutions: resolutionsSql,
  netChanges: netChangesSql,
  reopened: reopenedSql,
  openNow: openNowSql,
  feedback: feedbackSql,
} satisfies Record<string, (q: KpiQuery) => Statement>;
