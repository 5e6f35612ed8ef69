import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentPrincipal,
  CurrentTenant,
  RequireScopes,
} from '../../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../../common/auth/principal';
import { ConnectionArgs } from '../../../common/pagination/page.args';
import { ConnectionType, toConnection } from '../../../common/pagination/connection.model';
import { TicketModel } from '../../tickets/dto/ticket.model';
import { CreateMacroInput, MacroModel, UpdateMacroInput } from '../dto/macro.input';
import { MacrosService } from './macros.service';

const MacroConnection = ConnectionType(MacroModel, 'Macro');

@Resolver(() => MacroModel)
export class MacrosResolver {
  constructor(private readonly service: MacrosService) {}

  @Query(() => MacroModel, { description: 'A macro.' })
  @RequireScopes('workflows:read', 'workflows:write', 'tickets:write')
  macro(@CurrentTenant() tenantId: string, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(tenantId, id);
  }

  @Query(() => MacroConnection)
  @RequireScopes('workflows:read', 'workflows:write', 'tickets:write')
  async macros(@CurrentTenant() tenantId: string, @Args() args: ConnectionArgs) {
    return toConnection(
      await this.service.list(tenantId, { limit: args.first, cursor: args.after }),
    );
  }

  @Mutation(() => MacroModel)
  @RequireScopes('workflows:write')
  createMacro(@CurrentTenant() tenantId: string, @Args('input') input: CreateMacroInput) {
    return this.service.create(tenantId, input);
  }

  @Mutation(() => MacroModel)
  @RequireScopes('workflows:write')
  updateMacro(
    @CurrentTenant() tenantId: string,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMacroInput,
  ) {
    return this.service.update(tenantId, id, input);
  }

  @Mutation(() => Boolean)
  @RequireScopes('workflows:write')
  async deleteMacro(@CurrentTenant() tenantId: string, @Args('id', { type: () => ID }) id: string) {
    await this.service.delete(tenantId, id);
    return true;
  }

  @Mutation(() => TicketModel, { description: 'Applies a macro to a ticket.' })
  @RequireScopes('tickets:write')
  applyMacro(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('macroId', { type: () => ID }) macroId: string,
  ) {
    return this.service.apply(tenantId, ticketId, macroId, actorOf(p));
  }
}
