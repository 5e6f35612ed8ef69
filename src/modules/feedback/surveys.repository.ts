import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { isUuid } from '../../database/ids';
import { readOne } from '../../database/read';
import { TenantRepository } from '../../database/tenant.repository';
import type { FeedbackKind } from './satisfaction';
import { SurveyEntity } from './survey.entity';

@Injectable()
export class SurveysRepository extends TenantRepository<SurveyEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, SurveyEntity, 'Survey', 's');
  }

  /** Serialises survey requests for one ticket and kind until commit. */
  lockTicketKind(tenantId: string, ticketId: string, kind: FeedbackKind): Promise<void> {
    return this.lockKey(tenantId, `survey:${ticketId}:${kind}`);
  }

  /** The survey of this ticket and kind that still takes answers, if any. */
  findOpen(tenantId: string, ticketId: string, kind: FeedbackKind): Promise<SurveyEntity | null> {
    return readOne(
      this.scoped(tenantId)
        .andWhere('s.ticketId = :ticketId AND s.kind = :kind', { ticketId, kind })
        .andWhere(`s.status = 'open' AND s.expiresAt > now()`),
    );
  }

  /** Marks the ticket's open survey of this kind expired (called once its links ran out). */
  async expireOpen(tenantId: string, ticketId: string, kind: FeedbackKind): Promise<void> {
    await this.sql(
      tenantId,
      `UPDATE surveys SET status = 'expired'
        WHERE tenant_id = $1 AND ticket_id = $2 AND kind = $3 AND status = 'open'`,
      [ticketId, kind],
    );
  }

  /** The survey, locked until commit: two clicks on its links answer one after the other. */
  async findForAnswer(tenantId: string, id: string): Promise<SurveyEntity | null> {
    if (!isUuid(id)) return null;
    const rows = await this.sql(
      tenantId,
      `SELECT * FROM surveys WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [id],
    );
    return rows[0] ? this.hydrate(rows[0]) : null;
  }

  /** Stops the survey's links from working; false when it was not open. */
  async revoke(tenantId: string, id: string): Promise<SurveyEntity | null> {
    const rows = await this.sql(
      tenantId,
      `UPDATE surveys SET status = 'revoked', revoked_at = now()
        WHERE tenant_id = $1 AND id = $2 AND status <> 'revoked'
        RETURNING *`,
      [id],
    );
    return rows[0] ? this.hydrate(rows[0]) : null;
  }
}
