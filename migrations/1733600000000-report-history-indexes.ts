import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that let the KPI report read the status history and the backlog from indexes alone.
 *
 * - `ticket_status_changes_resolvedness_idx`: the transitions that change whether a ticket is
 *   resolved (creation, solve, close, reopen), the only ones the backlog and reopen counts read,
 *   covering what they read. The history is insert-only, so its pages stay all-visible and the
 *   scan is index-only.
 * - `ticket_status_changes_reopen_idx`: the reopenings alone (a few percent of the changes), for
 *   the reopen counts.
 * - `tickets_open_idx`: the unresolved tickets with the report's dimensions, so "open now" (the
 *   backlog's anchor) per agent, group, channel, category or type is an index-only scan of the
 *   backlog instead of a walk of every ticket's assignee entry.
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
      `CREATE INDEX ticket_status_changes_reopen_idx
         ON ticket_status_changes (tenant_id, changed_at) INCLUDE (ticket_id)
         WHERE from_status = 'solved' AND to_status NOT IN ('solved', 'closed')`,
    );
    await q.query(
      `CREATE INDEX tickets_open_idx ON tickets (tenant_id) INCLUDE (assignee_id, group_id, channel, category, type)
         WHERE deleted_at IS NULL AND status IN ('new', 'open', 'pending', 'on_hold')`,
    );
    await q.query(
      `CREATE INDEX tickets_deleted_idx ON tickets (tenant_id, id) WHERE deleted_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX tickets_deleted_idx`);
    await q.query(`DROP INDEX ticket_status_changes_reopen_idx`);
    await q.query(`DROP INDEX tickets_open_idx`);
    await q.query(`DROP INDEX ticket_status_changes_resolvedness_idx`);
  }
}
