import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** One HTTP request of a delivery, kept for the delivery log. */
@Entity('webhook_attempts')
export class WebhookAttemptEntity extends TenantOwnedEntity {
  @Column('uuid')
  deliveryId: string;

  @Column('timestamp with time zone', { precision: 3 })
  attemptedAt: Date;

  @Column('integer')
  durationMs: number;

  @Column('integer', { nullable: true })
  responseStatus: number | null;

  /** The start of the response body (capped). */
  @Column('text', { nullable: true })
  responseBody: string | null;

  /** What went wrong below HTTP: timeout, dns, tls, connection_refused, blocked_address… */
  @Column('text', { nullable: true })
  error: string | null;

  @Column('text', { nullable: true })
  errorMessage: string | null;
}
