import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * History that reports can count after the fact:
 * - `ticket_status_changes`: every status transition (creation included), written in the
 *   ticket's transaction, indexed by time, so "solved in the period" and "reopened in the
 *   period" are range scans, not JSON parsing of the audit trail.
 * - `tickets.first_response_seconds` / `resolution_seconds`: the SLA clock's reading when the
 *   first public reply / the (last) solve happened: opening-hours time without pauses when the
 *   ticket's policy has business hours (`sla_business_hours`), wall-clock time without pauses
 *   otherwise.
 * - `tickets.public_agent_replies`: for one-touch resolution.
 * Existing tickets get their history from the audit trail.
 */
export class TicketHistory1733400000000 implements MigrationInterface {
  name = 'TicketHistory1733400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ticket_status_changes (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        ticket_id uuid NOT NULL,
        from_status text,
        to_status text NOT NULL,
        changed_at timestamptz(3) NOT NULL,
        actor_type text NOT NULL,
        actor_id text,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX ticket_status_changes_time_idx ON ticket_status_changes (tenant_id, changed_at, to_status)`,
    );
    await q.query(
      `CREATE INDEX ticket_status_changes_ticket_idx ON ticket_status_changes (tenant_id, ticket_id, id)`,
    );
    await q.query(`
      ALTER TABLE tickets
        ADD COLUMN first_response_seconds integer,
        ADD COLUMN resolution_seconds integer,
        ADD COLUMN sla_business_hours boolean NOT NULL DEFAULT false,
        ADD COLUMN public_agent_replies integer NOT NULL DEFAULT 0`);
    await q.query(
      `CREATE INDEX tickets_solved_idx ON tickets (tenant_id, solved_at) WHERE deleted_at IS NULL AND solved_at IS NOT NULL`,
    );

    // Backfill from what exists: creation, then every audited status change.
    await q.query(`
      INSERT INTO ticket_status_changes (tenant_id, id, ticket_id, from_status, to_status, changed_at, actor_type, actor_id)
      SELECT tenant_id, gen_random_uuid(), id, NULL, 'new', created_at, 'system', NULL FROM tickets`);
    await q.query(`
      INSERT INTO ticket_status_changes (tenant_id, id, ticket_id, from_status, to_status, changed_at, actor_type, actor_id)
      SELECT tenant_id, id, ticket_id, before #>> '{}', after #>> '{}', created_at, actor_type, actor_id
        FROM ticket_audits WHERE field = 'status' AND after #>> '{}' IS NOT NULL`);
    await q.query(`
      UPDATE tickets t SET
        public_agent_replies = c.n,
        first_response_seconds = CASE WHEN t.first_response_at IS NOT NULL
          THEN extract(epoch FROM t.first_response_at - t.created_at)::int END,
        resolution_seconds = CASE WHEN t.solved_at IS NOT NULL
          THEN extract(epoch FROM t.solved_at - t.created_at)::int END
        FROM (SELECT tenant_id, ticket_id, count(*) FILTER (WHERE public AND author_type = 'agent') AS n
                FROM ticket_comments GROUP BY tenant_id, ticket_id) c
       WHERE c.tenant_id = t.tenant_id AND c.ticket_id = t.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX tickets_solved_idx`);
    await q.query(`
      ALTER TABLE tickets DROP COLUMN first_response_seconds, DROP COLUMN resolution_seconds,
        DROP COLUMN sla_business_hours, DROP COLUMN public_agent_replies`);
    await q.query(`DROP TABLE ticket_status_changes`);
  }
}
