import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { VersionedRepository } from '../../database/tenant.repository';
import { Page, paginateById } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { escapeLike } from '../../common/text/like';
import type { OrganizationFilter } from './dto/list-organizations.args';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsRepository extends VersionedRepository<OrganizationEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, OrganizationEntity, 'Organization', 'o');
  }

  /** One page of the tenant's organizations matching `filter`, oldest first. */
  list(
    tenantId: string,
    filter: OrganizationFilter,
    page: PageQuery,
  ): Promise<Page<OrganizationEntity>> {
    const qb = this.scoped(tenantId);
    if (filter.externalId)
      qb.andWhere('o.externalId = :externalId', { externalId: filter.externalId });
    if (filter.domain)
      qb.andWhere(':domain = ANY(o.domains)', { domain: filter.domain.toLowerCase() });
    if (filter.name)
      qb.andWhere(`lower(o.name) LIKE :name ESCAPE '\\'`, {
        name: `${escapeLike(filter.name.toLowerCase())}%`,
      });
    return paginateById(qb, page);
  }

  /** Points `domains` at the organization; returns the first domain another organization owns. */
  async setDomains(
    tenantId: string,
    organizationId: string,
    domains: readonly string[],
  ): Promise<string | null> {
    await this.sql(
      tenantId,
      `DELETE FROM organization_domains WHERE tenant_id = $1 AND organization_id = $2`,
      [organizationId],
    );
    if (domains.length === 0) return null;
    const taken: { domain: string }[] = await this.sql(
      tenantId,
      `SELECT domain FROM organization_domains WHERE tenant_id = $1 AND domain = ANY($2::text[]) LIMIT 1`,
      [domains],
    );
    if (taken[0]) return taken[0].domain;
    await this.sql(
      tenantId,
      `INSERT INTO organization_domains (tenant_id, domain, organization_id) SELECT $1, d, $2 FROM unnest($3::text[]) AS d`,
      [organizationId, domains],
    );
    return null;
  }

  async findIdByDomain(tenantId: string, domain: string): Promise<string | null> {
    const rows: { organization_id: string }[] = await this.sql(
      tenantId,
      `SELECT organization_id FROM organization_domains WHERE tenant_id = $1 AND domain = $2`,
      [domain.toLowerCase()],
    );
    return rows[0]?.organization_id ?? null;
  }
}
