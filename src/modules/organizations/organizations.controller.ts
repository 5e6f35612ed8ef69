import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { ApiProblems } from '../../common/errors/problem.model';
import { ApiIfMatch, IfMatch, ExpectedVersion } from '../../common/http/if-match';
import { PageOf } from '../../common/pagination/page.model';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/create-organization.input';
import { ListOrganizationsQuery } from './dto/list-organizations.args';
import { OrganizationModel } from './dto/organization.model';
import { OrganizationsService } from './organizations.service';

const OrganizationPage = PageOf(OrganizationModel, 'OrganizationPage');

@ApiTags('Organizations')
@Controller('v1/organizations')
export class OrganizationsController {
  constructor(private readonly orgs: OrganizationsService) {}

  @Post()
  @RequireScopes('customers:write')
  @ApiOperation({
    operationId: 'createOrganization',
    summary: 'Create an organization',
    description:
      'A company your customers belong to. Customers created with an email at one of its `domains` join it. `externalId` is unique per tenant (409).',
  })
  @ApiCreatedResponse({ type: OrganizationModel })
  @ApiProblems(400, 409)
  create(@CurrentTenant() tenantId: string, @Body() input: CreateOrganizationInput) {
    return this.orgs.create(tenantId, input);
  }

  @Get()
  @RequireScopes('customers:read', 'customers:write')
  @ApiOperation({
    operationId: 'listOrganizations',
    summary: 'List organizations',
    description:
      'Filters `externalId`, `domain`, `name` (prefix); keyset-paginated with `limit` and `cursor`.',
  })
  @ApiOkResponse({ type: OrganizationPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() query: ListOrganizationsQuery) {
    return this.orgs.list(tenantId, query);
  }

  @Get(':id')
  @RequireScopes('customers:read', 'customers:write')
  @ApiOperation({
    operationId: 'getOrganization',
    summary: 'Get an organization',
    description: 'Returns `ETag: "<version>"` for a later `If-Match`.',
  })
  @ApiOkResponse({ type: OrganizationModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.orgs.get(tenantId, id);
  }

  @Patch(':id')
  @RequireScopes('customers:write')
  @ApiOperation({
    operationId: 'updateOrganization',
    summary: 'Update an organization',
    description: '`domains`, when given, replaces the list.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: OrganizationModel })
  @ApiProblems(400, 404, 409, 412)
  update(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Body() input: UpdateOrganizationInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.orgs.update(tenantId, id, input, version);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScopes('customers:write')
  @ApiOperation({
    operationId: 'deleteOrganization',
    summary: 'Delete an organization',
    description: 'Its customers are kept, without an organization.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 412)
  async delete(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.orgs.delete(tenantId, id, version);
  }
}
