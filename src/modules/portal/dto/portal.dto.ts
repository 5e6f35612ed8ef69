import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TICKET_STATUSES, TICKET_TYPES } from '../../tickets/ticket.entity';

export class CreatePortalSessionInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'customerId must be a UUID' })
  customerId: string;
}

export class PortalSessionModel {
  @ApiProperty({
    description: 'Send as `Authorization: Bearer <token>` to /v1/portal/*; opens nothing else.',
  })
  token: string;

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt: Date;
}

export class PortalCreateTicketInput {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  subject: string;

  @ApiProperty({ maxLength: 65536 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(65536)
  description: string;

  @ApiPropertyOptional({ enum: TICKET_TYPES })
  @IsOptional()
  @IsIn(TICKET_TYPES, { message: `type must be one of: ${TICKET_TYPES.join(', ')}` })
  type?: (typeof TICKET_TYPES)[number];
}

export class PortalCommentInput {
  @ApiProperty({ maxLength: 65536 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(65536)
  body: string;
}

/** What a customer sees of a ticket: no assignee, group, tags, custom fields or internal notes. */
export class PortalTicketModel {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  number: number;

  @ApiProperty()
  subject: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ enum: TICKET_STATUSES })
  status: string;

  @ApiProperty({ enum: TICKET_TYPES, nullable: true })
  type: string | null;

  @ApiProperty()
  channel: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  solvedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

export class PortalCommentModel {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  body: string;

  @ApiProperty({
    enum: ['agent', 'customer'],
    description: 'Who wrote it: the support team or you.',
  })
  authorType: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}
