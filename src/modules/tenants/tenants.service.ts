import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AppError } from '../../common/errors/app-error';
import { newId } from '../../database/ids';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { CreateTenantInput } from './dto/create-tenant.input';
import { CreatedTenantModel, TenantModel } from './dto/tenant.model';
import { TenantEntity } from './tenant.entity';

const BOOTSTRAP_LOCK_ID = 7_311_002;

@Injectable()
export class TenantsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly apiKeys: ApiKeysService,
  ) {}

  /** Creates a tenant with its first admin API key, in one transaction. */
  @Transactional()
  async create(input: CreateTenantInput, createdBy = 'platform'): Promise<CreatedTenantModel> {
    const inserted: TenantEntity[] = await this.txHost.tx.query(
      `INSERT INTO tenants (id, name, slug) VALUES ($1, $2, $3)
       ON CONFLICT (slug) DO NOTHING RETURNING id, name, slug, created_at AS "createdAt"`,
      [newId(), input.name, input.slug],
    );
    const tenant = inserted[0];
    if (!tenant)
      throw new AppError(
        'conflict',
        `A tenant with slug "${input.slug}" already exists. Pick another slug.`,
      );
    const key = await this.apiKeys.issue(tenant.id, 'Admin key', ['admin'], null, createdBy);
    return {
      ...toModel(tenant),
      apiKey: { id: key.id, name: key.name, prefix: key.prefix, scopes: key.scopes, key: key.key },
    };
  }

  async findBySlug(slug: string): Promise<TenantModel | null> {
    const row = await this.txHost.tx.getRepository(TenantEntity).findOne({ where: { slug } });
    return row ? toModel(row) : null;
  }

  /** One section of the tenant's `settings` (e.g. `surveys`), as stored; `{}` when unset. */
  async settingsSection(tenantId: string, section: string): Promise<Record<string, unknown>> {
    const [row] = await this.txHost.tx.query(
      `SELECT settings -> $2 AS value FROM tenants WHERE id = $1`,
      [tenantId, section],
    );
    return (row?.value as Record<string, unknown> | null) ?? {};
  }

  /** Replaces one section of the tenant's `settings`; the module owning it validates it. */
  async setSettingsSection(
    tenantId: string,
    section: string,
    value: Record<string, unknown>,
  ): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE tenants SET settings = jsonb_set(settings, ARRAY[$2::text], $3::jsonb),
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [tenantId, section, JSON.stringify(value)],
    );
  }

  /**
   * First start: when no tenant exists, create `default` and return its admin key (to print
   * once). Several instances starting together create it once (advisory lock).
   */
  @Transactional()
  async bootstrapDefaultTenant(): Promise<CreatedTenantModel | null> {
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK_ID]);
    const [{ exists }] = await this.txHost.tx.query(
      'SELECT EXISTS (SELECT 1 FROM tenants) AS exists',
    );
    if (exists) return null;
    return this.create({ name: 'Default', slug: 'default' }, 'bootstrap');
  }
}

function toModel(t: Pick<TenantEntity, 'id' | 'name' | 'slug' | 'createdAt'>): TenantModel {
  return { id: t.id, name: t.name, slug: t.slug, createdAt: t.createdAt };
}
