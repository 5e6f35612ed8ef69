import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import { Page } from '../../common/pagination/paginate';
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

/** Newest first, keyset-paginated on (occurred_at, id) across every source. */
@Injectable()
export class CustomerTimeline {
  private readonly sources: TimelineSource[] = [CUSTOMER_EVENTS];

  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  register(source: TimelineSource): void {
    this.sources.push(source);
  }

  async page(
    tenantId: string,
    customerId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<TimelineItemModel>> {
    const params: unknown[] = [tenantId, customerId, limit + 1];
    let after = '';
    if (cursor) {
      const [at, id] = decodeCursor(cursor, 'timeline', 2);
      params.push(at, id);
      after = `WHERE (occurred_at, id) < ($4::timestamptz, $5::uuid)`;
    }
    const rows: { id: string; type: string; occurred_at: Date; data: Record<string, unknown> }[] =
      await this.txHost.tx.query(
        `SELECT * FROM (${this.sources.map((s) => `(${s.sql})`).join(' UNION ALL ')}) t
       ${after}
       ORDER BY occurred_at DESC, id DESC
       LIMIT $3`,
        params,
      );
    const data = rows
      .slice(0, limit)
      .map((r) => ({ id: r.id, type: r.type, occurredAt: r.occurred_at, data: r.data }));
    const last = data[data.length - 1];
    return {
      data,
      nextCursor:
        rows.length > limit && last
          ? encodeCursor('timeline', [last.occurredAt.toISOString(), last.id])
          : null,
    };
  }
}
