import { Injectable } from '@nestjs/common';
import { Actor } from '../../common/auth/principal';
import { AppError } from '../../common/errors/app-error';
import { mapPage, Page } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { AuthService } from '../auth/auth.service';
import { CustomersService } from '../customers/customers.service';
import { TicketModel } from '../tickets/dto/ticket.model';
import { TicketsService } from '../tickets/tickets.service';
import {
  PortalCommentModel,
  PortalCreateTicketInput,
  PortalSessionModel,
  PortalTicketModel,
} from './dto/portal.dto';
import { portalComment, portalTicket } from './portal.mapper';

const SESSION_TTL_SECONDS = 3600;

/** The customer portal: one customer's own tickets and public replies, nothing else. */
@Injectable()
export class PortalService {
  constructor(
    private readonly auth: AuthService,
    private readonly customers: CustomersService,
    private readonly ticketsService: TicketsService,
  ) {}

  async openSession(tenantId: string, customerId: string): Promise<PortalSessionModel> {
    await this.customers.assertReferenced(tenantId, customerId, 'customerId');
    return this.auth.issuePortalToken(tenantId, customerId, SESSION_TTL_SECONDS);
  }

  async listTickets(
    tenantId: string,
    customerId: string,
    page: PageQuery,
  ): Promise<Page<PortalTicketModel>> {
    return mapPage(await this.ticketsService.list(tenantId, { customerId }, page), portalTicket);
  }

  async createTicket(
    tenantId: string,
    customerId: string,
    input: PortalCreateTicketInput,
    actor: Actor,
  ): Promise<PortalTicketModel> {
    return portalTicket(
      await this.ticketsService.create(tenantId, { ...input, customerId, channel: 'web' }, actor),
    );
  }

  async ticket(tenantId: string, customerId: string, id: string): Promise<PortalTicketModel> {
    return portalTicket(await this.own(tenantId, customerId, id));
  }

  async comments(
    tenantId: string,
    customerId: string,
    id: string,
    page: PageQuery,
  ): Promise<Page<PortalCommentModel>> {
    await this.own(tenantId, customerId, id);
    return mapPage(await this.ticketsService.comments(tenantId, id, page, true), portalComment);
  }

  async reply(
    tenantId: string,
    customerId: string,
    id: string,
    body: string,
    actor: Actor,
  ): Promise<PortalCommentModel> {
    await this.own(tenantId, customerId, id);
    return portalComment(
      await this.ticketsService.addComment(
        tenantId,
        id,
        { body, public: true },
        { type: 'customer', id: customerId },
        actor,
      ),
    );
  }

  /** Another customer's ticket is indistinguishable from a missing one. */
  private async own(tenantId: string, customerId: string, id: string): Promise<TicketModel> {
    const ticket = await this.ticketsService.get(tenantId, id);
    if (ticket.customerId !== customerId) throw AppError.notFound('Ticket', id);
    return ticket;
  }
}
