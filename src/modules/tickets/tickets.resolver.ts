import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { listLoader, Loaders } from '../../common/graphql/loaders';
import { ConnectionType, toConnection } from '../../common/pagination/connection.model';
import { CustomerModel } from '../customers/dto/customer.model';
import { customerLoader } from '../customers/customers.resolver';
import { CustomersService } from '../customers/customers.service';
import { commentAuthor } from './comment-author';
import { TicketsArgs } from './dto/list-tickets.args';
import { CreateTicketInput, UpdateTicketInput } from './dto/ticket.input';
import { AddCommentInput } from './dto/add-comment.input';
import { TicketModel } from './dto/ticket.model';
import { TicketCommentModel } from './dto/ticket-comment.model';
import { TicketsService } from './tickets.service';

const TicketConnection = ConnectionType(TicketModel, 'Ticket');
/** Nested lists return the first N items; page through REST for more. */
const NESTED_COMMENTS = 100;

@Resolver(() => TicketModel)
export class TicketsResolver {
  constructor(
    private readonly ticketsService: TicketsService,
    private readonly customers: CustomersService,
  ) {}

  @Query(() => TicketModel)
  @RequireScopes('tickets:read', 'tickets:write')
  ticket(@CurrentTenant() tenantId: string, @Args('id', { type: () => ID }) id: string) {
    return this.ticketsService.get(tenantId, id);
  }

  @Query(() => TicketConnection, {
    description: 'Tickets with the same filters and sorts as GET /v1/tickets.',
  })
  @RequireScopes('tickets:read', 'tickets:write')
  async tickets(@CurrentTenant() tenantId: string, @Args() args: TicketsArgs) {
    return toConnection(
      await this.ticketsService.list(tenantId, args.filter ?? {}, {
        limit: args.first,
        cursor: args.after,
        sort: args.sort,
      }),
    );
  }

  @Mutation(() => TicketModel)
  @RequireScopes('tickets:write')
  createTicket(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Args('input') input: CreateTicketInput,
  ) {
    return this.ticketsService.create(tenantId, input, actorOf(p));
  }

  @Mutation(() => TicketModel, { description: '`expectedVersion` works like If-Match.' })
  @RequireScopes('tickets:write')
  updateTicket(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTicketInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ) {
    return this.ticketsService.update(
      tenantId,
      id,
      input,
      actorOf(p),
      expectedVersion ?? undefined,
    );
  }

  @Mutation(() => TicketCommentModel)
  @RequireScopes('tickets:write')
  addComment(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('input') input: AddCommentInput,
  ) {
    return this.ticketsService.addComment(
      tenantId,
      ticketId,
      input,
      commentAuthor(p, input),
      actorOf(p),
    );
  }

  @ResolveField(() => CustomerModel, { nullable: true, description: 'Batched per request.' })
  customer(
    @Parent() t: TicketModel,
    @CurrentTenant() tenantId: string,
    @Context('loaders') loaders: Loaders,
  ) {
    return customerLoader(loaders, tenantId, this.customers).load(t.customerId);
  }

  @ResolveField(() => [TicketCommentModel], {
    description: `The first ${NESTED_COMMENTS} comments, oldest first (batched per request).`,
  })
  comments(
    @Parent() t: TicketModel,
    @CurrentTenant() tenantId: string,
    @Context('loaders') loaders: Loaders,
  ) {
    return listLoader<TicketCommentModel>(loaders, `ticketComments:${tenantId}`, (ids) =>
      this.ticketsService.commentsOfTickets(tenantId, ids, NESTED_COMMENTS),
    ).load(t.id);
  }
}
