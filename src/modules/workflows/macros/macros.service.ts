import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Actor } from '../../../common/auth/principal';
import { AppError } from '../../../common/errors/app-error';
import { mapPage, Page } from '../../../common/pagination/paginate';
import { PageQuery } from '../../../common/pagination/page.args';
import { AgentsService } from '../../agents/agents.service';
import { CustomersService } from '../../customers/customers.service';
import { TicketModel } from '../../tickets/dto/ticket.model';
import { TicketsService } from '../../tickets/tickets.service';
import { CreateMacroInput, MacroModel, UpdateMacroInput } from '../dto/macro.input';
import { ActionsService } from '../rules/actions.service';
import { MacroEntity } from './macro.entity';
import { MacrosRepository } from './macros.repository';
import { renderPlaceholders } from './placeholders';
import type { ExpectedVersion } from '../../../common/http/if-match';

/** Canned responses: a rendered comment plus actions, applied through the ticket pipeline. */
@Injectable()
export class MacrosService {
  constructor(
    private readonly macros: MacrosRepository,
    private readonly actions: ActionsService,
    private readonly tickets: TicketsService,
    private readonly customers: CustomersService,
    private readonly agents: AgentsService,
  ) {}

  async create(tenantId: string, input: CreateMacroInput): Promise<MacroModel> {
    const actions = await this.actions.check(tenantId, input.actions ?? []);
    return macroModel(
      await this.macros.insert(tenantId, {
        title: input.title,
        body: input.body ?? '',
        public: input.public ?? true,
        actions,
      }),
    );
  }

  async list(tenantId: string, page: PageQuery): Promise<Page<MacroModel>> {
    return mapPage(await this.macros.list(tenantId, page), macroModel);
  }

  async get(tenantId: string, id: string): Promise<MacroModel> {
    return macroModel(await this.macros.getById(tenantId, id));
  }

  async update(
    tenantId: string,
    id: string,
    input: UpdateMacroInput,
    expectedVersion?: ExpectedVersion,
  ): Promise<MacroModel> {
    await this.macros.getById(tenantId, id);
    const patch: Partial<MacroEntity> = {};
    if (input.title !== undefined) patch.title = input.title;
    if (input.body !== undefined) patch.body = input.body;
    if (input.public !== undefined) patch.public = input.public;
    if (input.actions !== undefined)
      patch.actions = await this.actions.check(tenantId, input.actions);
    return macroModel(await this.macros.update(tenantId, id, patch as never, expectedVersion));
  }

  async delete(tenantId: string, id: string, expectedVersion?: ExpectedVersion): Promise<void> {
    if (!(await this.macros.deleteById(tenantId, id, expectedVersion)))
      throw AppError.notFound('Macro', id);
  }

  /**
   * Applies a macro to a ticket: its body, rendered, becomes a reply (or an internal note) by
   * the calling agent, and its actions run through the ticket pipeline (rules and SLA follow),
   * audited with the macro as actor.
   */
  @Transactional()
  async apply(
    tenantId: string,
    ticketId: string,
    macroId: string,
    caller: Actor,
  ): Promise<TicketModel> {
    const ticket = await this.tickets.get(tenantId, ticketId);
    const macro = await this.macros.getById(tenantId, macroId);
    const [customer] = await this.customers.getMany(tenantId, [ticket.customerId]);
    const agentId = caller.type === 'agent' ? caller.id : null;
    const [agent] = agentId ? await this.agents.getMany(tenantId, [agentId]) : [];
    const body = renderPlaceholders(macro.body, {
      'customer.name': customer?.name,
      'customer.email': customer?.email,
      'ticket.number': ticket.number,
      'ticket.subject': ticket.subject,
      'ticket.status': ticket.status,
      'ticket.priority': ticket.priority,
      'agent.name': agent?.name,
    }).trim();
    const actor: Actor = { type: 'macro', id: macro.id };
    return this.tickets.applyChange(
      tenantId,
      ticketId,
      {
        triggers: ['ticket.updated'],
        refuseClosed: true,
        comment: body ? { body, public: macro.public, authorId: agentId } : undefined,
        apply: (change) => this.actions.run(change, macro.actions, actor),
      },
      actor,
    );
  }
}

export function macroModel(m: MacroEntity): MacroModel {
  return {
    id: m.id,
    title: m.title,
    body: m.body,
    public: m.public,
    actions: m.actions,
    version: m.version,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}
