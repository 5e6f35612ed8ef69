import { Injectable } from '@nestjs/common';
import { decodeCursor } from '../../common/pagination/cursor';
import { Page, pageOf } from '../../common/pagination/paginate';
import { TenantSql } from '../../database/tenant-sql';
import { TimelineItemModel } from './dto/timeline.model';

/**
 * One source of a customer's timeline: SQL selecting `id, type, occurred_at, data` for customer
 * $2 of tenant $1. Ticket and feedback modules register theirs as they land.
 */
export interface TimelineSource {
  sql: string;
}

/** The customer's own history from the outbox: created and updated, with the state after. */
const CUSTOMER_EVENTS: TimelineSource = {
  sql: `SELECT id, type, created_at AS occurred_at, payload AS data
          FROM events
         WHERE tenant_id = $1 AND resource_id = $2 AND resource_type = 'customer'`,
};

const TIMELINE = 'timeline';

/** Newest first, keyset-paginated on (occurred_at, id) across every source. */
@Injectable()
export class CustomerTimeline {
  private readonly sources: TimelineSource[] = [CUSTOMER_EVENTS];

  constructor(private readonly sql: TenantSql) {}

  register(source: TimelineSource): void {
    this.sources.push(source);
  }

  async page(
    tenantId: string,
    customerId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<TimelineItemModel>> {
    const after = cursor ? decodeCursor(cursor, TIMELINE, ['timestamp', 'uuid']) : null;
    const rows = await this.sql.query<{
      id: string;
      type: string;
      occurred_at: Date;
      data: Record<string, unknown>;
    }>(
      tenantId,
      `SELECT * FROM (${this.sources.map((s) => `(${s.sql})`).join(' UNION ALL ')}) t
        WHERE $4::timestamptz IS NULL OR (occurred_at, id) < ($4::timestamptz, $5::uuid)
        ORDER BY occurred_at DESC, id DESC
        LIMIT $3`,
      [customerId, limit + 1, after?.[0] ?? null, after?.[1] ?? null],
    );
    const items = rows.map((r) => ({
      id: r.id,
      type: r.type,
      occurredAt: r.occurred_at,
      data: r.data,
    }));
    return pageOf(items, limit, TIMELINE, (last) => [last.occurredAt.toISOString(), last.id]);
  }
}
