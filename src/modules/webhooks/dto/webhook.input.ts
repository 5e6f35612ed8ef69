import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { EVENT_TYPES } from '../../../common/events/event-types';
import { NotNull } from '../../../common/validation/not-null.decorator';

const urlField = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({
      maxLength: 2048,
      example: 'https://example.com/hooks/helpdesk',
      description:
        'http or https. Hosts resolving to loopback, private, link-local, CGNAT, multicast or cloud-metadata addresses are refused (422), here and before every delivery, unless WEBHOOK_ALLOW_PRIVATE=true. Redirects are not followed.',
    }),
    required ? IsDefined() : NotNull(),
    IsString(),
    IsNotEmpty(),
    MaxLength(2048),
  );

const eventsField = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({
      type: [String],
      items: { type: 'string', enum: ['*', ...EVENT_TYPES] },
      example: ['ticket.created', 'ticket.status_changed'],
      description: `Event types to receive, or ["*"] for all: ${EVENT_TYPES.join(', ')}. Unknown types are a 400 naming them.`,
    }),
    required ? IsDefined() : NotNull(),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(EVENT_TYPES.length),
    ArrayUnique(),
    IsString({ each: true }),
  );

const descriptionField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 }),
    IsOptional(),
    IsString(),
    MaxLength(500),
  );

export class CreateWebhookInput {
  @urlField(true)
  url: string;

  @eventsField(true)
  events: string[];

  @descriptionField()
  description?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

/** PATCH: any create field; `description` may be cleared with null, the others may not. */
export class UpdateWebhookInput {
  @urlField(false)
  url?: string;

  @eventsField(false)
  events?: string[];

  @descriptionField()
  description?: string | null;

  @ApiPropertyOptional({
    description: 'Enabling a subscription the service disabled clears its `disabledReason`.',
  })
  @NotNull()
  @IsBoolean()
  enabled?: boolean;
}

export class RotateSecretInput {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 7 * 86400,
    default: 86400,
    description:
      'How long the previous secret keeps signing (both signatures are sent, space-separated), so receivers can switch without losing deliveries. 0 stops it at once.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(7 * 86400)
  graceSeconds?: number;
}
