import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentTenant } from '../../common/auth/auth.decorators';
import { listLoader, Loaders } from '../../common/graphql/loaders';
import { GroupModel } from '../groups/dto/group.model';
import { agentLoader } from '../groups/groups.resolver';
import { GroupsService } from '../groups/groups.service';
import { AgentsService } from './agents.service';
import { AgentModel } from './dto/agent.model';

/** `Group.agents`: lives here because groups cannot depend on agents. */
@Resolver(() => GroupModel)
export class GroupMembersResolver {
  constructor(
    private readonly groupsService: GroupsService,
    private readonly agentsService: AgentsService,
  ) {}

  @ResolveField(() => [AgentModel], { description: 'Members (batched per request).' })
  async agents(
    @Parent() group: GroupModel,
    @CurrentTenant() tenantId: string,
    @Context('loaders') loaders: Loaders,
  ) {
    const memberIds = await listLoader<string>(loaders, `groupMembers:${tenantId}`, (ids) =>
      this.groupsService.agentIdsByGroup(tenantId, ids),
    ).load(group.id);
    const agents = await agentLoader(loaders, tenantId, this.agentsService).loadMany(memberIds);
    return agents.filter((a): a is AgentModel => !!a && !(a instanceof Error));
  }
}
