import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { TicketCommentModel } from '../../tickets/dto/ticket-comment.model';
import { TicketModel } from '../../tickets/dto/ticket.model';

export const TICKET_CHANGE_TYPES = [
  'ticket.created',
  'ticket.updated',
  'ticket.status_changed',
  'ticket.assigned',
  'ticket.comment_added',
  'ticket.sla_breached',
] as const;

@InputType('TicketChangedFilter')
export class TicketChangedFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these tickets.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ticketIds?: string[];

  @Field(() => ID, { nullable: true, description: "Only this customer's tickets." })
  @IsOptional()
  @IsUUID('all')
  customerId?: string;

  @Field(() => [String], {
    nullable: true,
    description: `Only these event types: ${TICKET_CHANGE_TYPES.join(', ')} (default all).`,
  })
  @IsOptional()
  @IsArray()
  @IsIn(TICKET_CHANGE_TYPES, { each: true })
  types?: string[];
}

@ObjectType('TicketChangedEvent', { description: 'A ticket event from the live feed.' })
export class TicketChangedEventModel {
  @Field(() => ID, { description: 'The event id (as in webhooks).' })
  eventId: string;

  @Field({ description: 'The feed position: resume SSE from it with Last-Event-ID.' })
  cursor: string;

  @Field()
  type: string;

  @Field()
  occurredAt: Date;

  @Field(() => TicketModel, { description: 'The ticket as it was right after the change.' })
  ticket: TicketModel;
}

@ObjectType('CommentAddedEvent')
export class CommentAddedEventModel {
  @Field(() => ID)
  eventId: string;

  @Field()
  cursor: string;

  @Field(() => ID)
  ticketId: string;

  @Field(() => TicketCommentModel)
  comment: TicketCommentModel;
}
