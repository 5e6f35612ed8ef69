import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentTenant, RequireScopes } from '../../../common/auth/auth.decorators';
import { ConnectionArgs } from '../../../common/pagination/page.args';
import { ConnectionType, toConnection } from '../../../common/pagination/connection.model';
import { CreateRuleInput, UpdateRuleInput } from '../dto/rule.input';
import { RuleModel } from '../dto/rule.model';
import { RulesService } from './rules.service';

const RuleConnection = ConnectionType(RuleModel, 'Workflow');

@Resolver(() => RuleModel)
export class WorkflowsResolver {
  constructor(private readonly rules: RulesService) {}

  @Query(() => RuleModel, { description: 'A workflow rule.' })
  @RequireScopes('workflows:read', 'workflows:write')
  workflow(@CurrentTenant() tenantId: string, @Args('id', { type: () => ID }) id: string) {
    return this.rules.get(tenantId, id);
  }

  @Query(() => RuleConnection, { description: 'Workflow rules in run order.' })
  @RequireScopes('workflows:read', 'workflows:write')
  async workflows(@CurrentTenant() tenantId: string, @Args() args: ConnectionArgs) {
    return toConnection(await this.rules.list(tenantId, { limit: args.first, cursor: args.after }));
  }

  @Mutation(() => RuleModel)
  @RequireScopes('workflows:write')
  createWorkflow(@CurrentTenant() tenantId: string, @Args('input') input: CreateRuleInput) {
    return this.rules.create(tenantId, input);
  }

  @Mutation(() => RuleModel)
  @RequireScopes('workflows:write')
  updateWorkflow(
    @CurrentTenant() tenantId: string,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateRuleInput,
  ) {
    return this.rules.update(tenantId, id, input);
  }

  @Mutation(() => Boolean)
  @RequireScopes('workflows:write')
  async deleteWorkflow(
    @CurrentTenant() tenantId: string,
    @Args('id', { type: () => ID }) id: string,
  ) {
    await this.rules.delete(tenantId, id);
    return true;
  }
}
