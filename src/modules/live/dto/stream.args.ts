import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMA_LIST, commaList } from '../../../common/validation/comma-list';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { EVENT_TYPES } from '../../../common/events/event-types';

/** `GET /v1/events/stream` query. */
export class StreamQuery {
  @ApiPropertyOptional({
    enum: EVENT_TYPES,
    isArray: true,
    ...COMMA_LIST,
    example: ['ticket.created', 'ticket.comment_added'],
    description:
      'Event types, as a comma list or a repeated parameter (default: every type the credential may read).',
  })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES, { each: true, message: `types must be among: ${EVENT_TYPES.join(', ')}` })
  types?: string[];

  @ApiPropertyOptional({
    description:
      'Resume after this event id (the `id:` of the last event received), for a new EventSource, which cannot send the `Last-Event-ID` header itself. The header wins when both are sent.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  lastEventId?: string;

  /** Read by the guard (@AcceptsStreamToken()); declared so validation knows it. */
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  token?: string;
}

export class StreamTokenModel {
  @ApiProperty({
    description:
      'Opens `GET /v1/events/stream?token=…` (and GraphQL subscriptions) as the credential that asked for it; nothing else. Reusable until it expires, so an EventSource can reconnect by itself.',
  })
  token: string;

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt: Date;
}
