import { Injectable } from '@nestjs/common';
import { languageOf } from '../../common/text/languages';
import { TenantsService } from '../tenants/tenants.service';
import { TicketSettingsModel, UpdateTicketSettingsInput } from './dto/ticket-settings.input';

const SECTION = 'tickets';
const TTL_MS = 30_000;

/** The tenant's ticket settings (default language), read through a short cache. */
@Injectable()
export class TicketSettings {
  private readonly cache = new Map<string, { at: number; value: Promise<TicketSettingsModel> }>();

  constructor(private readonly tenants: TenantsService) {}

  get(tenantId: string): Promise<TicketSettingsModel> {
    const hit = this.cache.get(tenantId);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
    const value = this.tenants.settingsSection(tenantId, SECTION).then((s) => ({
      defaultLanguage: typeof s.defaultLanguage === 'string' ? s.defaultLanguage : null,
    }));
    this.cache.set(tenantId, { at: Date.now(), value });
    return value;
  }

  async update(tenantId: string, input: UpdateTicketSettingsInput): Promise<TicketSettingsModel> {
    const current = await this.get(tenantId);
    const next: TicketSettingsModel = {
      defaultLanguage:
        input.defaultLanguage === undefined
          ? current.defaultLanguage
          : languageOf(input.defaultLanguage),
    };
    await this.tenants.setSettingsSection(tenantId, SECTION, { ...next });
    this.cache.delete(tenantId);
    return next;
  }
}
