import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { ApiProblems } from '../../common/errors/problem.model';
import { ApiIfMatch, IfMatch, ExpectedVersion } from '../../common/http/if-match';
import { PageQuery } from '../../common/pagination/page.args';
import { PageOf } from '../../common/pagination/page.model';
import { commentAuthor } from './comment-author';
import { BulkUpdateTicketsInput } from './dto/bulk.input';
import { BulkResultsModel } from './dto/bulk.model';
import { ListTicketsQuery } from './dto/list-tickets.args';
import { CreateTicketInput, UpdateTicketInput } from './dto/ticket.input';
import { AddCommentInput } from './dto/add-comment.input';
import { TicketModel } from './dto/ticket.model';
import { TicketAuditModel } from './dto/ticket-audit.model';
import { TicketCommentModel } from './dto/ticket-comment.model';
import { TicketsService } from './tickets.service';

const TicketPage = PageOf(TicketModel, 'TicketPage');
const CommentPage = PageOf(TicketCommentModel, 'TicketCommentPage');
const AuditPage = PageOf(TicketAuditModel, 'TicketAuditPage');

@ApiTags('Tickets')
@Controller('v1/tickets')
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  @Post()
  @RequireScopes('tickets:write')
  @ApiOperation({
    operationId: 'createTicket',
    summary: 'Create a ticket',
    description:
      'Send `customerId`, or `requester` ({name, email, externalId}) to find or create the customer. Starts as `new` with the next per-tenant `number`. Emits `ticket.created`.',
  })
  @ApiCreatedResponse({ type: TicketModel })
  @ApiProblems(400, 409, 422)
  create(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Body() input: CreateTicketInput,
  ) {
    return this.tickets.create(tenantId, input, actorOf(p));
  }

  @Get()
  @RequireScopes('tickets:read', 'tickets:write')
  @ApiOperation({
    operationId: 'listTickets',
    summary: 'List tickets',
    description: 'Every filter combines with AND; `status` takes a comma list.',
  })
  @ApiOkResponse({ type: TicketPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() query: ListTicketsQuery) {
    return this.tickets.list(tenantId, query, query);
  }

  @Post('bulk')
  @HttpCode(200)
  @RequireScopes('tickets:write')
  @ApiOperation({
    operationId: 'bulkUpdateTickets',
    summary: 'Update up to 100 tickets',
    description:
      'Each ticket is updated in its own transaction (with an `Idempotency-Key`: its own savepoint, the whole request committing with the key); `results` says what a PATCH of each would have answered.',
  })
  @ApiOkResponse({ type: BulkResultsModel })
  @ApiProblems(400)
  async bulk(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Body() input: BulkUpdateTicketsInput,
  ): Promise<BulkResultsModel> {
    return { results: await this.tickets.bulkUpdate(tenantId, input.ids, input.patch, actorOf(p)) };
  }

  @Get(':id')
  @RequireScopes('tickets:read', 'tickets:write')
  @ApiOperation({
    operationId: 'getTicket',
    summary: 'Get a ticket',
    description:
      'With its `sla`, `firstResponseAt`, `solvedAt` and `reopenCount`. Returns `ETag: "<version>"` for `If-Match`; send `If-None-Match` with it to get a 304 when nothing changed.',
  })
  @ApiOkResponse({ type: TicketModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.tickets.get(tenantId, id);
  }

  @Patch(':id')
  @RequireScopes('tickets:write')
  @ApiOperation({
    operationId: 'updateTicket',
    summary: 'Update a ticket',
    description:
      '`closed` is final (422 on any change). Solving sets `solvedAt`; leaving `solved` counts a reopen. Every change is audited.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: TicketModel })
  @ApiProblems(400, 404, 409, 412, 422)
  update(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body() input: UpdateTicketInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.tickets.update(tenantId, id, input, actorOf(p), version);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScopes('tickets:write')
  @ApiOperation({
    operationId: 'deleteTicket',
    summary: 'Delete a ticket',
    description: 'Soft delete: it leaves every list; its history is kept.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 412)
  async delete(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.tickets.delete(tenantId, id, actorOf(p), version);
  }

  @Post(':id/comments')
  @RequireScopes('tickets:write')
  @ApiOperation({
    operationId: 'addTicketComment',
    summary: 'Add a reply or an internal note',
    description:
      'The first public agent reply sets `firstResponseAt`; a customer reply reopens a solved ticket. Emits `ticket.comment_added`.',
  })
  @ApiCreatedResponse({ type: TicketCommentModel })
  @ApiProblems(400, 404, 422)
  comment(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body() input: AddCommentInput,
  ) {
    return this.tickets.addComment(tenantId, id, input, commentAuthor(p, input), actorOf(p));
  }

  @Get(':id/comments')
  @RequireScopes('tickets:read', 'tickets:write')
  @ApiOperation({
    operationId: 'listTicketComments',
    summary: 'List comments, oldest first',
    description:
      'Public replies and internal notes, oldest first; keyset-paginated with `limit` and `cursor`.',
  })
  @ApiOkResponse({ type: CommentPage })
  @ApiProblems(400, 404)
  comments(@CurrentTenant() tenantId: string, @Param('id') id: string, @Query() page: PageQuery) {
    return this.tickets.comments(tenantId, id, page);
  }

  @Get(':id/events')
  @RequireScopes('tickets:read', 'tickets:write')
  @ApiOperation({
    operationId: 'listTicketEvents',
    summary: 'Audit trail',
    description: 'Every change: field, before, after, actor, time; oldest first.',
  })
  @ApiOkResponse({ type: AuditPage })
  @ApiProblems(400, 404)
  events(@CurrentTenant() tenantId: string, @Param('id') id: string, @Query() page: PageQuery) {
    return this.tickets.audit(tenantId, id, page);
  }
}
