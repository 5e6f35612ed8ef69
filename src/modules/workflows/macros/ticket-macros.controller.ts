import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  CurrentTenant,
  RequireScopes,
} from '../../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../../common/auth/principal';
import { ApiProblems } from '../../../common/errors/problem.model';
import { TicketModel } from '../../tickets/dto/ticket.model';
import { MacrosService } from './macros.service';

@ApiTags('Macros')
@Controller('v1/tickets/:ticketId/macros')
export class TicketMacrosController {
  constructor(private readonly macros: MacrosService) {}

  @Post(':macroId/apply')
  @HttpCode(200)
  @RequireScopes('tickets:write')
  @ApiOperation({
    operationId: 'applyMacro',
    summary: 'Apply a macro to a ticket',
    description:
      'Adds the rendered body as a reply (or an internal note) by the calling agent and runs the actions, audited with the macro as actor. Answers the ticket after the change.',
  })
  @ApiOkResponse({ type: TicketModel })
  @ApiProblems(404, 422)
  apply(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('ticketId') ticketId: string,
    @Param('macroId') macroId: string,
  ) {
    return this.macros.apply(tenantId, ticketId, macroId, actorOf(p));
  }
}
