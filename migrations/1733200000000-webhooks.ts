import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks: subscriptions, one delivery row per (event, subscription), one attempt row per
 * HTTP request. Delivery rows are written in the transaction of the event (OutboxService
 * listeners), so sending does not wait on the outbox's commit-order watermark. Every key and
 * index leads with `tenant_id` (docs/webhooks.md: how the worker finds due work under Citus).
 */
export class Webhooks1733200000000 implements MigrationInterface {
  name = 'Webhooks1733200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_subscriptions (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        url text NOT NULL,
        events text[] NOT NULL,
        description text,
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason text,
        secret text NOT NULL,
        previous_secret text,
        previous_secret_expires_at timestamptz(3),
        failing_since timestamptz(3),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);

    // status: pending (first attempt or a retry is due at next_attempt_at), succeeded, failed
    // (given up). A worker leases a pending row (locked_until, lease) while it sends it.
    // seq orders the deliveries of one resource: the transactions that change a resource
    // serialise on its row lock, so a later change inserts a higher seq.
    await q.query(`
      CREATE TABLE webhook_deliveries (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        subscription_id uuid NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        resource_key text NOT NULL,
        payload jsonb,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        schedule_offset integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz(3) NOT NULL DEFAULT now(),
        locked_until timestamptz(3),
        lease uuid,
        last_attempt_at timestamptz(3),
        response_status integer,
        last_error text,
        delivered_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, subscription_id) REFERENCES webhook_subscriptions (tenant_id, id) ON DELETE CASCADE
      )`);
    // Due work: only pending rows, so the index stays as small as the backlog.
    await q.query(
      `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (tenant_id, next_attempt_at) WHERE status = 'pending'`,
    );
    // Order per resource: "is an earlier delivery of this resource still pending?"
    await q.query(
      `CREATE INDEX webhook_deliveries_order_idx ON webhook_deliveries (tenant_id, subscription_id, resource_key, seq) WHERE status = 'pending'`,
    );
    // The delivery log of a subscription, newest first, optionally by status.
    await q.query(
      `CREATE INDEX webhook_deliveries_list_idx ON webhook_deliveries (tenant_id, subscription_id, id)`,
    );
    await q.query(
      `CREATE INDEX webhook_deliveries_status_idx ON webhook_deliveries (tenant_id, subscription_id, status, id)`,
    );

    await q.query(`
      CREATE TABLE webhook_attempts (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        delivery_id uuid NOT NULL,
        attempted_at timestamptz(3) NOT NULL,
        duration_ms integer NOT NULL,
        response_status integer,
        response_body text,
        error text,
        error_message text,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, delivery_id) REFERENCES webhook_deliveries (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (tenant_id, delivery_id, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE webhook_attempts');
    await q.query('DROP TABLE webhook_deliveries');
    await q.query('DROP TABLE webhook_subscriptions');
  }
}
