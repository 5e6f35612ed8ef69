import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { listLoader, Loaders } from '../../common/graphql/loaders';
import { CustomerModel } from '../customers/dto/customer.model';
import { TicketModel } from './dto/ticket.model';
import { TicketsService } from './tickets.service';

const NESTED_TICKETS = 25;

/** `Customer.tickets`: lives with tickets, because customers cannot depend on tickets. */
@Resolver(() => CustomerModel)
export class CustomerTicketsResolver {
  constructor(private readonly ticketsService: TicketsService) {}

  @ResolveField(() => [TicketModel], {
    description: `The newest ${NESTED_TICKETS} tickets (batched per request).`,
  })
  @RequireScopes('tickets:read', 'tickets:write')
  tickets(
    @Parent() c: CustomerModel,
    @CurrentTenant() tenantId: string,
    @Context('loaders') loaders: Loaders,
  ) {
    return listLoader<TicketModel>(loaders, `customerTickets:${tenantId}`, (ids) =>
      this.ticketsService.ticketsOfCustomers(tenantId, ids, NESTED_TICKETS),
    ).load(c.id);
  }
}
