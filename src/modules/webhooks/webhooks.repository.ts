import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { Page, paginateById } from '../../common/pagination/paginate';
import { isUuid, newId } from '../../database/ids';
import { readMany, readOne } from '../../database/read';
import { VersionedRepository } from '../../database/tenant.repository';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { DeliveryStatus, WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';

/** Set on a transaction's query runner when it wrote deliveries: wake the worker on commit. */
export const WROTE_DELIVERIES = 'webhooks:wroteDeliveries';

export interface NewDelivery {
  subscriptionId: string;
  eventId: string;
  eventType: string;
  resourceKey: string;
  payload?: Record<string, unknown> | null;
}

/** A delivery a worker leased, with what it needs to send it. */
export interface ClaimedDelivery {
  tenantId: string;
  id: string;
  lease: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  attempts: number;
  scheduleOffset: number;
  /** The event's own time (the body's `createdAt`). */
  createdAt: Date;
  /** The outbox event's data, or the whole stored body for `webhook.test`. */
  data: Record<string, unknown> | null;
  payload: Record<string, unknown> | null;
  url: string;
  secrets: string[];
}

export interface AttemptRecord {
  deliveryId: string;
  attemptedAt: Date;
  durationMs: number;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  errorMessage: string | null;
}

export interface DeliveryOutcome {
  status: DeliveryStatus;
  attemptedAt: Date;
  responseStatus: number | null;
  lastError: string | null;
  /** When the next attempt is due (status pending). */
  nextAttemptAt?: Date;
}

export interface DeliveryFilter {
  status?: DeliveryStatus;
  eventType?: string;
}

@Injectable()
export class WebhooksRepository extends VersionedRepository<WebhookSubscriptionEntity> {
  constructor(
    txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    /**
     * For the two statements that must look across tenants (finding which tenants have due
     * deliveries, and the queue gauges): nothing else here runs without `tenant_id = $1`.
     */
    @InjectDataSource() private readonly crossTenant: DataSource,
  ) {
    super(txHost, WebhookSubscriptionEntity, 'Webhook', 'w');
  }

  // ---- subscriptions ----

  /** Enabled subscriptions of the tenant, for matching events (inside the event's transaction). */
  enabledSubscriptions(tenantId: string): Promise<{ id: string; events: string[] }[]> {
    return this.sql(
      tenantId,
      `SELECT id, events FROM webhook_subscriptions WHERE tenant_id = $1 AND enabled`,
    );
  }

  list(tenantId: string, limit: number, cursor?: string): Promise<Page<WebhookSubscriptionEntity>> {
    return paginateById(this.scoped(tenantId), { limit, cursor }, 'DESC');
  }

  /** The subscription has failed since `failingSince` (set on its first failure); returns it. */
  async markFailing(tenantId: string, id: string): Promise<Date | null> {
    const rows = await this.sql<{ failing_since: Date }>(
      tenantId,
      `UPDATE webhook_subscriptions SET failing_since = coalesce(failing_since, now())
        WHERE tenant_id = $1 AND id = $2 RETURNING failing_since`,
      [id],
    );
    return rows[0]?.failing_since ?? null;
  }

  /** Disabled by the service, saying why (410 Gone, failing for days). */
  async disable(tenantId: string, id: string, reason: string): Promise<void> {
    await this.sql(
      tenantId,
      `UPDATE webhook_subscriptions
          SET enabled = false, disabled_reason = $3, version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 AND enabled`,
      [id, reason],
    );
  }

  // ---- deliveries: writing ----

  /** One row per (event, subscription), in the event's transaction. */
  async insertDeliveries(tenantId: string, rows: readonly NewDelivery[]): Promise<void> {
    await this.insertMany(
      tenantId,
      'webhook_deliveries',
      ['id', 'subscription_id', 'event_id', 'event_type', 'resource_key', 'payload'],
      rows.map((r) => [
        newId(),
        r.subscriptionId,
        r.eventId,
        r.eventType,
        r.resourceKey,
        r.payload ? JSON.stringify(r.payload) : null,
      ]),
      { payload: 'jsonb' },
    );
    this.wroteDeliveries();
  }

  /** Inside a transaction: the worker is nudged when it commits (deliveries are due now). */
  private wroteDeliveries(): void {
    const runner = this.txHost.tx.queryRunner;
    if (runner) runner.data = { ...(runner.data as object), [WROTE_DELIVERIES]: true };
  }

  async insertDelivery(tenantId: string, row: NewDelivery): Promise<WebhookDeliveryEntity> {
    const id = newId();
    const rows = await this.sql(
      tenantId,
      `INSERT INTO webhook_deliveries (tenant_id, id, subscription_id, event_id, event_type, resource_key, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) RETURNING *`,
      [
        id,
        row.subscriptionId,
        row.eventId,
        row.eventType,
        row.resourceKey,
        JSON.stringify(row.payload),
      ],
    );
    this.wroteDeliveries();
    return this.hydrateAs(WebhookDeliveryEntity, rows[0]);
  }

  /**
   * Due again now. A delivery that is no longer pending starts the retry schedule afresh; a
   * pending one keeps its place in the schedule and is just moved forward.
   */
  async requeue(
    tenantId: string,
    subscriptionId: string,
    id: string,
  ): Promise<WebhookDeliveryEntity | null> {
    if (!isUuid(id)) return null;
    const rows = await this.sql(
      tenantId,
      `UPDATE webhook_deliveries
          SET schedule_offset = CASE WHEN status = 'pending' THEN schedule_offset ELSE attempts END,
              status = 'pending', next_attempt_at = now()
        WHERE tenant_id = $1 AND subscription_id = $2 AND id = $3
        RETURNING *`,
      [subscriptionId, id],
    );
    this.wroteDeliveries();
    return rows[0] ? this.hydrateAs(WebhookDeliveryEntity, rows[0]) : null;
  }

  // ---- deliveries: reading ----

  listDeliveries(
    tenantId: string,
    subscriptionId: string,
    filter: DeliveryFilter,
    limit: number,
    cursor?: string,
  ): Promise<Page<WebhookDeliveryEntity>> {
    const qb = this.scopedFor(WebhookDeliveryEntity, 'd', tenantId).andWhere(
      'd.subscriptionId = :subscriptionId',
      { subscriptionId },
    );
    if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
    if (filter.eventType) qb.andWhere('d.eventType = :eventType', { eventType: filter.eventType });
    return paginateById(qb, { limit, cursor }, 'DESC');
  }

  findDelivery(
    tenantId: string,
    subscriptionId: string,
    id: string,
  ): Promise<WebhookDeliveryEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return readOne(
      this.scopedFor(WebhookDeliveryEntity, 'd', tenantId)
        .andWhere('d.subscriptionId = :subscriptionId', { subscriptionId })
        .andWhere('d.id = :id', { id }),
    );
  }

  /** The newest `limit` attempts of a delivery, oldest first. */
  async attemptsOf(
    tenantId: string,
    deliveryId: string,
    limit = 100,
  ): Promise<WebhookAttemptEntity[]> {
    const rows = await readMany(
      this.scopedFor(WebhookAttemptEntity, 'a', tenantId)
        .andWhere('a.deliveryId = :deliveryId', { deliveryId })
        .orderBy('a.id', 'DESC')
        .limit(limit),
    );
    return rows.reverse();
  }

  // ---- deliveries: the worker ----

  /**
   * Tenants with deliveries that can be sent now (due, not leased, not waiting for an earlier
   * delivery of their resource), most overdue first. The one cross-tenant query of the
   * worker (it cannot know the tenant before it looks): it reads the small partial index of
   * pending rows. Claiming then happens per tenant (`claim`), which is what keeps it a
   * single-shard statement when the tables are distributed on tenant_id (docs/webhooks.md).
   */
  async dueTenants(limit: number): Promise<string[]> {
    const rows: { tenant_id: string }[] = await this.crossTenant.query(
      `SELECT d.tenant_id
         FROM webhook_deliveries d
         JOIN webhook_subscriptions s ON s.tenant_id = d.tenant_id AND s.id = d.subscription_id
        WHERE d.status = 'pending' AND d.next_attempt_at <= now()
          AND (d.locked_until IS NULL OR d.locked_until <= now()) AND s.enabled
          AND NOT EXISTS (
            SELECT 1 FROM webhook_deliveries p
             WHERE p.tenant_id = d.tenant_id AND p.subscription_id = d.subscription_id
               AND p.resource_key = d.resource_key AND p.status = 'pending' AND p.seq < d.seq)
        GROUP BY d.tenant_id
        ORDER BY min(d.next_attempt_at)
        LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.tenant_id);
  }

  /**
   * Leases up to `limit` due deliveries of the tenant for `leaseSeconds`: `FOR UPDATE SKIP
   * LOCKED` lets instances claim side by side without waiting on each other, and the lease
   * (locked_until + a token) keeps a claimed row from being claimed again while it is sent;
   * if the instance dies, the row is due again when the lease runs out. A delivery waits while
   * an earlier delivery of the same resource to the same subscription is still pending.
   */
  async claim(tenantId: string, limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    const lease = newId();
    const rows = await this.sql(
      tenantId,
      `WITH due AS (
         SELECT d.tenant_id, d.id, d.subscription_id, d.event_id
           FROM webhook_deliveries d
           JOIN webhook_subscriptions s ON s.tenant_id = d.tenant_id AND s.id = d.subscription_id
          WHERE d.tenant_id = $1 AND d.status = 'pending' AND d.next_attempt_at <= now()
            AND (d.locked_until IS NULL OR d.locked_until <= now()) AND s.enabled
            AND NOT EXISTS (
              SELECT 1 FROM webhook_deliveries p
               WHERE p.tenant_id = d.tenant_id AND p.subscription_id = d.subscription_id
                 AND p.resource_key = d.resource_key AND p.status = 'pending' AND p.seq < d.seq)
          ORDER BY d.next_attempt_at, d.seq
          LIMIT $2
          FOR UPDATE OF d SKIP LOCKED)
       UPDATE webhook_deliveries d
          SET locked_until = now() + make_interval(secs => $3), lease = $4
         FROM due
         JOIN webhook_subscriptions s ON s.tenant_id = due.tenant_id AND s.id = due.subscription_id
         LEFT JOIN events e ON e.tenant_id = due.tenant_id AND e.id = due.event_id
        WHERE d.tenant_id = due.tenant_id AND d.id = due.id
       RETURNING d.id, d.subscription_id, d.event_id, d.event_type, d.attempts, d.schedule_offset,
                 d.payload, d.created_at, e.payload AS data, e.created_at AS event_created_at,
                 s.url, s.secret,
                 CASE WHEN s.previous_secret_expires_at > now() THEN s.previous_secret END AS previous_secret`,
      [limit, leaseSeconds, lease],
    );
    return rows.map((r) => ({
      tenantId,
      id: r.id as string,
      lease,
      subscriptionId: r.subscription_id as string,
      eventId: r.event_id as string,
      eventType: r.event_type as string,
      attempts: r.attempts as number,
      scheduleOffset: r.schedule_offset as number,
      createdAt: (r.event_created_at ?? r.created_at) as Date,
      data: (r.data as Record<string, unknown> | null) ?? null,
      payload: (r.payload as Record<string, unknown> | null) ?? null,
      url: r.url as string,
      secrets: [r.secret as string, ...(r.previous_secret ? [r.previous_secret as string] : [])],
    }));
  }

  /**
   * One attempt's record, in one statement and one commit: its row in the attempt log, the
   * delivery's outcome and the lease's release (only while `lease` is still the delivery's:
   * false when the lease ran out and another worker took the row over; the attempt is logged
   * either way, it happened), and on a success the end of the subscription's failing streak (no
   * write when there is none). Three commits per delivery before: the delivery rate under
   * ticket-create load was bound by them.
   */
  async recordAttempt(
    tenantId: string,
    subscriptionId: string,
    lease: string,
    a: AttemptRecord,
    outcome: DeliveryOutcome,
  ): Promise<boolean> {
    const rows = await this.sql(
      tenantId,
      `WITH attempt AS (
         INSERT INTO webhook_attempts (tenant_id, id, delivery_id, attempted_at, duration_ms,
                                       response_status, response_body, error, error_message)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)),
       healthy AS (
         UPDATE webhook_subscriptions SET failing_since = NULL
          WHERE tenant_id = $1 AND id = $10 AND failing_since IS NOT NULL AND $12 = 'succeeded')
       UPDATE webhook_deliveries
          SET status = $12, attempts = attempts + 1, last_attempt_at = $4, response_status = $6,
              last_error = $13, next_attempt_at = coalesce($14, next_attempt_at),
              delivered_at = CASE WHEN $12 = 'succeeded' THEN now() ELSE delivered_at END,
              locked_until = NULL, lease = NULL
        WHERE tenant_id = $1 AND id = $3 AND lease = $11
        RETURNING id`,
      [
        newId(),
        a.deliveryId,
        a.attemptedAt,
        a.durationMs,
        a.responseStatus,
        a.responseBody,
        a.error,
        a.errorMessage,
        subscriptionId,
        lease,
        outcome.status,
        outcome.lastError,
        outcome.nextAttemptAt ?? null,
      ],
    );
    return rows.length > 0;
  }

  /**
   * Queue depth and the age of the oldest undelivered delivery, across tenants, for the
   * metrics scrape (counts pending deliveries of enabled subscriptions).
   */
  async queueStats(): Promise<{ depth: number; oldestAgeSeconds: number }> {
    const rows: { depth: string; oldest: number | null }[] = await this.crossTenant.query(
      `SELECT count(*) AS depth, extract(epoch FROM now() - min(d.created_at))::float8 AS oldest
         FROM webhook_deliveries d
         JOIN webhook_subscriptions s ON s.tenant_id = d.tenant_id AND s.id = d.subscription_id
        WHERE d.status = 'pending' AND s.enabled`,
    );
    return { depth: Number(rows[0]?.depth ?? 0), oldestAgeSeconds: rows[0]?.oldest ?? 0 };
  }
}
