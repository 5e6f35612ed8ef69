import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Page, paginate } from '../../common/pagination/paginate';
import { readOne } from '../../database/read';
import { TenantRepository } from '../../database/tenant.repository';
import { FeedbackEntity } from './feedback.entity';
import type { FeedbackKind, ScoreCount } from './satisfaction';

export interface FeedbackListFilter {
  kind?: FeedbackKind;
  customerId?: string;
  ticketId?: string;
  agentId?: string;
  from?: Date;
  to?: Date;
  minScore?: number;
  maxScore?: number;
}

export const SUMMARY_GROUPINGS = [
  'none',
  'agent',
  'group',
  'channel',
  'day',
  'week',
  'month',
] as const;
export type SummaryGrouping = (typeof SUMMARY_GROUPINGS)[number];

/** One row of the summary query: how often one score of one kind was given in one bucket. */
export interface BucketScoreCount extends ScoreCount {
  key: string | null;
  start: Date | null;
}

/** The bucket key of each grouping, as SQL over `feedback`; `$tz` is the calendar's time zone. */
const BUCKET_KEYS: Record<SummaryGrouping, { key: string; start?: string }> = {
  none: { key: 'NULL::text' },
  agent: { key: 'agent_id::text' },
  group: { key: 'group_id::text' },
  channel: { key: 'channel' },
  day: { key: `to_char(LOCAL, 'YYYY-MM-DD')`, start: 'day' },
  week: { key: `to_char(LOCAL, 'YYYY-MM-DD')`, start: 'week' },
  month: { key: `to_char(LOCAL, 'YYYY-MM')`, start: 'month' },
};

@Injectable()
export class FeedbackRepository extends TenantRepository<FeedbackEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, FeedbackEntity, 'Feedback', 'f');
  }

  findBySurvey(tenantId: string, surveyId: string): Promise<FeedbackEntity | null> {
    return readOne(this.scoped(tenantId).andWhere('f.surveyId = :surveyId', { surveyId }));
  }

  /** A survey answer changed through its link: the new score and/or comment. */
  async updateAnswer(
    tenantId: string,
    id: string,
    answer: { score: number; comment: string | null },
  ): Promise<FeedbackEntity> {
    const rows = await this.sql(
      tenantId,
      `UPDATE feedback SET score = $3, comment = $4, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 RETURNING *`,
      [id, answer.score, answer.comment],
    );
    return this.hydrate(rows[0]);
  }

  /** Newest first (UUIDv7 ids are creation-ordered). */
  list(
    tenantId: string,
    filter: FeedbackListFilter,
    page: { limit: number; cursor?: string },
  ): Promise<Page<FeedbackEntity>> {
    const qb = this.scoped(tenantId);
    if (filter.kind) qb.andWhere('f.kind = :kind', { kind: filter.kind });
    if (filter.customerId)
      qb.andWhere('f.customerId = :customerId', { customerId: filter.customerId });
    if (filter.ticketId) qb.andWhere('f.ticketId = :ticketId', { ticketId: filter.ticketId });
    if (filter.agentId) qb.andWhere('f.agentId = :agentId', { agentId: filter.agentId });
    if (filter.from) qb.andWhere('f.createdAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('f.createdAt < :to', { to: filter.to });
    if (filter.minScore !== undefined)
      qb.andWhere('f.score >= :minScore', { minScore: filter.minScore });
    if (filter.maxScore !== undefined)
      qb.andWhere('f.score <= :maxScore', { maxScore: filter.maxScore });
    return paginate(qb, {
      sort: '-createdAt',
      direction: 'DESC',
      keys: [],
      limit: page.limit,
      cursor: page.cursor,
    });
  }

  /**
   * Responses counted per bucket, kind and score. Calendar buckets (day, week from Monday,
   * month) are cut in `tz`; `start` is the bucket's first instant. `to` is exclusive.
   */
  async summaryCounts(
    tenantId: string,
    q: { kind?: FeedbackKind; from?: Date; to?: Date; groupBy: SummaryGrouping; tz: string },
  ): Promise<BucketScoreCount[]> {
    const params: unknown[] = [q.kind ?? null, q.from ?? null, q.to ?? null];
    const bucket = BUCKET_KEYS[q.groupBy];
    let key = bucket.key;
    let start = 'NULL::timestamptz';
    if (bucket.start) {
      params.push(q.tz);
      const local = `date_trunc('${bucket.start}', created_at AT TIME ZONE $5)`;
      key = key.replace('LOCAL', local);
      start = `${local} AT TIME ZONE $5`;
    }
    const rows = await this.sql<{
      key: string | null;
      start: Date | null;
      kind: FeedbackKind;
      score: number;
      count: number;
    }>(
      tenantId,
      `SELECT ${key} AS key, ${start} AS start, kind, score, count(*)::int AS count
         FROM feedback
        WHERE tenant_id = $1
          AND ($2::text IS NULL OR kind = $2::text)
          AND ($3::timestamptz IS NULL OR created_at >= $3::timestamptz)
          AND ($4::timestamptz IS NULL OR created_at < $4::timestamptz)
        GROUP BY 1, 2, 3, 4
        ORDER BY 2 NULLS FIRST, 1 NULLS FIRST, 3, 4`,
      params,
    );
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  }
}
