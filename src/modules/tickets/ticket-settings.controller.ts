import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { ApiProblems } from '../../common/errors/problem.model';
import { TicketSettingsModel, UpdateTicketSettingsInput } from './dto/ticket-settings.input';
import { TicketSettings } from './ticket-settings';

@ApiTags('Tickets')
@Controller('v1/tenant/settings/tickets')
export class TicketSettingsController {
  constructor(private readonly settings: TicketSettings) {}

  @Get()
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'getTicketSettings',
    summary: 'Ticket settings',
    description: 'Stored in the tenant settings under `tickets`.',
  })
  @ApiOkResponse({ type: TicketSettingsModel })
  get(@CurrentTenant() tenantId: string) {
    return this.settings.get(tenantId);
  }

  @Patch()
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'updateTicketSettings',
    summary: 'Change the ticket settings',
    description: 'Only the fields sent change.',
  })
  @ApiOkResponse({ type: TicketSettingsModel })
  @ApiProblems(400)
  update(@CurrentTenant() tenantId: string, @Body() input: UpdateTicketSettingsInput) {
    return this.settings.update(tenantId, input);
  }
}
