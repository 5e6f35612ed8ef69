import { Body, Controller, Header, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireScopes } from '../../common/auth/auth.decorators';
import { PLATFORM_SCOPE } from '../../common/auth/scopes';
import { ApiProblems } from '../../common/errors/problem.model';
import { CreatedTenantModel } from './dto/tenant.model';
import { CreateTenantInput } from './dto/create-tenant.input';
import { TenantsService } from './tenants.service';

@ApiTags('Tenants')
@Controller('v1/tenants')
export class TenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Post()
  @Header('Cache-Control', 'no-store')
  @RequireScopes(PLATFORM_SCOPE)
  @ApiOperation({
    operationId: 'createTenant',
    summary: 'Create a tenant',
    description:
      "Platform admin token only (`PLATFORM_ADMIN_TOKEN`). Returns the tenant's first admin API key once.",
  })
  @ApiCreatedResponse({ type: CreatedTenantModel })
  @ApiProblems(400, 409)
  create(@Body() input: CreateTenantInput): Promise<CreatedTenantModel> {
    return this.tenants.create(input);
  }
}
