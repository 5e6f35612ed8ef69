import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { Loaders } from '../../common/graphql/loaders';
import { ConnectionArgs } from '../../common/pagination/page.args';
import { ConnectionType, toConnection } from '../../common/pagination/connection.model';
import { GroupModel } from '../groups/dto/group.model';
import { groupLoader } from '../groups/groups.resolver';
import { GroupsService } from '../groups/groups.service';
import { AgentsService } from './agents.service';
import { AgentModel } from './dto/agent.model';

const AgentConnection = ConnectionType(AgentModel, 'Agent');

@Resolver(() => AgentModel)
export class AgentsResolver {
  constructor(
    private readonly agentsService: AgentsService,
    private readonly groupsService: GroupsService,
  ) {}

  @Query(() => AgentModel, { description: 'A staff member.' })
  @RequireScopes('admin', 'tickets:read')
  agent(@CurrentTenant() tenantId: string, @Args('id', { type: () => ID }) id: string) {
    return this.agentsService.get(tenantId, id);
  }

  @Query(() => AgentConnection)
  @RequireScopes('admin', 'tickets:read')
  async agents(@CurrentTenant() tenantId: string, @Args() args: ConnectionArgs) {
    return toConnection(
      await this.agentsService.list(tenantId, { limit: args.first, cursor: args.after }),
    );
  }

  @ResolveField(() => [GroupModel], { description: 'Groups of this agent (batched per request).' })
  async groups(
    @Parent() agent: AgentModel,
    @CurrentTenant() tenantId: string,
    @Context('loaders') loaders: Loaders,
  ) {
    const groups = await groupLoader(loaders, tenantId, this.groupsService).loadMany(
      agent.groupIds,
    );
    return groups.filter((g): g is GroupModel => !!g && !(g instanceof Error));
  }
}
