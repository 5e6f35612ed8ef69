import { Injectable } from '@nestjs/common';
import { ExpiringCache } from '../../common/cache/expiring-cache';
import { languageOf } from '../../common/text/languages';
import { TenantsService } from '../tenants/tenants.service';
import { TicketSettingsModel, UpdateTicketSettingsInput } from './dto/ticket-settings.input';

const SECTION = 'tickets';
const TTL_MS = 30_000;

/** The tenant's ticket settings (default language), read through a short cache. */
@Injectable()
export class TicketSettings {
  private readonly cache = new ExpiringCache<TicketSettingsModel>(TTL_MS);

  constructor(private readonly tenants: TenantsService) {}

  get(tenantId: string): Promise<TicketSettingsModel> {
    return this.cache.get(tenantId, async () => {
      const s = await this.tenants.settingsSection(tenantId, SECTION);
      return { defaultLanguage: typeof s.defaultLanguage === 'string' ? s.defaultLanguage : null };
    });
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
