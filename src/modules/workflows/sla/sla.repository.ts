import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PositionedRepository } from '../positioned.repository';
import { SlaPolicyEntity } from './sla-policy.entity';

@Injectable()
export class SlaPoliciesRepository extends PositionedRepository<SlaPolicyEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, SlaPolicyEntity, 'SLA policy', 'p');
  }

  /** Any policy, enabled or not, by id (the one a ticket ran under). */
  async byIds(tenantId: string, ids: string[]): Promise<SlaPolicyEntity[]> {
    return this.findByIds(tenantId, ids);
  }

  /**
   * Tickets of every tenant with an SLA target due (`sla_next_due_at` passed). Scans the
   * partial index of tickets that have a pending target.
   */
  dueTickets(limit: number): Promise<{ tenant_id: string; id: string }[]> {
    return this.acrossTenants(
      `SELECT tenant_id, id FROM tickets
        WHERE sla_next_due_at IS NOT NULL AND deleted_at IS NULL AND sla_next_due_at <= now()
        ORDER BY sla_next_due_at
        LIMIT $1`,
      [limit],
    );
  }
}
