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
import { PageQuery } from '../../common/pagination/page.args';
import { PageOf } from '../../common/pagination/page.model';
import { CreateGroupInput, UpdateGroupInput } from './dto/create-group.input';
import { GroupModel } from './dto/group.model';
import { GroupsService } from './groups.service';

const GroupPage = PageOf(GroupModel, 'GroupPage');

@ApiTags('Groups')
@Controller('v1/groups')
export class GroupsController {
  constructor(private readonly groups: GroupsService) {}

  @Post()
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'createGroup',
    summary: 'Create a group (team of agents)',
    description:
      'A team of agents that tickets can be assigned to (`groupId`); members are set on the agent (`groupIds`).',
  })
  @ApiCreatedResponse({ type: GroupModel })
  @ApiProblems(400, 409)
  create(@CurrentTenant() tenantId: string, @Body() input: CreateGroupInput) {
    return this.groups.create(tenantId, input);
  }

  @Get()
  @RequireScopes('admin', 'tickets:read')
  @ApiOperation({
    operationId: 'listGroups',
    summary: 'List groups',
    description: 'Keyset-paginated with `limit` and `cursor`.',
  })
  @ApiOkResponse({ type: GroupPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() page: PageQuery) {
    return this.groups.list(tenantId, page);
  }

  @Get(':id')
  @RequireScopes('admin', 'tickets:read')
  @ApiOperation({
    operationId: 'getGroup',
    summary: 'Get a group',
    description: 'Returns `ETag: "<version>"` for a later `If-Match`.',
  })
  @ApiOkResponse({
    type: GroupModel,
    headers: { ETag: { description: 'The version, for If-Match.' } },
  })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.groups.get(tenantId, id);
  }

  @Patch(':id')
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'updateGroup',
    summary: 'Update a group',
    description:
      'Only the fields sent change; `null` clears `description`. Send `If-Match` with the ETag you read to refuse a lost update (412).',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: GroupModel })
  @ApiProblems(400, 404, 409, 412)
  update(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Body() input: UpdateGroupInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.groups.update(tenantId, id, input, version);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'deleteGroup',
    summary: 'Delete a group',
    description: 'Removes the group and its memberships.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 412)
  async delete(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.groups.delete(tenantId, id, version);
  }
}
