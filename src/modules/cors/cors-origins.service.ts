import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { corsConfig } from '../../config/configuration';
import { TenantsService } from '../tenants/tenants.service';
import { CorsSettingsModel, UpdateCorsSettingsInput } from './dto/cors-settings.input';

const SECTION = 'cors';
const KEY = 'allowedOrigins';
/** How long a tenant's list, and the union of all lists, are reused before being read again. */
const TTL_MS = 30_000;

interface Cached<T> {
  at: number;
  value: Promise<T>;
}

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
  private union: Cached<ReadonlySet<string>> | null = null;
  private readonly byTenant = new Map<string, Cached<readonly string[]>>();

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
    this.union = null;
    return { allowedOrigins };
  }

  private tenantOrigins(tenantId: string): Promise<readonly string[]> {
    const hit = this.byTenant.get(tenantId);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
    const value = this.tenants.settingsSection(tenantId, SECTION).then(
      (s) => (Array.isArray(s[KEY]) ? (s[KEY] as unknown[]).filter(isString) : []),
      (err: unknown) => this.failed(err, () => this.byTenant.delete(tenantId)),
    );
    this.byTenant.set(tenantId, { at: Date.now(), value });
    return value;
  }

  private unionOfTenants(): Promise<ReadonlySet<string>> {
    if (this.union && Date.now() - this.union.at < TTL_MS) return this.union.value;
    const value = this.tenants.settingsArrayUnion(SECTION, KEY).then(
      (list) => new Set(list),
      (err: unknown) => new Set(this.failed(err, () => (this.union = null))),
    );
    this.union = { at: Date.now(), value };
    return value;
  }

  /** A failed read allows nothing (never a 5xx for a CORS decision) and is retried next time. */
  private failed(err: unknown, forget: () => void): string[] {
    this.logger.warn({ err }, 'reading the allowed CORS origins failed');
    forget();
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
