import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { ApiProblems } from '../../common/errors/problem.model';
import { CorsOrigins } from './cors-origins.service';
import { CorsSettingsModel, UpdateCorsSettingsInput } from './dto/cors-settings.input';

@ApiTags('Browser access')
@Controller('v1/tenant/settings/cors')
export class CorsSettingsController {
  constructor(private readonly origins: CorsOrigins) {}

  @Get()
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'getCorsSettings',
    summary: 'Allowed browser origins',
    description: 'Stored in the tenant settings under `cors`.',
  })
  @ApiOkResponse({ type: CorsSettingsModel })
  get(@CurrentTenant() tenantId: string) {
    return this.origins.settings(tenantId);
  }

  @Patch()
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'updateCorsSettings',
    summary: 'Change the allowed browser origins',
    description:
      'Replaces the list. Pages served from these origins may call the API, GraphQL and the event stream with this tenant’s credentials. Other instances apply a change within 30 s.',
  })
  @ApiOkResponse({ type: CorsSettingsModel })
  @ApiProblems(400)
  update(@CurrentTenant() tenantId: string, @Body() input: UpdateCorsSettingsInput) {
    return this.origins.update(tenantId, input);
  }
}
