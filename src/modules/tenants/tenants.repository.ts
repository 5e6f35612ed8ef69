import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { newId } from '../../database/ids';
import { TenantEntity } from './tenant.entity';

const BOOTSTRAP_LOCK_ID = 7_311_002;

export type TenantRow = Pick<TenantEntity, 'id' | 'name' | 'slug' | 'createdAt'>;

/**
 * The platform's table of tenants. It is not tenant-owned (a tenant is the root of tenancy, it
 * has no `tenant_id`), so this repository does not extend TenantRepository and its SQL is not
 * scoped by tenant: it is the one place that reads and writes across tenants.
 */
@Injectable()
export class TenantsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Inserts the tenant; null when the slug is taken. */
  async insert(name: string, slug: string): Promise<TenantRow | null> {
    const rows: TenantRow[] = await this.txHost.tx.query(
      `INSERT INTO tenants (id, name, slug) VALUES ($1, $2, $3)
       ON CONFLICT (slug) DO NOTHING RETURNING id, name, slug, created_at AS "createdAt"`,
      [newId(), name, slug],
    );
    return rows[0] ?? null;
  }

  findBySlug(slug: string): Promise<TenantEntity | null> {
    return this.txHost.tx.getRepository(TenantEntity).findOne({ where: { slug } });
  }

  /** True once any tenant exists. */
  async hasAny(): Promise<boolean> {
    const [{ exists }]: { exists: boolean }[] = await this.txHost.tx.query(
      'SELECT EXISTS (SELECT 1 FROM tenants) AS exists',
    );
    return exists;
  }

  /** One section of a tenant's `settings` (null when unset). */
  async settingsSection(
    tenantId: string,
    section: string,
  ): Promise<Record<string, unknown> | null> {
    const [row]: { value: Record<string, unknown> | null }[] = await this.txHost.tx.query(
      `SELECT settings -> $2 AS value FROM tenants WHERE id = $1`,
      [tenantId, section],
    );
    return row?.value ?? null;
  }

  async setSettingsSection(tenantId: string, section: string, value: unknown): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE tenants SET settings = jsonb_set(settings, ARRAY[$2::text], $3::jsonb),
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [tenantId, section, JSON.stringify(value)],
    );
  }

  /** Every string in the array `settings.<section>.<key>` of any tenant, deduplicated. */
  async settingsArrayUnion(section: string, key: string): Promise<string[]> {
    const rows: { value: string }[] = await this.txHost.tx.query(
      `SELECT DISTINCT value
         FROM tenants,
              jsonb_array_elements_text(
                CASE WHEN jsonb_typeof(settings #> ARRAY[$1::text, $2::text]) = 'array'
                     THEN settings #> ARRAY[$1::text, $2::text] ELSE '[]'::jsonb END) AS value`,
      [section, key],
    );
    return rows.map((r) => r.value);
  }

  /** Serialises first-start bootstraps of several instances until the transaction ends. */
  async lockBootstrap(): Promise<void> {
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK_ID]);
  }
}
