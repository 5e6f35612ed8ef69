import { ApiProperty } from '@nestjs/swagger';
import { VersionedModel } from '../../../common/models/versioned.model';

export class WebhookModel extends VersionedModel {
  @ApiProperty({ example: 'https://example.com/hooks/helpdesk' })
  url: string;

  @ApiProperty({ type: [String], example: ['ticket.created'] })
  events: string[];

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty()
  enabled: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Why the service disabled the subscription (the endpoint answered 410 Gone, or every attempt failed for 5 days).',
  })
  disabledReason: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Every attempt has failed since this time; null while deliveries succeed.',
  })
  failingSince: Date | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Until then the secret before the last rotation also signs every delivery.',
  })
  previousSecretExpiresAt: Date | null;
}

export class CreatedWebhookModel extends WebhookModel {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description:
      'The signing secret (Standard Webhooks). Shown once, at creation and rotation: store it now.',
  })
  secret: string;
}
