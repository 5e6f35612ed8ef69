import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  CurrentTenant,
  RequireScopes,
} from '../../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../../common/auth/principal';
import { ApiProblems } from '../../../common/errors/problem.model';
import { PageQuery } from '../../../common/pagination/page.args';
import { PageOf } from '../../../common/pagination/page.model';
import { AttachChecklistInput, UpdateChecklistItemInput } from '../dto/checklist.input';
import { TicketChecklistModel } from '../dto/checklist.model';
import { ChecklistsService } from './checklists.service';

const ChecklistPage = PageOf(TicketChecklistModel, 'TicketChecklistPage');

@ApiTags('Checklists')
@Controller('v1/tickets/:ticketId/checklists')
export class TicketChecklistsController {
  constructor(private readonly checklists: ChecklistsService) {}

  @Post()
  @RequireScopes('tickets:write')
  @ApiOperation({
    operationId: 'attachTicketChecklist',
    summary: 'Attach a checklist to a ticket',
    description: "A copy of the template's items; 409 when this template is already attached.",
  })
  @ApiCreatedResponse({ type: TicketChecklistModel })
  @ApiProblems(400, 404, 409, 422)
  attach(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('ticketId') ticketId: string,
    @Body() input: AttachChecklistInput,
  ) {
    return this.checklists.attach(tenantId, ticketId, input.templateId, actorOf(p));
  }

  @Get()
  @RequireScopes('tickets:read', 'tickets:write')
  @ApiOperation({
    operationId: 'listTicketChecklists',
    summary: "A ticket's checklists, with their items",
    description:
      "The checklists attached to the ticket, with each item's `done`, `doneBy` and `doneAt`.",
  })
  @ApiOkResponse({ type: ChecklistPage })
  @ApiProblems(400, 404)
  list(
    @CurrentTenant() tenantId: string,
    @Param('ticketId') ticketId: string,
    @Query() page: PageQuery,
  ) {
    return this.checklists.ofTicket(tenantId, ticketId, page);
  }

  @Patch(':checklistId/items/:itemId')
  @RequireScopes('tickets:write')
  @ApiOperation({
    operationId: 'updateTicketChecklistItem',
    summary: 'Tick or untick a checklist item',
    description:
      'Records `doneBy` and `doneAt` (audited on the ticket). Ticking the last open item completes the checklist (event `checklist.completed`).',
  })
  @ApiOkResponse({ type: TicketChecklistModel })
  @ApiProblems(400, 404, 422)
  setItem(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('ticketId') ticketId: string,
    @Param('checklistId') checklistId: string,
    @Param('itemId') itemId: string,
    @Body() input: UpdateChecklistItemInput,
  ) {
    return this.checklists.setItem(tenantId, ticketId, checklistId, itemId, input.done, actorOf(p));
  }
}
