import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { newId } from '../../database/ids';
import { AppError } from '../errors/app-error';
import type { Actor } from '../auth/principal';
import type { EventType } from './event-types';

export interface NewEvent {
  type: EventType;
  resourceType: string;
  resourceId: string;
  /** The webhook body's `data`: usually the resource as the API returns it. */
  data: Record<string, unknown>;
  actor?: Actor | null;
}

export interface OutboxEvent {
  id: string;
  tenantId: string;
  type: string;
  resourceType: string;
  resourceId: string;
  data: Record<string, unknown>;
  actor: Actor | null;
  createdAt: Date;
  /** Opaque position in the feed, for `readAfter`. */
  cursor: string;
}

/**
 * The outbox. `publish` writes the event in the caller's transaction, so the event exists
 * exactly when the change does. Readers (webhook delivery, exports) use `readAfter`.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async publish(tenantId: string, events: NewEvent | NewEvent[]): Promise<string[]> {
    if (!this.txHost.isTransactionActive()) {
      throw new Error(
        'OutboxService.publish must run inside the transaction of the change (@Transactional())',
      );
    }
    const list = Array.isArray(events) ? events : [events];
    if (list.length === 0) return [];
    const rows = list.map((e) => ({
      tenantId,
      id: newId(),
      type: e.type,
      resourceType: e.resourceType,
      resourceId: e.resourceId,
      payload: e.data,
      actor: e.actor ?? null,
    }));
    const params: unknown[] = [];
    const tuples = rows.map((r) => {
      params.push(
        r.tenantId,
        r.id,
        r.type,
        r.resourceType,
        r.resourceId,
        JSON.stringify(r.payload),
        r.actor ? JSON.stringify(r.actor) : null,
      );
      const n = params.length;
      return `($${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}::jsonb, $${n}::jsonb)`;
    });
    await this.txHost.tx.query(
      `INSERT INTO events (tenant_id, id, type, resource_type, resource_id, payload, actor) VALUES ${tuples.join(', ')}`,
      params,
    );
    return rows.map((r) => r.id);
  }

  /**
   * Events of one tenant after `cursor`, in commit-safe order. Only rows written by
   * transactions older than every transaction still running are returned, ordered by
   * (txid, position): a transaction that commits later than a younger one can never be
   * skipped by a reader that already moved past the younger one. Events of one resource keep
   * the order of the transactions that changed it (they serialise on the resource's row lock).
   */
  async readAfter(
    tenantId: string,
    cursor: string | null,
    limit: number,
    types?: readonly string[],
  ): Promise<OutboxEvent[]> {
    const [txid, position] = cursor ? decodeFeedCursor(cursor) : ['0', '0'];
    const params: unknown[] = [tenantId, txid, position, limit];
    let typeFilter = '';
    if (types?.length) {
      params.push(types);
      typeFilter = 'AND type = ANY($5::text[])';
    }
    const rows: Array<Record<string, unknown>> = await this.txHost.tx.query(
      `SELECT id, tenant_id, type, resource_type, resource_id, payload, actor, created_at,
              txid::text AS txid, position::text AS position
         FROM events
        WHERE tenant_id = $1
          AND (txid, position) > ($2::text::xid8, $3::bigint)
          AND txid < pg_snapshot_xmin(pg_current_snapshot())
          ${typeFilter}
        ORDER BY txid, position
        LIMIT $4`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      tenantId: r.tenant_id as string,
      type: r.type as string,
      resourceType: r.resource_type as string,
      resourceId: r.resource_id as string,
      data: r.payload as Record<string, unknown>,
      actor: (r.actor as Actor | null) ?? null,
      createdAt: r.created_at as Date,
      cursor: `${r.txid as string}.${r.position as string}`,
    }));
  }
}

function decodeFeedCursor(cursor: string): [string, string] {
  const m = /^(\d{1,20})\.(\d{1,20})$/.exec(cursor);
  if (!m) {
    throw new AppError(
      'validation_failed',
      'cursor is not a cursor this feed returned; start again without it.',
      [{ field: 'cursor', message: 'is invalid' }],
    );
  }
  return [m[1], m[2]];
}
