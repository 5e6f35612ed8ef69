import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Actor } from '../../../common/auth/principal';
import { AppError } from '../../../common/errors/app-error';
import { OutboxService } from '../../../common/events/outbox.service';
import { mapPage, Page } from '../../../common/pagination/paginate';
import { PageQuery } from '../../../common/pagination/page.args';
import { newId } from '../../../database/ids';
import type { TicketChange } from '../../tickets/ticket-hooks';
import { TicketsService } from '../../tickets/tickets.service';
import { CreateChecklistTemplateInput, UpdateChecklistTemplateInput } from '../dto/checklist.input';
import { ChecklistTemplateModel, TicketChecklistModel } from '../dto/checklist.model';
import { ChecklistTemplateEntity, TemplateItem } from './checklist-template.entity';
import { ChecklistTemplatesRepository, TicketChecklistsRepository } from './checklists.repository';
import { TicketChecklistEntity } from './ticket-checklist.entity';
import type { ExpectedVersion } from '../../../common/http/if-match';

/** Statuses that a ticket with open required checklist items cannot take. */
const GATED = new Set(['solved', 'closed']);

/**
 * Checklists: templates (a written procedure for a recurring problem) and their copies on
 * tickets. A ticket created with a matching type/category gets them attached; a ticket with
 * open required items cannot be solved.
 */
@Injectable()
export class ChecklistsService {
  /** Required items of checklists attached within a change not yet written. */
  private readonly pending = new WeakMap<TicketChange, string[]>();

  constructor(
    private readonly templates: ChecklistTemplatesRepository,
    private readonly instances: TicketChecklistsRepository,
    private readonly tickets: TicketsService,
    private readonly outbox: OutboxService,
  ) {}

  // ---- templates ----

  async createTemplate(
    tenantId: string,
    input: CreateChecklistTemplateInput,
  ): Promise<ChecklistTemplateModel> {
    return templateModel(
      await this.templates.insert(tenantId, {
        name: input.name,
        items: templateItems(input.items),
        appliesToType: input.appliesTo?.type ?? null,
        appliesToCategory: input.appliesTo?.category ?? null,
      }),
    );
  }

  async listTemplates(tenantId: string, page: PageQuery): Promise<Page<ChecklistTemplateModel>> {
    return mapPage(await this.templates.list(tenantId, page), templateModel);
  }

  async getTemplate(tenantId: string, id: string): Promise<ChecklistTemplateModel> {
    return templateModel(await this.templates.getById(tenantId, id));
  }

  /** Editing a template never touches the checklists already attached to tickets. */
  async updateTemplate(
    tenantId: string,
    id: string,
    input: UpdateChecklistTemplateInput,
    expectedVersion?: ExpectedVersion,
  ): Promise<ChecklistTemplateModel> {
    return templateModel(
      await this.templates.update(
        tenantId,
        id,
        {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.items !== undefined ? { items: templateItems(input.items) as never } : {}),
          ...(input.appliesTo !== undefined
            ? {
                appliesToType: input.appliesTo?.type ?? null,
                appliesToCategory: input.appliesTo?.category ?? null,
              }
            : {}),
        },
        expectedVersion,
      ),
    );
  }

  async deleteTemplate(
    tenantId: string,
    id: string,
    expectedVersion?: ExpectedVersion,
  ): Promise<void> {
    if (!(await this.templates.deleteById(tenantId, id, expectedVersion)))
      throw AppError.notFound('Checklist template', id);
  }

  async assertTemplate(tenantId: string, id: string, field: string): Promise<void> {
    await this.templates.assertReferenced(tenantId, id, field);
  }

  // ---- checklists on tickets ----

  /** Attaches a template to a ticket by hand (409 if it is already attached). */
  @Transactional()
  async attach(
    tenantId: string,
    ticketId: string,
    templateId: string,
    actor: Actor,
  ): Promise<TicketChecklistModel> {
    await this.tickets.lockForChange(tenantId, ticketId);
    await this.templates.assertReferenced(tenantId, templateId, 'templateId');
    const template = await this.templates.getById(tenantId, templateId);
    const row = await this.instances.attach(tenantId, ticketId, template);
    if (!row) {
      throw new AppError(
        'conflict',
        `Checklist template ${templateId} is already attached to this ticket.`,
      );
    }
    await this.tickets.recordAudit(tenantId, ticketId, attachAudit(row), actor);
    return checklistModel(row);
  }

  async ofTicket(
    tenantId: string,
    ticketId: string,
    page: PageQuery,
  ): Promise<Page<TicketChecklistModel>> {
    await this.tickets.get(tenantId, ticketId);
    return mapPage(await this.instances.ofTicket(tenantId, ticketId, page), checklistModel);
  }

  async ofTickets(
    tenantId: string,
    ticketIds: readonly string[],
  ): Promise<Map<string, TicketChecklistModel[]>> {
    const out = new Map<string, TicketChecklistModel[]>(ticketIds.map((id) => [id, []]));
    for (const row of await this.instances.ofTickets(tenantId, ticketIds))
      out.get(row.ticketId)?.push(checklistModel(row));
    return out;
  }

  /**
   * Ticks or unticks one item (audited on the ticket). Ticking the last open item completes
   * the checklist: event `checklist.completed`.
   */
  @Transactional()
  async setItem(
    tenantId: string,
    ticketId: string,
    checklistId: string,
    itemId: string,
    done: boolean,
    actor: Actor,
  ): Promise<TicketChecklistModel> {
    await this.tickets.lockForChange(tenantId, ticketId);
    const checklist = await this.instances.getOfTicketForUpdate(tenantId, ticketId, checklistId);
    const item = checklist.items.find((i) => i.id === itemId);
    if (!item) throw AppError.notFound('Checklist item', itemId);
    if (item.done === done) return checklistModel(checklist);
    const now = new Date();
    const items = checklist.items.map((i) =>
      i.id === itemId
        ? { ...i, done, doneBy: done ? actor : null, doneAt: done ? now.toISOString() : null }
        : i,
    );
    const complete = items.every((i) => i.done);
    const row = await this.instances.update(tenantId, checklistId, {
      items: items as never,
      completedAt: complete ? (checklist.completedAt ?? now) : null,
    });
    await this.tickets.recordAudit(
      tenantId,
      ticketId,
      {
        field: 'checklistItem',
        before: { checklistId, itemId, title: item.title, done: item.done },
        after: { checklistId, itemId, title: item.title, done },
      },
      actor,
    );
    const model = checklistModel(row);
    if (complete && !checklist.completedAt) {
      await this.outbox.publish(tenantId, {
        type: 'checklist.completed',
        resourceType: 'ticket',
        resourceId: ticketId,
        data: { checklist: model },
        actor,
      });
    }
    return model;
  }

  // ---- inside a ticket change ----

  /** Attaches a template within a ticket change (a rule's action, or on creation). */
  async attachInChange(change: TicketChange, templateId: string, actor: Actor): Promise<void> {
    const template = await this.templates.findById(change.tenantId, templateId);
    if (!template) return; // deleted since the rule was written: nothing to attach
    this.pending.set(change, [
      ...(this.pending.get(change) ?? []),
      ...template.items.filter((i) => i.required).map((i) => i.title),
    ]);
    change.afterWrite(async (ticket) => {
      const row = await this.instances.attach(change.tenantId, ticket.id, template);
      if (row) await this.tickets.recordAudit(change.tenantId, ticket.id, attachAudit(row), actor);
    });
  }

  /**
   * Templates whose `appliesTo` matches attach themselves: on creation, and when a change of
   * type or category makes the ticket match (a template already attached is not repeated).
   */
  async attachMatching(change: TicketChange): Promise<void> {
    if (
      !change.triggers.has('ticket.created') &&
      !change.changed('type') &&
      !change.changed('category')
    )
      return;
    const { type, category } = change.after;
    if (!type && !category) return;
    for (const template of await this.templates.matching(change.tenantId, type, category))
      await this.attachInChange(change, template.id, change.actor);
  }

  /** Solving (or closing) a ticket with open required items is refused, naming them. */
  async assertSolvable(change: TicketChange): Promise<void> {
    if (!change.changed('status') || !GATED.has(change.after.status)) return;
    const open = [
      ...(change.before
        ? await this.instances.openRequiredItems(change.tenantId, change.after.id)
        : []),
      ...(this.pending.get(change) ?? []),
    ];
    if (open.length === 0) return;
    throw new AppError(
      'unprocessable',
      `Ticket #${change.after.number} has ${open.length} required checklist item${open.length > 1 ? 's' : ''} open: ${open.map((t) => `"${t}"`).join(', ')}. Tick them (PATCH /v1/tickets/{id}/checklists/{checklistId}/items/{itemId}) before setting status ${change.after.status}.`,
      [{ field: 'status', message: `required checklist items are open: ${open.join('; ')}` }],
      'checklist-incomplete',
    );
  }
}

function templateItems(items: { title: string; required?: boolean }[]): TemplateItem[] {
  return items.map((i) => ({ id: newId(), title: i.title, required: i.required ?? false }));
}

function attachAudit(row: TicketChecklistEntity) {
  return {
    field: 'checklist',
    before: null,
    after: { id: row.id, templateId: row.templateId, name: row.name },
  };
}

export function templateModel(t: ChecklistTemplateEntity): ChecklistTemplateModel {
  return {
    id: t.id,
    name: t.name,
    items: t.items,
    appliesTo:
      t.appliesToType || t.appliesToCategory
        ? { type: t.appliesToType, category: t.appliesToCategory }
        : null,
    version: t.version,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

export function checklistModel(c: TicketChecklistEntity): TicketChecklistModel {
  return {
    id: c.id,
    ticketId: c.ticketId,
    templateId: c.templateId,
    name: c.name,
    items: c.items.map((i) => ({ ...i, doneAt: i.doneAt ? new Date(i.doneAt) : null })),
    completedAt: c.completedAt,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
