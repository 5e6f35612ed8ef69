import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event for one subscription. The table also has `seq` (identity, order per resource). */
@Entity('webhook_deliveries')
export class WebhookDeliveryEntity extends TenantOwnedEntity {
  @Column('uuid')
  subscriptionId: string;

  /** The outbox event's id: the `webhook-id` header, stable across retries. */
  @Column('uuid')
  eventId: string;

  @Column('text')
  eventType: string;

  /** `<resourceType>:<resourceId>`: deliveries of one resource go out in order. */
  @Column('text')
  resourceKey: string;

  /** The body, for events that are not in the outbox (`webhook.test`); else read from `events`. */
  @Column('jsonb', { nullable: true })
  payload: Record<string, unknown> | null;

  @Column('text', { default: 'pending' })
  status: DeliveryStatus;

  @Column('integer', { default: 0 })
  attempts: number;

  /** Attempts made before the retry schedule (re)started: a manual retry restarts it. */
  @Column('integer', { default: 0 })
  scheduleOffset: number;

  @Column('timestamp with time zone', { precision: 3 })
  nextAttemptAt: Date;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  lockedUntil: Date | null;

  @Column('uuid', { nullable: true })
  lease: string | null;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  lastAttemptAt: Date | null;

  @Column('integer', { nullable: true })
  responseStatus: number | null;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  deliveredAt: Date | null;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  createdAt: Date;
}
