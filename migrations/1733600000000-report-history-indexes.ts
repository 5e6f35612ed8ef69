import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that let the KPI report read the status history from an index alone.
 *
 * - `ticket_status_changes_resolvedness_idx`: the transitions that change whether a ticket is
 *   resolved (creation, solve, close, reopen), the only ones the backlog and reopen counts read,
 *   covering what they read. The history is insert-only, so its pages stay all-visible and the
 *   scan is index-only.
 * - `tickets_deleted_idx`: the few deleted tickets, so the report excludes their history with an
 *   anti-join against a handful of rows instead of joining every change to its ticket.
 */
export class ReportHistoryIndexes1733600000000 implements MigrationInterface {
  name = 'ReportHistoryIndexes1733600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ticket_status_changes_resolvedness_idx
         ON ticket_status_changes (tenant_id, changed_at) INCLUDE (ticket_id, from_status, to_status)
         WHERE from_status IS NULL OR (from_status IN ('solved', 'closed')) <> (to_status IN ('solved', 'closed'))`,
    );
    await q.query(
      `CREATE INDEX tickets_deleted_idx ON tickets (tenant_id, id) WHERE deleted_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX tickets_deleted_idx`);
    await q.query(`DROP INDEX ticket_status_changes_resolvedness_idx`);
  }
}
