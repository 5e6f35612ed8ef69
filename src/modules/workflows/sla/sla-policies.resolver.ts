import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentTenant, RequireScopes } from '../../../common/auth/auth.decorators';
import { ConnectionArgs } from '../../../common/pagination/page.args';
import { ConnectionType, toConnection } from '../../../common/pagination/connection.model';
import {
  CreateSlaPolicyInput,
  SlaPolicyModel,
  UpdateSlaPolicyInput,
} from '../dto/sla-policy.input';
import { SlaService } from './sla.service';

const PolicyConnection = ConnectionType(SlaPolicyModel, 'SlaPolicy');

@Resolver(() => SlaPolicyModel)
export class SlaPoliciesResolver {
  constructor(private readonly sla: SlaService) {}

  @Query(() => SlaPolicyModel, { description: 'An SLA policy.' })
  @RequireScopes('workflows:read', 'workflows:write')
  slaPolicy(@CurrentTenant() tenantId: string, @Args('id', { type: () => ID }) id: string) {
    return this.sla.get(tenantId, id);
  }

  @Query(() => PolicyConnection, { description: 'SLA policies in match order.' })
  @RequireScopes('workflows:read', 'workflows:write')
  async slaPolicies(@CurrentTenant() tenantId: string, @Args() args: ConnectionArgs) {
    return toConnection(await this.sla.list(tenantId, { limit: args.first, cursor: args.after }));
  }

  @Mutation(() => SlaPolicyModel)
  @RequireScopes('workflows:write')
  createSlaPolicy(@CurrentTenant() tenantId: string, @Args('input') input: CreateSlaPolicyInput) {
    return this.sla.create(tenantId, input);
  }

  @Mutation(() => SlaPolicyModel)
  @RequireScopes('workflows:write')
  updateSlaPolicy(
    @CurrentTenant() tenantId: string,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSlaPolicyInput,
  ) {
    return this.sla.update(tenantId, id, input);
  }

  @Mutation(() => Boolean)
  @RequireScopes('workflows:write')
  async deleteSlaPolicy(
    @CurrentTenant() tenantId: string,
    @Args('id', { type: () => ID }) id: string,
  ) {
    await this.sla.delete(tenantId, id);
    return true;
  }
}
