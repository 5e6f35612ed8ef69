import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenants, access (API keys, agents, groups), the outbox, idempotency records and rate-limit
 * counters. Every tenant-owned table has `tenant_id` first in its primary key, its foreign
 * keys and every index, so the tables can be distributed on `tenant_id` later.
 */
export class Foundation1732470000000 implements MigrationInterface {
  name = 'Foundation1732470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenants (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        slug text NOT NULL,
        settings jsonb NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT tenants_slug_key UNIQUE (slug)
      )`);

    await q.query(`
      CREATE TABLE api_keys (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        prefix text NOT NULL,
        key_hash bytea NOT NULL,
        scopes text[] NOT NULL,
        expires_at timestamptz(3),
        last_used_at timestamptz(3),
        revoked_at timestamptz(3),
        created_by text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT api_keys_hash_key UNIQUE (tenant_id, key_hash)
      )`);

    await q.query(`
      CREATE TABLE agents (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'agent', 'viewer')),
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        deleted_at timestamptz(3),
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX agents_email_key ON agents (tenant_id, lower(email)) WHERE deleted_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE groups (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        description text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX groups_name_key ON groups (tenant_id, lower(name))`);

    await q.query(`
      CREATE TABLE group_members (
        tenant_id uuid NOT NULL,
        group_id uuid NOT NULL,
        agent_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, group_id, agent_id),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, agent_id) REFERENCES agents (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX group_members_agent_idx ON group_members (tenant_id, agent_id)`);

    // The transactional outbox. `txid` is the writing transaction's id: readers only take rows
    // of transactions older than every running one, in (txid, position) order, so a row that
    // commits late is never skipped.
    await q.query(`
      CREATE TABLE events (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        position bigint GENERATED ALWAYS AS IDENTITY,
        txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        type text NOT NULL,
        resource_type text NOT NULL,
        resource_id uuid NOT NULL,
        payload jsonb NOT NULL,
        actor jsonb,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX events_feed_idx ON events (tenant_id, txid, position)`);
    await q.query(`CREATE INDEX events_resource_idx ON events (tenant_id, resource_id, position)`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        tenant_id uuid NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        status text NOT NULL CHECK (status IN ('in_flight', 'completed')),
        response_status integer,
        response_body jsonb,
        response_headers jsonb,
        locked_until timestamptz(3) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        PRIMARY KEY (tenant_id, key)
      )`);
    await q.query(
      `CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (tenant_id, expires_at)`,
    );

    await q.query(`
      CREATE TABLE rate_limits (
        tenant_id uuid NOT NULL,
        key text NOT NULL,
        window_start timestamptz(3) NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (tenant_id, key)
      )`);

    await q.query(`
      CREATE TABLE system_settings (
        key text PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'system_settings',
      'rate_limits',
      'idempotency_keys',
      'events',
      'group_members',
      'groups',
      'agents',
      'api_keys',
      'tenants',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
