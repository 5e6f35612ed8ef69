import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { byIds, Loaders } from '../../common/graphql/loaders';
import type { AgentsService } from '../agents/agents.service';
import { ConnectionArgs } from '../../common/pagination/page.args';
import { ConnectionType, toConnection } from '../../common/pagination/connection.model';
import { AgentModel } from '../agents/dto/agent.model';
import { GroupModel } from './dto/group.model';
import { GroupsService } from './groups.service';

const GroupConnection = ConnectionType(GroupModel, 'Group');

@Resolver(() => GroupModel)
export class GroupsResolver {
  constructor(private readonly groupsService: GroupsService) {}

  @Query(() => GroupModel, { description: 'A group of agents.' })
  @RequireScopes('admin', 'tickets:read')
  group(@CurrentTenant() tenantId: string, @Args('id', { type: () => ID }) id: string) {
    return this.groupsService.get(tenantId, id);
  }

  @Query(() => GroupConnection)
  @RequireScopes('admin', 'tickets:read')
  async groups(@CurrentTenant() tenantId: string, @Args() args: ConnectionArgs) {
    return toConnection(
      await this.groupsService.list(tenantId, { limit: args.first, cursor: args.after }),
    );
  }
}

export const agentLoader = (loaders: Loaders, tenantId: string, agents: AgentsService) =>
  loaders.get<string, AgentModel | null>(`agents:${tenantId}`, async (ids) =>
    byIds(ids, await agents.getMany(tenantId, ids)),
  );

export const groupLoader = (loaders: Loaders, tenantId: string, groups: GroupsService) =>
  loaders.get<string, GroupModel | null>(`groups:${tenantId}`, async (ids) =>
    byIds(ids, await groups.getMany(tenantId, ids)),
  );
