import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import { percent, ScoreCount, summarize } from '../feedback/satisfaction';
import { AgentReportArgs } from './dto/agent-report.args';
import { AgentKpisModel, AgentReportModel } from './dto/agent-report.model';
import { KpiReportArgs } from './dto/kpi-report.args';
import { DurationFiguresModel, KpiBucketModel, KpiReportModel } from './dto/kpi-report.model';
import { isTimeGrouping, periodOf, timeBuckets } from './report-period';
import {
  CreatedRow,
  DurationRow,
  KpiQuery,
  NetChangeRow,
  ReportsRepository,
  ResolutionRow,
} from './reports.repository';

/** A share of 0..1 with four decimals; null when `whole` is 0. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

const seconds = (v: number | null | undefined) =>
  v === null || v === undefined ? null : Math.round(Number(v));

function duration(row: DurationRow | undefined): DurationFiguresModel {
  const count = row?.count ?? 0;
  const business = row?.business ?? 0;
  return {
    median: seconds(row?.percentiles?.[0]),
    p90: seconds(row?.percentiles?.[1]),
    count,
    businessHoursCount: business,
    clock:
      count === 0
        ? null
        : business === count
          ? 'business_hours'
          : business === 0
            ? 'calendar'
            : 'mixed',
  };
}

const byKey = <R extends { key: string | null }>(rows: R[]) => new Map(rows.map((r) => [r.key, r]));

const AGENT_SORT = 'name';

/**
 * KPIs that pair speed with satisfaction. Every figure is an SQL aggregate (see the
 * repository); this service cuts the period into buckets, derives the backlog from the status
 * history and applies the feedback arithmetic of `satisfaction.ts`.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly reports: ReportsRepository) {}

  async kpis(tenantId: string, args: KpiReportArgs, now = new Date()): Promise<KpiReportModel> {
    const period = periodOf(args, now);
    const groupBy = args.groupBy ?? 'none';
    const q: KpiQuery = {
      ...period,
      groupBy,
      channel: args.channel,
      type: args.type,
      groupId: args.groupId,
      tag: args.tag,
    };
    // Independent aggregates, each a range of its own index on its own pooled connection; the
    // names of the agents or groups alongside (every one of the tenant's: which of them the
    // buckets need is only known at the end, and a lookup then would wait for the slowest).
    const named = groupBy === 'agent' ? 'agents' : groupBy === 'group' ? 'groups' : null;
    const [created, firstResponses, resolutions, backlog, reopened, feedback, names] =
      await Promise.all([
        this.reports.created(tenantId, q),
        this.reports.firstResponses(tenantId, q),
        this.reports.resolutions(tenantId, q),
        this.reports.backlog(tenantId, q),
        this.reports.reopened(tenantId, q),
        this.reports.feedbackCounts(tenantId, q),
        named ? this.reports.names(tenantId, named) : null,
      ]);
    const createdBy = byKey<CreatedRow>(created);
    const firstResponsesBy = byKey<DurationRow>(firstResponses);
    const resolutionsBy = byKey<ResolutionRow>(resolutions);
    const feedbackBy = new Map<string | null, ScoreCount[]>();
    for (const r of feedback) {
      const list = feedbackBy.get(r.key) ?? [];
      list.push(r);
      feedbackBy.set(r.key, list);
    }
    const during = backlog.changes.filter((h) => !h.after);
    const after = backlog.changes.filter((h) => h.after);
    const sumBy = (rows: NetChangeRow[]) => {
      const m = new Map<string | null, number>();
      for (const r of rows) m.set(r.key, (m.get(r.key) ?? 0) + r.net);
      return m;
    };
    const reopenedBy = new Map(reopened.map((r) => [r.key, r.reopened]));
    const openNowBy = new Map(backlog.open.map((r) => [r.key, r.open]));

    const bucket = (key: string | null, start: Date | null, backlog: number): KpiBucketModel => {
      const c = createdBy.get(key);
      const f = firstResponsesBy.get(key);
      const r = resolutionsBy.get(key);
      const fb = summarize(feedbackBy.get(key) ?? []);
      const ticketsCreated = c?.created ?? 0;
      const solved = r?.solved ?? 0;
      const slaDue = c?.sla_due ?? 0;
      const slaMet = c?.sla_met ?? 0;
      return {
        key,
        label: null,
        start,
        // Each event statement counts the tickets an earlier event of theirs did not.
        tickets: ticketsCreated + (f?.tickets ?? 0) + (r?.tickets ?? 0),
        ticketsCreated,
        ticketsSolved: solved,
        complaints: c?.complaints ?? 0,
        resolutionRate: rate(c?.created_resolved ?? 0, ticketsCreated),
        firstResponseSeconds: duration(f),
        resolutionSeconds: duration(r),
        slaTargetsDue: slaDue,
        slaTargetsMet: slaMet,
        slaCompliancePercent: percent(slaMet, slaDue),
        reopened: reopenedBy.get(key) ?? 0,
        backlog,
        oneTouchResolutions: r?.one_touch ?? 0,
        oneTouchResolutionRate: rate(r?.one_touch ?? 0, solved),
        csat: fb.csat,
        nps: fb.nps,
      };
    };

    let buckets: KpiBucketModel[];
    if (isTimeGrouping(groupBy)) {
      // Backlog at the end of each bucket: unresolved now, minus the net change since then.
      const netBy = sumBy(during);
      const calendar = timeBuckets(period, groupBy);
      let backlog = (openNowBy.get(null) ?? 0) - after.reduce((s, r) => s + r.net, 0);
      buckets = [];
      for (let i = calendar.length - 1; i >= 0; i--) {
        buckets.unshift(bucket(calendar[i].key, calendar[i].start, backlog));
        backlog -= netBy.get(calendar[i].key) ?? 0;
      }
    } else {
      const netAfterBy = sumBy(after);
      const backlogOf = (key: string | null) =>
        (openNowBy.get(key) ?? 0) - (netAfterBy.get(key) ?? 0);
      const keys = new Set<string | null>(groupBy === 'none' ? [null] : []);
      if (groupBy !== 'none') {
        for (const m of [createdBy, firstResponsesBy, resolutionsBy, feedbackBy, reopenedBy])
          for (const k of m.keys()) keys.add(k);
        for (const k of new Set([...openNowBy.keys(), ...netAfterBy.keys()]))
          if (backlogOf(k) !== 0) keys.add(k);
      }
      const sorted = [...keys].sort((a, b) =>
        a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
      );
      buckets = sorted.map((k) => bucket(k, null, backlogOf(k)));
      if (names) {
        for (const b of buckets) b.label = b.key === null ? null : (names.get(b.key) ?? null);
      }
    }
    return { from: period.from, to: period.to, tz: period.tz, groupBy, buckets };
  }

  async agents(
    tenantId: string,
    args: AgentReportArgs,
    now = new Date(),
  ): Promise<AgentReportModel> {
    const period = periodOf(args, now);
    const limit = args.limit ?? 50;
    let after: { name: string; id: string } | null = null;
    if (args.cursor) {
      const [name, id] = decodeCursor(args.cursor, AGENT_SORT, ['text', 'uuid']);
      after = { name: String(name), id: String(id) };
    }
    const rows = await this.reports.agentsPage(tenantId, after, limit);
    const page = rows.slice(0, limit);
    const ids = page.map((a) => a.id);
    const [figures, csat] = ids.length
      ? await Promise.all([
          this.reports.agentFigures(tenantId, ids, period.from, period.to),
          this.reports.agentCsat(tenantId, ids, period.from, period.to),
        ])
      : [[], []];
    const figuresBy = new Map(figures.map((f) => [f.agent_id, f]));
    const data: AgentKpisModel[] = page.map((a) => {
      const f = figuresBy.get(a.id);
      const s = summarize(csat.filter((c) => c.agent_id === a.id));
      return {
        agentId: a.id,
        name: a.name,
        active: a.active,
        openTickets: f?.open ?? 0,
        solved: f?.solved ?? 0,
        firstResponseMedianSeconds: seconds(f?.fr_median),
        firstResponses: f?.fr_count ?? 0,
        resolutionMedianSeconds: seconds(f?.res_median),
        csat: s.csat.percent,
        csatResponses: s.csat.responses,
        reopened: f?.reopened ?? 0,
      };
    });
    const last = page[page.length - 1];
    return {
      from: period.from,
      to: period.to,
      data,
      nextCursor:
        rows.length > limit && last ? encodeCursor(AGENT_SORT, [last.name, last.id]) : null,
    };
  }
}
