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
import { CreateRuleInput, UpdateRuleInput } from '../dto/rule.input';
import { RuleModel } from '../dto/rule.model';
import { RulesService } from './rules.service';

const RulePage = PageOf(RuleModel, 'WorkflowPage');

@ApiTags('Workflows')
@Controller('v1/workflows')
export class WorkflowsController {
  constructor(private readonly rules: RulesService) {}

  @Post()
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'createWorkflow',
    summary: 'Create a workflow rule',
    description:
      'When `trigger` fires and every condition holds, the actions run inside the same transaction, in `position` order, audited with the rule as actor. A rule never reacts to its own change; chains stop after 5 rounds.',
  })
  @ApiCreatedResponse({ type: RuleModel })
  @ApiProblems(400, 422)
  create(@CurrentTenant() tenantId: string, @Body() input: CreateRuleInput) {
    return this.rules.create(tenantId, input);
  }

  @Get()
  @RequireScopes('workflows:read', 'workflows:write')
  @ApiOperation({
    operationId: 'listWorkflows',
    summary: 'List workflow rules in run order',
    description: 'Rules in `position` order (the order they run in); keyset-paginated.',
  })
  @ApiOkResponse({ type: RulePage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() page: PageQuery) {
    return this.rules.list(tenantId, page);
  }

  @Get(':id')
  @RequireScopes('workflows:read', 'workflows:write')
  @ApiOperation({
    operationId: 'getWorkflow',
    summary: 'Get a workflow rule',
    description: 'Returns `ETag: "<version>"` for a later `If-Match`.',
  })
  @ApiOkResponse({ type: RuleModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.rules.get(tenantId, id);
  }

  @Patch(':id')
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'updateWorkflow',
    summary: 'Update a workflow rule',
    description:
      'Only the fields sent change; `conditions` and `actions`, when given, replace the lists. Applies at once on this instance, within 5 s on others.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: RuleModel })
  @ApiProblems(400, 404, 412, 422)
  update(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Body() input: UpdateRuleInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.rules.update(tenantId, id, input, version);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'deleteWorkflow',
    summary: 'Delete a workflow rule',
    description: 'The rule stops running; audit entries it made keep its id.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 412)
  async delete(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.rules.delete(tenantId, id, version);
  }
}
