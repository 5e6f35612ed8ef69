import { registerEnumType } from '@nestjs/graphql';
import {
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
} from '../ticket.entity';
import { AUTHOR_TYPES } from '../ticket-comment.entity';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const TicketStatusEnum = asEnum(TICKET_STATUSES);
export const TicketPriorityEnum = asEnum(TICKET_PRIORITIES);
export const TicketTypeEnum = asEnum(TICKET_TYPES);
export const TicketChannelEnum = asEnum(TICKET_CHANNELS);
export const AuthorTypeEnum = asEnum(AUTHOR_TYPES);

registerEnumType(TicketStatusEnum, { name: 'TicketStatus', description: '`closed` is final.' });
registerEnumType(TicketPriorityEnum, { name: 'TicketPriority' });
registerEnumType(TicketTypeEnum, {
  name: 'TicketType',
  description: '`complaint`s are counted separately in reports.',
});
registerEnumType(TicketChannelEnum, { name: 'TicketChannel' });
registerEnumType(AuthorTypeEnum, { name: 'CommentAuthorType' });
