import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feedback: CSAT and NPS responses, and the one-click surveys that collect them. A survey keeps
 * the ticket's assignee, group and channel as they were when it was requested; its response is
 * one row (the customer can change it through the link, never add a second). At most one open
 * survey per ticket and kind.
 */
export class Feedback1733100000000 implements MigrationInterface {
  name = 'Feedback1733100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE surveys (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        ticket_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('csat', 'nps')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'expired', 'revoked')),
        customer_id uuid NOT NULL,
        agent_id uuid,
        group_id uuid,
        channel text NOT NULL,
        locale text,
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
        FOREIGN KEY (tenant_id, agent_id) REFERENCES agents (tenant_id, id),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE SET NULL (group_id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX surveys_open_key ON surveys (tenant_id, ticket_id, kind) WHERE status = 'open'`,
    );

    await q.query(`
      CREATE TABLE feedback (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('csat', 'nps')),
        score smallint NOT NULL,
        comment text,
        customer_id uuid,
        ticket_id uuid,
        agent_id uuid,
        group_id uuid,
        channel text,
        source text NOT NULL CHECK (source IN ('api', 'survey')),
        survey_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT feedback_score_range CHECK (
          (kind = 'csat' AND score BETWEEN 1 AND 5) OR (kind = 'nps' AND score BETWEEN 0 AND 10)),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
        FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id),
        FOREIGN KEY (tenant_id, agent_id) REFERENCES agents (tenant_id, id),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE SET NULL (group_id),
        FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX feedback_survey_key ON feedback (tenant_id, survey_id) WHERE survey_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX feedback_created_idx ON feedback (tenant_id, created_at, id)`);
    await q.query(`CREATE INDEX feedback_ticket_idx ON feedback (tenant_id, ticket_id, id)`);
    await q.query(`CREATE INDEX feedback_customer_idx ON feedback (tenant_id, customer_id, id)`);
    await q.query(`CREATE INDEX feedback_agent_idx ON feedback (tenant_id, agent_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS feedback`);
    await q.query(`DROP TABLE IF EXISTS surveys`);
  }
}
