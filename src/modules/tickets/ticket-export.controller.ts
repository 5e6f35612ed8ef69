import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { ApiProblems } from '../../common/errors/problem.model';
import { ExportPageModel } from './dto/export.model';
import { ExportQuery } from './dto/export.args';
import { TicketsService } from './tickets.service';

@ApiTags('Tickets')
@Controller('v1/export/tickets')
export class TicketExportController {
  constructor(private readonly tickets: TicketsService) {}

  @Get()
  @RequireScopes('tickets:read', 'tickets:write')
  @ApiOperation({
    operationId: 'exportTickets',
    summary: 'Incremental export of ticket changes',
    description:
      'Every ticket change after `cursor`, in commit order, each exactly once, with the ticket as it was after the change. Always returns `nextCursor`: store it and resume from it; a change is never skipped or repeated across pages.',
  })
  @ApiOkResponse({ type: ExportPageModel })
  @ApiProblems(400)
  export(@CurrentTenant() tenantId: string, @Query() query: ExportQuery) {
    return this.tickets.export(tenantId, query.cursor, query.limit);
  }
}
