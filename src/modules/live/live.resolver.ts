import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { SkipThrottle } from '@nestjs/throttler';
import { CurrentPrincipal, RequireScopes } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import type { GraphQLContext } from '../../common/graphql/loaders';
import { Loaders } from '../../common/graphql/loaders';
import type { TicketCommentModel } from '../tickets/dto/ticket-comment.model';
import type { TicketModel } from '../tickets/dto/ticket.model';
import {
  CommentAddedEventModel,
  TICKET_CHANGE_TYPES,
  TicketChangedEventModel,
  TicketChangedFilter,
} from './dto/live-events.model';
import { feedIterator } from './feed-iterator';
import { LiveFeed } from './live-feed.service';

/** Each event resolves with fresh loaders: a subscription lives long, its data must not go stale. */
function fresh<T>(payload: T, _args: unknown, ctx: GraphQLContext): T {
  ctx.loaders = new Loaders();
  return payload;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** Event data is JSON: its timestamps come back as strings. */
function revive<T>(value: T): T {
  if (typeof value === 'string' && ISO.test(value)) return new Date(value) as T;
  if (Array.isArray(value)) return value.map(revive) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)])) as T;
  }
  return value;
}

/** GraphQL subscriptions over graphql-ws: the live feed (the same one as the SSE stream). */
@Resolver()
@SkipThrottle()
export class LiveResolver {
  constructor(private readonly feed: LiveFeed) {}

  @Subscription(() => TicketChangedEventModel, {
    description:
      'Ticket events of the tenant as they happen (created, updated, status changed, assigned, commented, SLA breached), optionally filtered.',
    resolve: fresh,
  })
  @RequireScopes('tickets:read')
  ticketChanged(
    @CurrentPrincipal() p: Principal,
    @Args('filter', { type: () => TicketChangedFilter, nullable: true })
    filter?: TicketChangedFilter,
  ) {
    const ids = filter?.ticketIds?.length ? new Set(filter.ticketIds) : null;
    return feedIterator(this.feed, p, filter?.types ?? TICKET_CHANGE_TYPES, (e) => {
      const ticket = e.data.ticket as TicketModel | undefined;
      if (!ticket || (ids && !ids.has(ticket.id))) return null;
      if (filter?.customerId && ticket.customerId !== filter.customerId) return null;
      return {
        eventId: e.id,
        cursor: e.cursor,
        type: e.type,
        occurredAt: new Date(e.createdAt),
        ticket: revive(ticket),
      } satisfies TicketChangedEventModel;
    });
  }

  @Subscription(() => CommentAddedEventModel, {
    description: 'Comments (public and internal) added to one ticket.',
    resolve: fresh,
  })
  @RequireScopes('tickets:read')
  commentAdded(
    @CurrentPrincipal() p: Principal,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ) {
    return feedIterator(this.feed, p, ['ticket.comment_added'], (e) => {
      const comment = e.data.comment as TicketCommentModel | undefined;
      if (e.resourceId !== ticketId || !comment) return null;
      return {
        eventId: e.id,
        cursor: e.cursor,
        ticketId,
        comment: revive(comment),
      } satisfies CommentAddedEventModel;
    });
  }
}
