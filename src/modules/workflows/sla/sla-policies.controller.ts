import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentTenant, RequireScopes } from '../../../common/auth/auth.decorators';
import { ApiProblems } from '../../../common/errors/problem.model';
import { ApiIfMatch, IfMatch, ExpectedVersion } from '../../../common/http/if-match';
import { PageQuery } from '../../../common/pagination/page.args';
import { PageOf } from '../../../common/pagination/page.model';
import {
  CreateSlaPolicyInput,
  SlaPolicyModel,
  UpdateSlaPolicyInput,
} from '../dto/sla-policy.input';
import { SlaService } from './sla.service';

const PolicyPage = PageOf(SlaPolicyModel, 'SlaPolicyPage');

@ApiTags('SLA')
@Controller('v1/sla-policies')
export class SlaPoliciesController {
  constructor(private readonly sla: SlaService) {}

  @Post()
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'createSlaPolicy',
    summary: 'Create an SLA policy',
    description:
      'The first enabled policy (by `position`) whose conditions match a ticket sets its first-response and resolution targets for its priority. With `businessHours` the clock runs only during opening hours; it always pauses while the ticket is `pending` or `on_hold`.',
  })
  @ApiCreatedResponse({ type: SlaPolicyModel })
  @ApiProblems(400)
  create(@CurrentTenant() tenantId: string, @Body() input: CreateSlaPolicyInput) {
    return this.sla.create(tenantId, input);
  }

  @Get()
  @RequireScopes('workflows:read', 'workflows:write')
  @ApiOperation({
    operationId: 'listSlaPolicies',
    summary: 'List SLA policies in match order',
    description:
      'Policies in `position` order (the first enabled match with targets for the priority applies); keyset-paginated.',
  })
  @ApiOkResponse({ type: PolicyPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() page: PageQuery) {
    return this.sla.list(tenantId, page);
  }

  @Get(':id')
  @RequireScopes('workflows:read', 'workflows:write')
  @ApiOperation({
    operationId: 'getSlaPolicy',
    summary: 'Get an SLA policy',
    description: 'Returns `ETag: "<version>"` for a later `If-Match`.',
  })
  @ApiOkResponse({ type: SlaPolicyModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.sla.get(tenantId, id);
  }

  @Patch(':id')
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'updateSlaPolicy',
    summary: 'Update an SLA policy',
    description: 'Tickets take the new targets at their next change.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: SlaPolicyModel })
  @ApiProblems(400, 404, 412)
  update(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Body() input: UpdateSlaPolicyInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.sla.update(tenantId, id, input, version);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'deleteSlaPolicy',
    summary: 'Delete an SLA policy',
    description: 'New and changed tickets are matched against the remaining policies.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 412)
  async delete(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.sla.delete(tenantId, id, version);
  }
}
