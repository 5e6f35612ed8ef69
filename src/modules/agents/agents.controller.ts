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
import { AgentsService } from './agents.service';
import { AgentModel } from './dto/agent.model';
import { CreateAgentInput, UpdateAgentInput } from './dto/create-agent.input';
import { ListAgentsQuery } from './dto/list-agents.args';

const AgentPage = PageOf(AgentModel, 'AgentPage');

@ApiTags('Agents')
@Controller('v1/agents')
export class AgentsController {
  constructor(private readonly agents: AgentsService) {}

  @Post()
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'createAgent',
    summary: 'Create an agent (staff member)',
    description:
      '`role` is `admin`, `agent` or `viewer`. With a `password` the agent can sign in (`POST /v1/auth/token`); `groupIds` sets their groups. `email` is unique per tenant (409).',
  })
  @ApiCreatedResponse({ type: AgentModel })
  @ApiProblems(400, 409, 422)
  create(@CurrentTenant() tenantId: string, @Body() input: CreateAgentInput) {
    return this.agents.create(tenantId, input);
  }

  @Get()
  @RequireScopes('admin', 'tickets:read')
  @ApiOperation({
    operationId: 'listAgents',
    summary: 'List agents',
    description: 'Filters `role`, `active`, `email`; keyset-paginated with `limit` and `cursor`.',
  })
  @ApiOkResponse({ type: AgentPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() query: ListAgentsQuery) {
    return this.agents.list(tenantId, query);
  }

  @Get(':id')
  @RequireScopes('admin', 'tickets:read')
  @ApiOperation({
    operationId: 'getAgent',
    summary: 'Get an agent',
    description: 'Returns `ETag: "<version>"` for a later `If-Match`.',
  })
  @ApiOkResponse({
    type: AgentModel,
    headers: { ETag: { description: 'The version, for If-Match.' } },
  })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.agents.get(tenantId, id);
  }

  @Patch(':id')
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'updateAgent',
    summary: 'Update an agent',
    description:
      "Only the fields sent change. A new `password` ends the agent's existing access tokens; `groupIds` replaces the groups.",
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: AgentModel })
  @ApiProblems(400, 404, 409, 412, 422)
  update(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Body() input: UpdateAgentInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.agents.update(tenantId, id, input, version);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'deleteAgent',
    summary: 'Delete an agent',
    description: 'Soft delete: the agent can no longer sign in; history keeps the id.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 412)
  async delete(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.agents.delete(tenantId, id, version);
  }
}
