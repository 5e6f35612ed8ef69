import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workflows: checklist templates and their instances on tickets, rules, SLA policies, macros,
 * and the SLA clock's columns on tickets.
 *
 * - A checklist instance copies its template's items when attached: editing a template never
 *   rewrites instances.
 * - `tickets.sla_next_due_at` is the earliest due time still to check for a breach; the breach
 *   check scans the partial index of tickets that have one (a few per open ticket at most). On
 *   Citus the same query fans out to every shard, each scanning its own small partial index.
 */
export class Workflows1733000000000 implements MigrationInterface {
  name = 'Workflows1733000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE checklist_templates (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        items jsonb NOT NULL,
        applies_to_type text,
        applies_to_category text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(`
      CREATE TABLE ticket_checklists (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        ticket_id uuid NOT NULL,
        template_id uuid,
        name text NOT NULL,
        items jsonb NOT NULL,
        completed_at timestamptz(3),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, template_id) REFERENCES checklist_templates (tenant_id, id) ON DELETE SET NULL (template_id)
      )`);
    await q.query(
      `CREATE INDEX ticket_checklists_ticket_idx ON ticket_checklists (tenant_id, ticket_id, id)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX ticket_checklists_template_key ON ticket_checklists (tenant_id, ticket_id, template_id) WHERE template_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE workflow_rules (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        trigger text NOT NULL,
        conditions jsonb NOT NULL DEFAULT '[]',
        actions jsonb NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        position integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(
      `CREATE INDEX workflow_rules_position_idx ON workflow_rules (tenant_id, position, id)`,
    );

    await q.query(`
      CREATE TABLE sla_policies (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        conditions jsonb NOT NULL DEFAULT '[]',
        targets jsonb NOT NULL,
        business_hours jsonb,
        enabled boolean NOT NULL DEFAULT true,
        position integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(
      `CREATE INDEX sla_policies_position_idx ON sla_policies (tenant_id, position, id)`,
    );

    await q.query(`
      CREATE TABLE macros (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        public boolean NOT NULL DEFAULT true,
        actions jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);

    await q.query(`
      ALTER TABLE tickets
        ADD COLUMN sla_consumed_seconds integer NOT NULL DEFAULT 0,
        ADD COLUMN sla_clock_at timestamptz(3),
        ADD COLUMN sla_next_due_at timestamptz(3)`);
    await q.query(
      `CREATE INDEX tickets_sla_due_idx ON tickets (tenant_id, sla_next_due_at) WHERE sla_next_due_at IS NOT NULL AND deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX tickets_sla_due_idx`);
    await q.query(
      `ALTER TABLE tickets DROP COLUMN sla_consumed_seconds, DROP COLUMN sla_clock_at, DROP COLUMN sla_next_due_at`,
    );
    await q.query(
      `DROP TABLE macros, sla_policies, workflow_rules, ticket_checklists, checklist_templates`,
    );
  }
}
