import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Range indexes for the KPI report (reports module), which counts each ticket figure in the
 * bucket of its own event: first public agent reply, and resolution (the latest solve, or the
 * closing of a ticket closed without a solve). Creation already has tickets_created_idx. With
 * these, "tickets created, first answered or resolved in the period" is a BitmapOr of three
 * index ranges instead of a scan of the tenant's tickets.
 */
export class ReportIndexes1733500000000 implements MigrationInterface {
  name = 'ReportIndexes1733500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX tickets_first_response_idx ON tickets (tenant_id, first_response_at) WHERE deleted_at IS NULL AND first_response_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX tickets_resolved_idx ON tickets (tenant_id, (coalesce(solved_at, closed_at))) WHERE deleted_at IS NULL AND coalesce(solved_at, closed_at) IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX tickets_resolved_idx`);
    await q.query(`DROP INDEX tickets_first_response_idx`);
  }
}
