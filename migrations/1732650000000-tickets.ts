import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tickets, their comments and audit trail, and the per-tenant number counter.
 *
 * - `number` comes from `ticket_counters`, incremented in the creating transaction: a rollback
 *   returns the number, so numbers have no gaps and no duplicates.
 * - `search` is a 'simple' (language-neutral), unaccented tsvector of subject (A), description
 *   (B) and comments (C), maintained by the service.
 * - Every list filter has an index leading with tenant_id and ending with id, so keyset pages
 *   come straight off an index.
 */
export class Tickets1732650000000 implements MigrationInterface {
  name = 'Tickets1732650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ticket_counters (
        tenant_id uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
        last_number bigint NOT NULL
      )`);

    await q.query(`
      CREATE TABLE tickets (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        number bigint NOT NULL,
        subject text NOT NULL,
        description text NOT NULL,
        status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'pending', 'on_hold', 'solved', 'closed')),
        priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        priority_rank smallint GENERATED ALWAYS AS (
          CASE priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 ELSE 3 END) STORED,
        type text CHECK (type IN ('question', 'incident', 'problem', 'complaint', 'task')),
        channel text NOT NULL DEFAULT 'api' CHECK (channel IN ('email', 'phone', 'chat', 'web', 'social', 'sms', 'api', 'in_person')),
        category text,
        tags text[] NOT NULL DEFAULT '{}',
        customer_id uuid NOT NULL,
        assignee_id uuid,
        group_id uuid,
        custom_fields jsonb NOT NULL DEFAULT '{}',
        external_id text,
        resolution text,
        first_response_at timestamptz(3),
        solved_at timestamptz(3),
        closed_at timestamptz(3),
        reopen_count integer NOT NULL DEFAULT 0,
        sla_policy_id uuid,
        first_response_due_at timestamptz(3),
        resolution_due_at timestamptz(3),
        sla_breached text[] NOT NULL DEFAULT '{}',
        search tsvector NOT NULL DEFAULT ''::tsvector,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        deleted_at timestamptz(3),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
        FOREIGN KEY (tenant_id, assignee_id) REFERENCES agents (tenant_id, id),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE SET NULL (group_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX tickets_number_key ON tickets (tenant_id, number)`);
    await q.query(
      `CREATE UNIQUE INDEX tickets_external_id_key ON tickets (tenant_id, external_id) WHERE external_id IS NOT NULL AND deleted_at IS NULL`,
    );
    const live = 'WHERE deleted_at IS NULL';
    await q.query(`CREATE INDEX tickets_status_idx ON tickets (tenant_id, status, id) ${live}`);
    await q.query(
      `CREATE INDEX tickets_assignee_idx ON tickets (tenant_id, assignee_id, status, id) ${live}`,
    );
    await q.query(
      `CREATE INDEX tickets_group_idx ON tickets (tenant_id, group_id, status, id) ${live}`,
    );
    await q.query(
      `CREATE INDEX tickets_customer_idx ON tickets (tenant_id, customer_id, id) ${live}`,
    );
    await q.query(
      `CREATE INDEX tickets_priority_idx ON tickets (tenant_id, priority_rank, id) ${live}`,
    );
    await q.query(
      `CREATE INDEX tickets_updated_idx ON tickets (tenant_id, updated_at, id) ${live}`,
    );
    await q.query(
      `CREATE INDEX tickets_created_idx ON tickets (tenant_id, created_at, id) ${live}`,
    );
    await q.query(`CREATE INDEX tickets_tags_idx ON tickets USING gin (tenant_id, tags) ${live}`);
    await q.query(
      `CREATE INDEX tickets_search_idx ON tickets USING gin (tenant_id, search) ${live}`,
    );

    await q.query(`
      CREATE TABLE ticket_comments (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        ticket_id uuid NOT NULL,
        body text NOT NULL,
        public boolean NOT NULL DEFAULT true,
        author_type text NOT NULL CHECK (author_type IN ('agent', 'customer', 'api_key', 'workflow', 'system')),
        author_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX ticket_comments_ticket_idx ON ticket_comments (tenant_id, ticket_id, id)`,
    );

    await q.query(`
      CREATE TABLE ticket_audits (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        ticket_id uuid NOT NULL,
        field text NOT NULL,
        before jsonb,
        after jsonb,
        actor_type text NOT NULL,
        actor_id text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX ticket_audits_ticket_idx ON ticket_audits (tenant_id, ticket_id, id)`,
    );

    // The export feed reads ticket change events by (txid, position).
    await q.query(
      `CREATE INDEX events_ticket_changes_idx ON events (tenant_id, txid, position) WHERE type IN ('ticket.created', 'ticket.updated')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS events_ticket_changes_idx`);
    for (const t of ['ticket_audits', 'ticket_comments', 'tickets', 'ticket_counters'])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
