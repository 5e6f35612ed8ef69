import { Body, Controller, Get, Header, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { PORTAL_SCOPE } from '../../common/auth/scopes';
import { ApiProblems } from '../../common/errors/problem.model';
import { PageQuery } from '../../common/pagination/page.args';
import { PageOf } from '../../common/pagination/page.model';
import {
  CreatePortalSessionInput,
  PortalCommentInput,
  PortalCommentModel,
  PortalCreateTicketInput,
  PortalSessionModel,
  PortalTicketModel,
} from './dto/portal.dto';
import { PortalService } from './portal.service';

const PortalTicketPage = PageOf(PortalTicketModel, 'PortalTicketPage');
const PortalCommentPage = PageOf(PortalCommentModel, 'PortalCommentPage');

@ApiTags('Customer portal')
@Controller('v1/portal')
export class PortalController {
  constructor(private readonly portal: PortalService) {}

  @Post('sessions')
  @Header('Cache-Control', 'no-store')
  @RequireScopes('customers:write')
  @ApiOperation({
    operationId: 'createPortalSession',
    summary: 'Open a portal session for one customer',
    description:
      'Returns a short-lived token that shows that customer their own tickets and public replies, and nothing else.',
  })
  @ApiCreatedResponse({ type: PortalSessionModel })
  @ApiProblems(400, 422)
  session(@CurrentTenant() tenantId: string, @Body() input: CreatePortalSessionInput) {
    return this.portal.openSession(tenantId, input.customerId);
  }

  @Get('tickets')
  @RequireScopes(PORTAL_SCOPE)
  @ApiOperation({
    operationId: 'listPortalTickets',
    summary: 'My tickets (portal token)',
    description: "The portal customer's own tickets, newest first; keyset-paginated.",
  })
  @ApiOkResponse({ type: PortalTicketPage })
  @ApiProblems(400)
  list(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Query() page: PageQuery,
  ) {
    return this.portal.listTickets(tenantId, p.customerId!, page);
  }

  @Post('tickets')
  @RequireScopes(PORTAL_SCOPE)
  @ApiOperation({
    operationId: 'createPortalTicket',
    summary: 'Open a ticket (portal token)',
    description: "Channel `web`, for the session's customer.",
  })
  @ApiCreatedResponse({ type: PortalTicketModel })
  @ApiProblems(400)
  create(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Body() input: PortalCreateTicketInput,
  ) {
    return this.portal.createTicket(tenantId, p.customerId!, input, actorOf(p));
  }

  @Get('tickets/:id')
  @RequireScopes(PORTAL_SCOPE)
  @ApiOperation({
    operationId: 'getPortalTicket',
    summary: 'One of my tickets (portal token)',
    description: "One of the portal customer's tickets; another customer's ticket is a 404.",
  })
  @ApiOkResponse({ type: PortalTicketModel })
  @ApiProblems(404)
  get(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
  ) {
    return this.portal.ticket(tenantId, p.customerId!, id);
  }

  @Get('tickets/:id/comments')
  @RequireScopes(PORTAL_SCOPE)
  @ApiOperation({
    operationId: 'listPortalTicketComments',
    summary: 'Public replies on my ticket (portal token)',
    description: 'Internal notes are never shown.',
  })
  @ApiOkResponse({ type: PortalCommentPage })
  @ApiProblems(404)
  comments(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Query() page: PageQuery,
  ) {
    return this.portal.comments(tenantId, p.customerId!, id, page);
  }

  @Post('tickets/:id/comments')
  @RequireScopes(PORTAL_SCOPE)
  @ApiOperation({
    operationId: 'addPortalTicketComment',
    summary: 'Reply on my ticket (portal token)',
    description: 'Reopens the ticket if it was solved.',
  })
  @ApiCreatedResponse({ type: PortalCommentModel })
  @ApiProblems(400, 404, 422)
  reply(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body() input: PortalCommentInput,
  ) {
    return this.portal.reply(tenantId, p.customerId!, id, input.body, actorOf(p));
  }
}
