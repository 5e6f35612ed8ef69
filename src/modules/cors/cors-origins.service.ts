import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ExpiringCache } from '../../common/cache/expiring-cache';
import { corsConfig } from '../../config/configuration';
import { TenantsService } from '../tenants/tenants.service';
import { CorsSettingsModel, UpdateCorsSettingsInput } from './dto/cors-settings.input';

const SECTION = 'cors';
const KEY = 'allowedOrigins';
/** How long a tenant's list, and the union of all lists, are reused before being read again. */
const TTL_MS = 30_000;
/** The one key of the union cache. */
const UNION = 'all';

/**
 * Which browser origins may call the API. A preflight carries no credential, so it is answered
 * from CORS_ORIGINS plus the union of every tenant's `allowedOrigins`; the actual request is
 * then checked against the authenticated tenant's own list (CorsTenantInterceptor). Both lists
 * are cached for TTL_MS: a change made on another instance applies there within 30 s.
 */
@Injectable()
export class CorsOrigins {
  private readonly logger = new Logger(CorsOrigins.name);
  private readonly fromEnv: ReadonlySet<string>;
  private readonly union = new ExpiringCache<ReadonlySet<string>>(TTL_MS);
  private readonly byTenant = new ExpiringCache<readonly string[]>(TTL_MS);

  constructor(
    @Inject(corsConfig.KEY) config: ConfigType<typeof corsConfig>,
    private readonly tenants: TenantsService,
  ) {
    this.fromEnv = new Set(config.origins);
  }

  /** Allowed for at least one tenant (or the whole deployment): enough for a preflight. */
  async allowedForSomeTenant(origin: string | undefined): Promise<boolean> {
    const o = normalise(origin);
    if (!o) return false;
    if (this.fromEnv.has(o)) return true;
    return (await this.unionOfTenants()).has(o);
  }

  /** Allowed for this tenant (or the whole deployment). */
  async allowedForTenant(tenantId: string, origin: string | undefined): Promise<boolean> {
    const o = normalise(origin);
    if (!o) return false;
    if (this.fromEnv.has(o)) return true;
    return (await this.tenantOrigins(tenantId)).includes(o);
  }

  async settings(tenantId: string): Promise<CorsSettingsModel> {
    return { allowedOrigins: [...(await this.tenantOrigins(tenantId))] };
  }

  async update(tenantId: string, input: UpdateCorsSettingsInput): Promise<CorsSettingsModel> {
    const allowedOrigins = [...new Set(input.allowedOrigins.map((o) => normalise(o)!))];
    await this.tenants.setSettingsSection(tenantId, SECTION, { [KEY]: allowedOrigins });
    this.byTenant.delete(tenantId);
    this.union.delete(UNION);
    return { allowedOrigins };
  }

  private tenantOrigins(tenantId: string): Promise<readonly string[]> {
    return this.byTenant
      .get(tenantId, async () => {
        const s = await this.tenants.settingsSection(tenantId, SECTION);
        return Array.isArray(s[KEY]) ? (s[KEY] as unknown[]).filter(isString) : [];
      })
      .catch((err: unknown) => this.failed(err));
  }

  private unionOfTenants(): Promise<ReadonlySet<string>> {
    return this.union
      .get(UNION, async () => new Set(await this.tenants.settingsArrayUnion(SECTION, KEY)))
      .catch((err: unknown) => new Set(this.failed(err)));
  }

  /** A failed read allows nothing (never a 5xx for a CORS decision); the cache keeps no failure. */
  private failed(err: unknown): string[] {
    this.logger.warn({ err }, 'reading the allowed CORS origins failed');
    return [];
  }
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

function normalise(origin: string | undefined): string | null {
  if (!origin || origin === 'null') return null;
  return origin.trim().toLowerCase().replace(/\/+$/, '');
}
