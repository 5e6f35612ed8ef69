import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { readMany, readOne } from '../../../database/read';
import { VersionedRepository } from '../../../database/tenant.repository';
import { isUuid, newId, timeOfId } from '../../../database/ids';
import { Page, paginate, paginateById } from '../../../common/pagination/paginate';
import { PageQuery } from '../../../common/pagination/page.args';
import { ChecklistTemplateEntity } from './checklist-template.entity';
import { ChecklistItem, TicketChecklistEntity } from './ticket-checklist.entity';

@Injectable()
export class ChecklistTemplatesRepository extends VersionedRepository<ChecklistTemplateEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, ChecklistTemplateEntity, 'Checklist template', 'ct');
  }

  list(tenantId: string, page: PageQuery): Promise<Page<ChecklistTemplateEntity>> {
    return paginateById(this.scoped(tenantId), page);
  }

  /** Templates that attach themselves to a new ticket of this type / category. */
  matching(
    tenantId: string,
    type: string | null,
    category: string | null,
  ): Promise<ChecklistTemplateEntity[]> {
    return readMany(
      this.scoped(tenantId)
        .andWhere('(ct.appliesToType IS NOT NULL OR ct.appliesToCategory IS NOT NULL)')
        .andWhere('(ct.appliesToType IS NULL OR ct.appliesToType = :type)', { type })
        .andWhere('(ct.appliesToCategory IS NULL OR ct.appliesToCategory = :category)', {
          category,
        })
        .orderBy('ct.id'),
    );
  }
}

@Injectable()
export class TicketChecklistsRepository extends VersionedRepository<TicketChecklistEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, TicketChecklistEntity, 'Checklist', 'tc');
  }

  /** Attaches a copy of a template's items; null when this template is already attached. */
  async attach(
    tenantId: string,
    ticketId: string,
    template: ChecklistTemplateEntity,
  ): Promise<TicketChecklistEntity | null> {
    const id = newId();
    const items: ChecklistItem[] = template.items.map((i) => ({
      ...i,
      done: false,
      doneBy: null,
      doneAt: null,
    }));
    const rows = await this.sql(
      tenantId,
      `INSERT INTO ticket_checklists (tenant_id, id, ticket_id, template_id, name, items, created_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
       ON CONFLICT (tenant_id, ticket_id, template_id) WHERE template_id IS NOT NULL DO NOTHING
       RETURNING *`,
      [id, ticketId, template.id, template.name, JSON.stringify(items), timeOfId(id)],
    );
    return rows[0] ? this.hydrate(rows[0]) : null;
  }

  ofTicket(
    tenantId: string,
    ticketId: string,
    page: PageQuery,
  ): Promise<Page<TicketChecklistEntity>> {
    return paginate(this.scoped(tenantId).andWhere('tc.ticketId = :ticketId', { ticketId }), {
      sort: 'id',
      direction: 'ASC',
      keys: [],
      limit: page.limit,
      cursor: page.cursor,
    });
  }

  /** Every checklist of these tickets (for GraphQL batching), oldest first. */
  ofTickets(tenantId: string, ticketIds: readonly string[]): Promise<TicketChecklistEntity[]> {
    if (ticketIds.length === 0) return Promise.resolve([]);
    return readMany(
      this.scoped(tenantId)
        .andWhere('tc.ticketId IN (:...ticketIds)', { ticketIds })
        .orderBy('tc.id'),
    );
  }

  /** One checklist of one ticket, locked for the rest of the transaction. */
  async getOfTicketForUpdate(
    tenantId: string,
    ticketId: string,
    id: string,
  ): Promise<TicketChecklistEntity> {
    const row = isUuid(id)
      ? await readOne(
          this.scoped(tenantId)
            .andWhere('tc.id = :id AND tc.ticketId = :ticketId', { id, ticketId })
            .setLock('pessimistic_write'),
        )
      : null;
    if (!row) throw this.notFound(id);
    return row;
  }

  /** Titles of the required items still open on a ticket. */
  async openRequiredItems(tenantId: string, ticketId: string): Promise<string[]> {
    const rows = await this.sql<{ title: string }>(
      tenantId,
      `SELECT item->>'title' AS title
         FROM ticket_checklists c, jsonb_array_elements(c.items) AS item
        WHERE c.tenant_id = $1 AND c.ticket_id = $2
          AND (item->>'required')::boolean AND NOT (item->>'done')::boolean
        ORDER BY c.id`,
      [ticketId],
    );
    return rows.map((r) => r.title);
  }
}
