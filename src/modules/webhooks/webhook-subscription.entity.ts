import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../database/tenant-owned.entity';

@Entity('webhook_subscriptions')
export class WebhookSubscriptionEntity extends VersionedEntity {
  @Column('text')
  url: string;

  /** Event types, or `['*']` for every type. */
  @Column('text', { array: true })
  events: string[];

  @Column('text', { nullable: true })
  description: string | null;

  @Column('boolean', { default: true })
  enabled: boolean;

  /** Why the service disabled it (410 Gone, failing for days); null when a user did. */
  @Column('text', { nullable: true })
  disabledReason: string | null;

  /** `whsec_<base64>`. Kept to sign (HMAC needs the raw key); never returned after it is shown. */
  @Column('text')
  secret: string;

  /** The secret before the last rotation: it still signs until `previousSecretExpiresAt`. */
  @Column('text', { nullable: true })
  previousSecret: string | null;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  previousSecretExpiresAt: Date | null;

  /** First failed attempt since the last success; null while healthy. */
  @Column('timestamp with time zone', { precision: 3, nullable: true })
  failingSince: Date | null;
}
