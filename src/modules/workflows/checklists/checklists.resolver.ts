import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  CurrentPrincipal,
  CurrentTenant,
  RequireScopes,
} from '../../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../../common/auth/principal';
import { listLoader, Loaders } from '../../../common/graphql/loaders';
import { ConnectionArgs } from '../../../common/pagination/page.args';
import { ConnectionType, toConnection } from '../../../common/pagination/connection.model';
import { TicketModel } from '../../tickets/dto/ticket.model';
import { CreateChecklistTemplateInput, UpdateChecklistTemplateInput } from '../dto/checklist.input';
import { ChecklistTemplateModel, TicketChecklistModel } from '../dto/checklist.model';
import { ChecklistsService } from './checklists.service';

const TemplateConnection = ConnectionType(ChecklistTemplateModel, 'ChecklistTemplate');

@Resolver(() => ChecklistTemplateModel)
export class ChecklistTemplatesResolver {
  constructor(private readonly checklists: ChecklistsService) {}

  @Query(() => ChecklistTemplateModel, { description: 'A checklist template.' })
  @RequireScopes('workflows:read', 'workflows:write')
  checklistTemplate(@CurrentTenant() tenantId: string, @Args('id', { type: () => ID }) id: string) {
    return this.checklists.getTemplate(tenantId, id);
  }

  @Query(() => TemplateConnection)
  @RequireScopes('workflows:read', 'workflows:write')
  async checklistTemplates(@CurrentTenant() tenantId: string, @Args() args: ConnectionArgs) {
    return toConnection(
      await this.checklists.listTemplates(tenantId, { limit: args.first, cursor: args.after }),
    );
  }

  @Mutation(() => ChecklistTemplateModel)
  @RequireScopes('workflows:write')
  createChecklistTemplate(
    @CurrentTenant() tenantId: string,
    @Args('input') input: CreateChecklistTemplateInput,
  ) {
    return this.checklists.createTemplate(tenantId, input);
  }

  @Mutation(() => ChecklistTemplateModel)
  @RequireScopes('workflows:write')
  updateChecklistTemplate(
    @CurrentTenant() tenantId: string,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateChecklistTemplateInput,
  ) {
    return this.checklists.updateTemplate(tenantId, id, input);
  }

  @Mutation(() => Boolean)
  @RequireScopes('workflows:write')
  async deleteChecklistTemplate(
    @CurrentTenant() tenantId: string,
    @Args('id', { type: () => ID }) id: string,
  ) {
    await this.checklists.deleteTemplate(tenantId, id);
    return true;
  }
}

@Resolver(() => TicketModel)
export class TicketChecklistsResolver {
  constructor(private readonly service: ChecklistsService) {}

  @ResolveField(() => [TicketChecklistModel], {
    description: "The ticket's checklists with their items (batched per request).",
  })
  checklists(
    @Parent() ticket: TicketModel,
    @CurrentTenant() tenantId: string,
    @Context('loaders') loaders: Loaders,
  ) {
    return listLoader<TicketChecklistModel>(loaders, `ticketChecklists:${tenantId}`, (ids) =>
      this.service.ofTickets(tenantId, ids),
    ).load(ticket.id);
  }

  @Mutation(() => TicketChecklistModel, {
    description: 'Attaches a checklist template to a ticket.',
  })
  @RequireScopes('tickets:write')
  attachChecklist(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('templateId', { type: () => ID }) templateId: string,
  ) {
    return this.service.attach(tenantId, ticketId, templateId, actorOf(p));
  }

  @Mutation(() => TicketChecklistModel, { description: 'Ticks or unticks a checklist item.' })
  @RequireScopes('tickets:write')
  setChecklistItem(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('checklistId', { type: () => ID }) checklistId: string,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('done') done: boolean,
  ) {
    return this.service.setItem(tenantId, ticketId, checklistId, itemId, done, actorOf(p));
  }
}
