import { Injectable } from '@nestjs/common';
import { newId } from '../../database/ids';
import { TenantSql } from '../../database/tenant-sql';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
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

/** An event as `publish` wrote it, for listeners. */
export interface PublishedEvent extends NewEvent {
  id: string;
}

/**
 * Runs inside the publishing transaction, right after the events are inserted: what it writes
 * commits (or rolls back) with them. Keep it to a few statements; it runs on every publish.
 */
export type PublishListener = (
  tenantId: string,
  events: readonly PublishedEvent[],
) => Promise<void>;

/**
 * The outbox. `publish` writes the event in the caller's transaction, so the event exists
 * exactly when the change does. Readers (exports) use `readAfter`; work that must not wait for
 * `readAfter`'s watermark (webhook deliveries) registers an `onPublish` listener and writes its
 * own rows in the same transaction.
 */
@Injectable()
export class OutboxService {
  private listeners: PublishListener[] = [];

  constructor(private readonly sql: TenantSql) {}

  /** Registers a listener (in `onModuleInit`); the outbox never imports its listeners. */
  onPublish(listener: PublishListener): void {
    this.listeners = [...this.listeners, listener];
  }

  async publish(tenantId: string, events: NewEvent | NewEvent[]): Promise<string[]> {
    if (!this.sql.inTransaction) {
      throw new Error(
        'OutboxService.publish must run inside the transaction of the change (@Transactional())',
      );
    }
    const list = Array.isArray(events) ? events : [events];
    const ids = list.map(() => newId());
    await this.sql.insertMany(
      tenantId,
      'events',
      ['id', 'type', 'resource_type', 'resource_id', 'payload', 'actor'],
      list.map((e, i) => [
        ids[i],
        e.type,
        e.resourceType,
        e.resourceId,
        JSON.stringify(e.data),
        e.actor ? JSON.stringify(e.actor) : null,
      ]),
      { payload: 'jsonb', actor: 'jsonb' },
    );
    if (this.listeners.length) {
      const published = list.map((e, i) => ({ ...e, id: ids[i] }));
      for (const listener of this.listeners) await listener(tenantId, published);
    }
    return ids;
  }

  /**
   * The tenant's feed position now: the last event `readAfter` can return at this moment, so
   * every event it returns later comes after this cursor (FEED_START when there is none).
   */
  async tailCursor(tenantId: string): Promise<string> {
    const [row] = await this.sql.query<{ txid: string; position: string }>(
      tenantId,
      `SELECT txid::text AS txid, position::text AS position
         FROM events
        WHERE tenant_id = $1 AND txid < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY txid DESC, position DESC
        LIMIT 1`,
    );
    return row ? encodeCursor(FEED, [row.txid, row.position]) : FEED_START;
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
    const [txid, position] = cursor ? decodeCursor(cursor, FEED, ['bigint', 'bigint']) : [0, 0];
    const rows = await this.sql.query(
      tenantId,
      `SELECT id, tenant_id, type, resource_type, resource_id, payload, actor, created_at,
              txid::text AS txid, position::text AS position
         FROM events
        WHERE tenant_id = $1
          AND (txid, position) > ($2::text::xid8, $3::bigint)
          AND txid < pg_snapshot_xmin(pg_current_snapshot())
          AND ($5::text[] IS NULL OR type = ANY($5::text[]))
        ORDER BY events.txid, events.position
        LIMIT $4`,
      [String(txid), String(position), limit, types?.length ? types : null],
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
      cursor: encodeCursor(FEED, [r.txid as string, r.position as string]),
    }));
  }
}

/** A feed cursor as its sort keys (txid, position), checked: a forged cursor is a 400. */
export function feedPosition(cursor: string): [bigint, bigint] {
  const [txid, position] = decodeCursor(cursor, FEED, ['bigint', 'bigint']);
  return [BigInt(txid), BigInt(position)];
}

/** Negative when `a` comes before `b` in the feed, 0 when equal, positive after. */
export function compareFeedCursors(a: string, b: string): number {
  const [ta, pa] = feedPosition(a);
  const [tb, pb] = feedPosition(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return pa === pb ? 0 : pa < pb ? -1 : 1;
}

/** The start of the feed, for a reader with no cursor yet. */
export const FEED_START = encodeCursor('feed', ['0', '0']);
const FEED = 'feed';
