import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AppError } from '../../common/errors/app-error';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { CreateTenantInput } from './dto/create-tenant.input';
import { CreatedTenantModel, TenantModel } from './dto/tenant.model';
import { TenantRow, TenantsRepository } from './tenants.repository';

@Injectable()
export class TenantsService {
  constructor(
    private readonly tenants: TenantsRepository,
    private readonly apiKeys: ApiKeysService,
  ) {}

  /** Creates a tenant with its first admin API key, in one transaction. */
  @Transactional()
  async create(input: CreateTenantInput, createdBy = 'platform'): Promise<CreatedTenantModel> {
    const tenant = await this.tenants.insert(input.name, input.slug);
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
    const row = await this.tenants.findBySlug(slug);
    return row ? toModel(row) : null;
  }

  /** One section of the tenant's `settings` (e.g. `surveys`), as stored; `{}` when unset. */
  async settingsSection(tenantId: string, section: string): Promise<Record<string, unknown>> {
    return (await this.tenants.settingsSection(tenantId, section)) ?? {};
  }

  /** Replaces one section of the tenant's `settings`; the module owning it validates it. */
  async setSettingsSection(
    tenantId: string,
    section: string,
    value: Record<string, unknown>,
  ): Promise<void> {
    await this.tenants.setSettingsSection(tenantId, section, value);
  }

  /**
   * The union over all tenants of one array setting (e.g. every tenant's CORS origins): the one
   * cross-tenant read of settings, for decisions taken before a caller is known.
   */
  settingsArrayUnion(section: string, key: string): Promise<string[]> {
    return this.tenants.settingsArrayUnion(section, key);
  }

  /**
   * First start: when no tenant exists, create `default` and return its admin key (to print
   * once). Several instances starting together create it once (advisory lock).
   */
  @Transactional()
  async bootstrapDefaultTenant(): Promise<CreatedTenantModel | null> {
    await this.tenants.lockBootstrap();
    if (await this.tenants.hasAny()) return null;
    return this.create({ name: 'Default', slug: 'default' }, 'bootstrap');
  }
}

function toModel(t: TenantRow): TenantModel {
  return { id: t.id, name: t.name, slug: t.slug, createdAt: t.createdAt };
}
