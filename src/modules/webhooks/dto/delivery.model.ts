import { ApiProperty } from '@nestjs/swagger';
import { DELIVERY_STATUSES } from '../webhook-delivery.entity';

export class WebhookDeliveryModel {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'The event: also the `webhook-id` header.' })
  eventId: string;

  @ApiProperty({ example: 'ticket.created' })
  eventType: string;

  @ApiProperty({
    enum: DELIVERY_STATUSES,
    description:
      '`pending` until a 2xx (`succeeded`) or until the retries run out, the endpoint answers 410 (`failed`).',
  })
  status: string;

  @ApiProperty({ example: 1, description: 'Attempts made so far.' })
  attempts: number;

  @ApiProperty({ type: Number, nullable: true, example: 200, description: 'Of the last attempt.' })
  responseStatus: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'While pending.' })
  nextAttemptAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastAttemptAt: Date | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'HTTP 503',
    description: 'What went wrong in the last attempt.',
  })
  lastError: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class WebhookAttemptModel {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, format: 'date-time' })
  attemptedAt: Date;

  @ApiProperty({ example: 42 })
  durationMs: number;

  @ApiProperty({ type: Number, nullable: true, example: 503 })
  responseStatus: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The first 1,024 bytes of the response body.',
  })
  responseBody: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: [
      'timeout',
      'dns',
      'tls',
      'connection_refused',
      'connection_reset',
      'unreachable',
      'blocked_address',
      'network',
    ],
    description: 'A failure below HTTP (no response).',
  })
  error: string | null;

  @ApiProperty({ type: String, nullable: true })
  errorMessage: string | null;
}

export class WebhookDeliveryDetailModel extends WebhookDeliveryModel {
  @ApiProperty({
    type: () => [WebhookAttemptModel],
    description: 'Every attempt (the latest 100), oldest first.',
  })
  attemptLog: WebhookAttemptModel[];
}
