import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { VersionedModel } from '../../../common/models/versioned.model';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
} from '../ticket.entity';
import {
  TicketChannelEnum,
  TicketPriorityEnum,
  TicketStatusEnum,
  TicketTypeEnum,
} from './ticket-enums';

@ObjectType('TicketSla')
export class TicketSlaModel {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  policyId: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  @Field(() => Date, { nullable: true })
  firstResponseDueAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  @Field(() => Date, { nullable: true })
  resolutionDueAt: Date | null;

  @ApiProperty({
    type: [String],
    example: [],
    description: 'Targets missed: `firstResponse`, `resolution`.',
  })
  @Field(() => [String])
  breached: string[];
}

@ObjectType('Ticket')
export class TicketModel extends VersionedModel {
  @ApiProperty({ example: 1042, description: 'Per-tenant sequential number, without gaps.' })
  @Field(() => Int)
  number: number;

  @ApiProperty({ example: 'Cannot log in' })
  @Field()
  subject: string;

  @ApiProperty()
  @Field()
  description: string;

  @ApiProperty({ enum: TICKET_STATUSES })
  @Field(() => TicketStatusEnum)
  status: string;

  @ApiProperty({ enum: TICKET_PRIORITIES })
  @Field(() => TicketPriorityEnum)
  priority: string;

  @ApiProperty({ enum: TICKET_TYPES, nullable: true })
  @Field(() => TicketTypeEnum, { nullable: true })
  type: string | null;

  @ApiProperty({ enum: TICKET_CHANNELS })
  @Field(() => TicketChannelEnum)
  channel: string;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  category: string | null;

  @ApiProperty({ type: [String] })
  @Field(() => [String])
  tags: string[];

  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  customerId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  assigneeId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  groupId: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  @Field(() => GraphQLJSONObject)
  customFields: Record<string, unknown>;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  externalId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'How it was solved.' })
  @Field(() => String, { nullable: true })
  resolution: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'First public agent reply.',
  })
  @Field(() => Date, { nullable: true })
  firstResponseAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  @Field(() => Date, { nullable: true })
  solvedAt: Date | null;

  @ApiProperty({ example: 0 })
  @Field(() => Int)
  reopenCount: number;

  @ApiProperty({ type: () => TicketSlaModel })
  @Field(() => TicketSlaModel)
  sla: TicketSlaModel;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'it',
    description:
      "ISO 639-1 language of the ticket: given, else the customer's locale, else detected from the text, else the tenant's `defaultLanguage`. Search stems words in this language.",
  })
  @Field(() => String, { nullable: true })
  language: string | null;

  @ApiProperty({
    description: 'The customer rated this ticket low (CSAT ≤ 2 or NPS ≤ 6).',
    example: false,
  })
  @Field()
  negativeFeedback: boolean;
}
