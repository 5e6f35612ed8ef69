import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantRepository } from '../../database/tenant.repository';
import type { ScoreCount } from '../feedback/satisfaction';
import { TicketEntity } from '../tickets/ticket.entity';
import { isTimeGrouping, KpiGrouping, timeBuckets, TimeGrouping } from './report-period';

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
/**
 * Settings of the report's statements (`SET LOCAL`): room to sort in memory (percentiles), and
 * no parallel workers: the statements already run side by side, one per connection, and workers
 * on top of them would only share the same cores.
 */
export const REPORT_SETTINGS = { work_mem: '64MB', max_parallel_workers_per_gather: '0' };

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
 * The calendar buckets of a period as three placeholders: each bucket's share of the period
 * (`starts`, `ends`: `timestamptz[]`, clipped to [from, to)) and its key (`text[]`), cut in Node
 * by `timeBuckets` (the zone's rules, weeks from Monday). `after`: one more range, from `to` on,
 * keyed null (the backlog needs the changes since the period).
 */
interface Calendar {
  starts: string;
  ends: string;
  keys: string;
}

/** The key of the calendar bucket instant `at` falls in (`width_bucket`: a binary search). */
const calendarKey = (calendar: Calendar, at: string) =>
  `(${calendar.keys})[width_bucket(${at}, ${calendar.starts})]`;

function calendarOf(q: KpiQuery, p: Params, after = false): Calendar | null {
  if (!isTimeGrouping(q.groupBy)) return null;
  const buckets = timeBuckets(q, q.groupBy as TimeGrouping);
  const starts = buckets.map((b) => (b.start < q.from ? q.from : b.start).toISOString());
  const ends = buckets.map((b) => b.end.toISOString());
  const keys: (string | null)[] = buckets.map((b) => b.key);
  if (after) {
    starts.push(q.to.toISOString());
    ends.push('infinity');
    keys.push(null);
  }
  // Each placeholder is bound when a statement first uses it (PostgreSQL cannot type one that
  // no statement uses).
  const bound = new Map<string, string>();
  const bind = (name: string, value: unknown[], cast: string) => {
    if (!bound.has(name)) bound.set(name, p.add(value, cast));
    return bound.get(name)!;
  };
  return {
    get starts() {
      return bind('starts', starts, '::timestamptz[]');
    },
    get ends() {
      return bind('ends', ends, '::timestamptz[]');
    },
    get keys() {
      return bind('keys', keys, '::text[]');
    },
  };
}

/** Figures of a statement by column name: each an aggregate expression. */
type Figures = Record<string, string>;

const columns = (figures: Figures) =>
  Object.entries(figures)
    .map(([name, expr]) => `${expr} AS ${name}`)
    .join(',\n           ');

/**
 * One statement of aggregates per bucket over the rows of `from`/`where` whose event (`at`)
 * falls in the period. `figures` gets `inBucket(x)`: whether instant `x` falls in the same
 * bucket. `duration`: a column whose median and 90th percentile the bucket reports
 * (`percentiles`, `[p50, p90]`, null without values).
 *
 * - Calendar groupings: one range of the event's index per bucket (`CROSS JOIN LATERAL` over the
 *   buckets): each bucket is aggregated on its own, so no row is sorted or hashed by bucket and
 *   no time-zone conversion runs per row (233,000 first replies in 91 days: 200 → 85 ms). Every
 *   bucket gets a row, zeros included. `group` (extra grouping inside a bucket, e.g. feedback's
 *   kind and score) is optional.
 * - Other groupings: one range of the index, grouped by the ticket's dimension (the uuid, or
 *   text in byte order: a collation-aware comparison costs several times more), shown as text.
 *   The percentiles come from each group's values collected by a hash aggregate (no sort of all
 *   rows by dimension: 9,001 agents over 233,000 first replies, 163 → 142 ms); for `none`, one
 *   group, straight from the rows.
 */
function aggregateBy(
  q: KpiQuery,
  p: Params,
  s: {
    at: string;
    figures: (inBucket: (x: string) => string) => Figures;
    duration?: string;
    from: string;
    where: string;
    dims: Partial<Record<KpiGrouping, string>>;
    group?: string;
  },
): string {
  const calendar = calendarOf(q, p);
  const percentiles = (values: string) =>
    `percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ${values})`;
  if (calendar) {
    const inBucket = (x: string) => `(${x} >= b.s AND ${x} < b.e)`;
    const figures = s.figures(inBucket);
    if (s.duration) figures.percentiles = percentiles(s.duration);
    return `
    SELECT b.key, x.*
      FROM unnest(${calendar.starts}, ${calendar.ends}, ${calendar.keys}) AS b (s, e, key)
     CROSS JOIN LATERAL (
       SELECT ${columns(figures)}
         FROM ${s.from}
        WHERE ${s.where} AND ${s.at} >= b.s AND ${s.at} < b.e${
          s.group
            ? `
        GROUP BY ${s.group}`
            : ''
        }) x`;
  }
  const from = p.add(q.from, '::timestamptz');
  const to = p.add(q.to, '::timestamptz');
  const inBucket = (x: string) => `(${x} >= ${from} AND ${x} < ${to})`;
  const figures = s.figures(inBucket);
  const dim = s.dims[q.groupBy] ?? 'NULL::text';
  if (s.duration && q.groupBy === 'none') figures.percentiles = percentiles(s.duration);
  const collect = s.duration && q.groupBy !== 'none';
  const grouped = `
    SELECT (${dim})::text AS key, ${columns(figures)}${
      collect
        ? `,
           array_agg(${s.duration}) FILTER (WHERE ${s.duration} IS NOT NULL) AS durations`
        : ''
    }
      FROM ${s.from}
     WHERE ${s.where} AND ${s.at} >= ${from} AND ${s.at} < ${to}
     GROUP BY ${dim}${s.group ? `, ${s.group}` : ''}`;
  if (!collect) return grouped;
  return `
    SELECT g.key, ${Object.keys(figures)
      .map((name) => `g.${name}`)
      .join(', ')},
           (SELECT ${percentiles('v')} FROM unnest(g.durations) v) AS percentiles
      FROM (${grouped}) g`;
}

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
 * The live tickets of the report's filters. Each figure is counted in the bucket of its own
 * event (creation, first reply, resolution), one statement per event, each a range of its own
 * covering index (read without the table): a ticket created on Monday and solved on Tuesday
 * counts in both days' buckets, each figure in its own.
 */
const liveTickets = (q: KpiQuery, p: Params) =>
  `t.tenant_id = $1 AND t.deleted_at IS NULL${ticketFilters(q, p)}`;

/** How many values a duration column has, and how many of them count business hours. */
const durationCounts = (col: string): Figures => ({
  count: `count(t.${col})::int`,
  business: `count(t.${col}) FILTER (WHERE t.sla_business_hours)::int`,
});

/** Tickets created in [from, to): volume, complaints, resolution and SLA outcomes. */
export function createdSql(q: KpiQuery): Statement {
  const p = new Params();
  const to = p.add(q.to, '::timestamptz');
  // An SLA target's outcome is known once it was met, recorded as breached, or is past due.
  const target = (name: string, due: string, stop: string) => ({
    due: `(t.${due} IS NOT NULL AND (${stop} IS NOT NULL OR '${name}' = ANY (t.sla_breached) OR t.${due} <= now()))`,
    met: `(${stop} <= t.${due} AND NOT '${name}' = ANY (t.sla_breached))`,
  });
  // A ticket solved or closed before any reply needed none: its first-response clock stopped
  // there (as the ticket's own SLA state says), met if that was in time.
  const fr = target(
    'firstResponse',
    'first_response_due_at',
    `coalesce(t.first_response_at, ${RESOLVED_AT})`,
  );
  const res = target('resolution', 'resolution_due_at', RESOLVED_AT);
  const sql = aggregateBy(q, p, {
    at: 't.created_at',
    from: 'tickets t',
    where: liveTickets(q, p),
    dims: TICKET_DIMENSION,
    figures: () => ({
      created: 'count(*)::int',
      complaints: `count(*) FILTER (WHERE t.type = 'complaint')::int`,
      created_resolved: `count(*) FILTER (WHERE ${RESOLVED_AT} < ${to})::int`,
      sla_due: `(count(*) FILTER (WHERE ${fr.due}) + count(*) FILTER (WHERE ${res.due}))::int`,
      sla_met: `(count(*) FILTER (WHERE ${fr.due} AND ${fr.met})
             + count(*) FILTER (WHERE ${res.due} AND ${res.met}))::int`,
    }),
  });
  return { sql, params: p.values };
}

/** Tickets first answered in [from, to): first response time. */
export function firstResponsesSql(q: KpiQuery): Statement {
  const p = new Params();
  const sql = aggregateBy(q, p, {
    at: 't.first_response_at',
    from: 'tickets t',
    where: liveTickets(q, p),
    dims: TICKET_DIMENSION,
    duration: 't.first_response_seconds',
    figures: (inBucket) => ({
      tickets: `count(*) FILTER (WHERE NOT ${inBucket('t.created_at')})::int`,
      ...durationCounts('first_response_seconds'),
    }),
  });
  return { sql, params: p.values };
}

/** Tickets resolved in [from, to): solves, one-touch resolutions, resolution time. */
export function resolutionsSql(q: KpiQuery): Statement {
  const p = new Params();
  const sql = aggregateBy(q, p, {
    at: RESOLVED_AT,
    from: 'tickets t',
    where: liveTickets(q, p),
    dims: TICKET_DIMENSION,
    duration: 't.resolution_seconds',
    figures: (inBucket) => ({
      tickets: `count(*) FILTER (WHERE NOT ${inBucket('t.created_at')}
                              AND NOT coalesce(${inBucket('t.first_response_at')}, false))::int`,
      solved: 'count(*)::int',
      one_touch: 'count(*) FILTER (WHERE t.public_agent_replies = 1)::int',
      ...durationCounts('resolution_seconds'),
    }),
  });
  return { sql, params: p.values };
}

/** Transitions that change whether a ticket is resolved (the predicate of their covering index). */
const RESOLVEDNESS_CHANGE = `(c.from_status IS NULL OR (c.from_status IN ${RESOLVED}) <> (c.to_status IN ${RESOLVED}))`;

/** A transition's change of the backlog: +1 created unresolved or reopened, −1 solved or closed. */
const NET_CHANGE = `CASE
             WHEN c.from_status IS NULL THEN CASE WHEN c.to_status IN ${RESOLVED} THEN 0 ELSE 1 END
             WHEN c.to_status IN ${RESOLVED} THEN -1 ELSE 1 END`;

/**
 * `c.ticket_id`'s live ticket (as `t`: its dimensions), when it passes the report's filters,
 * looked up by primary key; `OFFSET 0` keeps the planner from flattening that into a hash join
 * over all the tenant's tickets, which it picks on its (high) estimate of the rows.
 */
const ticketOfChange = (q: KpiQuery, p: Params) => `CROSS JOIN LATERAL (
       SELECT t.assignee_id, t.group_id, t.channel, t.category, t.type FROM tickets t
        WHERE t.tenant_id = $1 AND t.id = c.ticket_id AND t.deleted_at IS NULL${ticketFilters(q, p)}
       OFFSET 0) t`;

/** Whether `ticketId` is none of the tenant's deleted tickets (few: their partial index). */
const notDeleted = (ticketId: string) => `NOT EXISTS (SELECT 1 FROM tickets d
        WHERE d.tenant_id = $1 AND d.id = ${ticketId} AND d.deleted_at IS NOT NULL)`;

/**
 * The status history's rows joined to what they need of their ticket: its dimension or the
 * filters' columns. `few`: the rows are few (reopens, changes after the period), so each looks
 * its ticket up (`ticketOfChange`).
 */
function historyWithTickets(q: KpiQuery, p: Params, few: boolean): { from: string; where: string } {
  if (few) {
    return {
      from: `ticket_status_changes c
     ${ticketOfChange(q, p)}`,
      where: 'c.tenant_id = $1',
    };
  }
  return {
    from: `ticket_status_changes c
      JOIN tickets t ON t.tenant_id = c.tenant_id AND t.id = c.ticket_id`,
    where: `c.tenant_id = $1 AND ${liveTickets(q, p)}`,
  };
}

/** Whether a history statement reads its tickets (for a dimension or a filter). */
const historyNeedsTickets = (q: KpiQuery) =>
  hasFilters(q) || !(isTimeGrouping(q.groupBy) || q.groupBy === 'none');

/** The history of the tenant's deleted tickets (few: read from their partial index). */
const DELETED_HISTORY = `tickets d
      JOIN ticket_status_changes c ON c.tenant_id = d.tenant_id AND c.ticket_id = d.id
     WHERE d.tenant_id = $1 AND d.deleted_at IS NOT NULL AND c.tenant_id = $1`;

/**
 * For the backlog: the net change of unresolved tickets per bucket from `from` for calendar
 * groupings, plus the change after `to` (key null, `after`); each bucket's backlog is the one
 * after it minus its change. For the others, the change after `to` only (backlog at the end of
 * the period = unresolved now − the change since).
 *
 * Without a dimension or filter the history is read from its covering index alone, and the
 * history of deleted tickets (few) is subtracted, instead of checking every transition's ticket.
 */
export function netChangesSql(q: KpiQuery, p = new Params()): Statement {
  const time = isTimeGrouping(q.groupBy);
  const to = p.add(q.to, '::timestamptz');
  if (!historyNeedsTickets(q)) {
    const calendar = time ? calendarOf(q, p, true) : null;
    const from = time ? p.add(q.from, '::timestamptz') : to;
    // Every bucket's range of the history, then minus the deleted tickets' share.
    const buckets = calendar
      ? `SELECT b.key, b.s >= ${to} AS after, x.net
      FROM unnest(${calendar.starts}, ${calendar.ends}, ${calendar.keys}) AS b (s, e, key)
     CROSS JOIN LATERAL (
       SELECT coalesce(sum(${NET_CHANGE}), 0) AS net
         FROM ticket_status_changes c
        WHERE c.tenant_id = $1 AND c.changed_at >= b.s AND c.changed_at < b.e
          AND ${RESOLVEDNESS_CHANGE}) x`
      : `SELECT NULL::text AS key, true AS after, coalesce(sum(${NET_CHANGE}), 0) AS net
      FROM ticket_status_changes c
     WHERE c.tenant_id = $1 AND c.changed_at >= ${to} AND ${RESOLVEDNESS_CHANGE}`;
    const deletedKey = calendar ? calendarKey(calendar, 'c.changed_at') : 'NULL::text';
    const sql = `
    SELECT key, after, sum(net)::int AS net FROM (
      ${buckets}
     UNION ALL
    SELECT ${deletedKey}, c.changed_at >= ${to}, -(${NET_CHANGE})
      FROM ${DELETED_HISTORY} AND c.changed_at >= ${from} AND ${RESOLVEDNESS_CHANGE}
    ) n
     GROUP BY 1, 2`;
    return { sql, params: p.values };
  }
  const source = historyWithTickets(q, p, !time);
  const dim = time ? 'NULL::text' : (TICKET_DIMENSION[q.groupBy] ?? 'NULL::text');
  const calendar = time ? calendarOf(q, p, true) : null;
  const key = calendar ? calendarKey(calendar, 'c.changed_at') : `(${dim})::text`;
  const sql = `
    SELECT ${key} AS key, c.changed_at >= ${to} AS after, coalesce(sum(${NET_CHANGE}), 0)::int AS net
      FROM ${source.from}
     WHERE ${source.where} AND c.changed_at >= ${time ? p.add(q.from, '::timestamptz') : to}
       AND ${RESOLVEDNESS_CHANGE}
     GROUP BY ${calendar ? key : dim}, 2`;
  return { sql, params: p.values };
}

/** A transition that reopens a ticket (the predicate of its partial index). */
const REOPENING = `c.from_status = 'solved' AND c.to_status NOT IN ${RESOLVED}`;

/** Tickets reopened (solved, then unresolved again) in [from, to), per bucket of the reopening. */
export function reopenedSql(q: KpiQuery): Statement {
  const p = new Params();
  if (!isTimeGrouping(q.groupBy) && q.groupBy !== 'none') {
    // A ticket has one value of the dimension: count each reopened ticket once, looking its
    // ticket up once and in the order of the table (9,001 agents, 23,773 reopenings: 126 → 81 ms).
    const from = p.add(q.from, '::timestamptz');
    const to = p.add(q.to, '::timestamptz');
    const dim = TICKET_DIMENSION[q.groupBy] ?? 'NULL::text';
    const sql = `
    SELECT (${dim})::text AS key, count(*)::int AS reopened
      FROM (SELECT DISTINCT c.ticket_id FROM ticket_status_changes c
             WHERE c.tenant_id = $1 AND c.changed_at >= ${from} AND c.changed_at < ${to}
               AND ${REOPENING}
             ORDER BY 1 OFFSET 0) c
     ${ticketOfChange(q, p)}
     GROUP BY ${dim}`;
    return { sql, params: p.values };
  }
  const source = hasFilters(q)
    ? historyWithTickets(q, p, true)
    : {
        from: 'ticket_status_changes c',
        where: `c.tenant_id = $1 AND ${notDeleted('c.ticket_id')}`,
      };
  const sql = aggregateBy(q, p, {
    at: 'c.changed_at',
    from: source.from,
    where: `${source.where} AND ${REOPENING}`,
    dims: TICKET_DIMENSION,
    figures: () => ({ reopened: 'count(DISTINCT c.ticket_id)::int' }),
  });
  return { sql, params: p.values };
}

/** Tickets unresolved now, per dimension (one row for calendar groupings and `none`). */
export function openNowSql(q: KpiQuery, p = new Params()): Statement {
  const dim = isTimeGrouping(q.groupBy)
    ? 'NULL::text'
    : (TICKET_DIMENSION[q.groupBy] ?? 'NULL::text');
  const sql = `
    SELECT (${dim})::text AS key, count(*)::int AS open
      FROM tickets t
     WHERE ${liveTickets(q, p)} AND t.status IN ${UNRESOLVED}
     GROUP BY ${dim}`;
  return { sql, params: p.values };
}

/**
 * The backlog's two parts in one statement, so one snapshot: unresolved now (`open`) and the net
 * changes since (`open` null). Read apart, on two connections, a ticket solved or reopened
 * between the two reads moved the backlog of a period long past by one.
 */
export function backlogSql(q: KpiQuery): Statement {
  const p = new Params();
  const open = openNowSql(q, p).sql;
  const net = netChangesSql(q, p).sql;
  const sql = `
    SELECT o.key, NULL::boolean AS after, o.open AS n, true AS open FROM (${open}) o
     UNION ALL
    SELECT c.key, c.after, c.net, false FROM (${net}) c`;
  return { sql, params: p.values };
}

/** Feedback given in [from, to), counted per bucket, kind and score (for `summarize()`). */
export function feedbackSql(q: KpiQuery): Statement {
  const p = new Params();
  const where: string[] = [];
  if (q.channel) where.push(`f.channel = ${p.add(q.channel)}`);
  if (q.groupId) where.push(`f.group_id = ${p.add(q.groupId, '::uuid')}`);
  if (q.type) where.push(`t.type = ${p.add(q.type)}`);
  if (q.tag) where.push(`t.tags @> ARRAY[${p.add(q.tag, '::text')}]`);
  const needsTicket = q.type || q.tag || q.groupBy === 'category' || q.groupBy === 'type';
  const sql = aggregateBy(q, p, {
    at: 'f.created_at',
    from: `feedback f${
      needsTicket
        ? `
      LEFT JOIN tickets t ON t.tenant_id = f.tenant_id AND t.id = f.ticket_id AND t.deleted_at IS NULL`
        : ''
    }`,
    where: `f.tenant_id = $1 AND ${notDeleted('f.ticket_id')}${where.map((w) => ` AND ${w}`).join('')}`,
    dims: FEEDBACK_DIMENSION,
    group: 'f.kind, f.score',
    figures: () => ({ kind: 'f.kind', score: 'f.score', count: 'count(*)::int' }),
  });
  return { sql, params: p.values };
}

@Injectable()
export class ReportsRepository extends TenantRepository<TicketEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, TicketEntity, 'Ticket', 't', true);
  }

  private report<T>(tenantId: string, statement: { sql: string; params: unknown[] }) {
    return this.withSettings(REPORT_SETTINGS, () =>
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

  /** Unresolved now, per key, and the net changes since (see `backlogSql`). */
  async backlog(
    tenantId: string,
    q: KpiQuery,
  ): Promise<{ open: { key: string | null; open: number }[]; changes: NetChangeRow[] }> {
    const rows = await this.report<{
      key: string | null;
      after: boolean;
      n: number;
      open: boolean;
    }>(tenantId, backlogSql(q));
    return {
      open: rows.filter((r) => r.open).map((r) => ({ key: r.key, open: r.n })),
      changes: rows.filter((r) => !r.open).map((r) => ({ key: r.key, after: r.after, net: r.n })),
    };
  }

  reopened(tenantId: string, q: KpiQuery): Promise<ReopenedRow[]> {
    return this.report(tenantId, reopenedSql(q));
  }

  async feedbackCounts(tenantId: string, q: KpiQuery): Promise<FeedbackCountRow[]> {
    const { sql, params } = feedbackSql(q);
    const rows = await this.sql<FeedbackCountRow>(tenantId, sql, params);
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  }

  /** Names of the tenant's agents or groups (deleted ones too: their tickets stay), by id. */
  async names(tenantId: string, table: 'agents' | 'groups'): Promise<Map<string, string>> {
    const rows = await this.sql<{ id: string; name: string }>(
      tenantId,
      `SELECT id, name FROM ${table} WHERE tenant_id = $1`,
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
      `SELECT f.agent_id, f.kind, f.score::int AS score, count(*)::int AS count FROM feedback f
        WHERE f.tenant_id = $1 AND f.agent_id = ANY ($2::uuid[]) AND f.kind = 'csat'
          AND f.created_at >= $3 AND f.created_at < $4 AND ${notDeleted('f.ticket_id')}
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
  backlog: backlogSql,
  reopened: reopenedSql,
  feedback: feedbackSql,
} satisfies Record<string, (q: KpiQuery) => Statement>;
