import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AppError } from '../../common/errors/app-error';
import { conflictOnDuplicate } from '../../common/errors/conflicts';
import { mapPage, Page } from '../../common/pagination/paginate';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/create-organization.input';
import { ListOrganizationsQuery } from './dto/list-organizations.args';
import { OrganizationModel } from './dto/organization.model';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsRepository } from './organizations.repository';
import type { ExpectedVersion } from '../../common/http/if-match';

@Injectable()
export class OrganizationsService {
  constructor(private readonly orgs: OrganizationsRepository) {}

  @Transactional()
  async create(tenantId: string, input: CreateOrganizationInput): Promise<OrganizationModel> {
    const domains = input.domains ?? [];
    const row = await conflictOnDuplicate(
      this.orgs.insert(tenantId, {
        name: input.name,
        externalId: input.externalId ?? null,
        domains,
      }),
      externalIdTaken(input.externalId),
    );
    await this.claimDomains(tenantId, row.id, domains);
    return toModel(row);
  }

  async list(tenantId: string, query: ListOrganizationsQuery): Promise<Page<OrganizationModel>> {
    return mapPage(await this.orgs.list(tenantId, query, query), toModel);
  }

  async get(tenantId: string, id: string): Promise<OrganizationModel> {
    return toModel(await this.orgs.getById(tenantId, id));
  }

  async getMany(tenantId: string, ids: readonly string[]): Promise<OrganizationModel[]> {
    return (await this.orgs.findByIds(tenantId, ids)).map(toModel);
  }

  @Transactional()
  async update(
    tenantId: string,
    id: string,
    input: UpdateOrganizationInput,
    expectedVersion?: ExpectedVersion,
  ): Promise<OrganizationModel> {
    const row = await conflictOnDuplicate(
      this.orgs.update(tenantId, id, { ...input }, expectedVersion),
      externalIdTaken(input.externalId),
    );
    if (input.domains) await this.claimDomains(tenantId, id, input.domains);
    return toModel(row);
  }

  /** Deletes the organization; its customers stay, without an organization. */
  @Transactional()
  async delete(tenantId: string, id: string, expectedVersion?: ExpectedVersion): Promise<void> {
    if (!(await this.orgs.deleteById(tenantId, id, expectedVersion)))
      throw AppError.notFound('Organization', id);
  }

  /** 422 naming `field` when `id` is not an organization of the tenant. */
  assertReferenced(tenantId: string, id: string, field = 'organizationId'): Promise<void> {
    return this.orgs.assertReferenced(tenantId, id, field);
  }

  /** The organization that owns the domain of `email`, if any. */
  findIdByEmail(tenantId: string, email: string): Promise<string | null> {
    const domain = email.split('@')[1];
    return domain ? this.orgs.findIdByDomain(tenantId, domain) : Promise.resolve(null);
  }

  private async claimDomains(tenantId: string, id: string, domains: string[]): Promise<void> {
    const taken = await this.orgs.setDomains(tenantId, id, domains);
    if (taken) {
      throw new AppError(
        'conflict',
        `The domain ${taken} already belongs to another organization.`,
        [{ field: 'domains', message: `${taken} belongs to another organization` }],
      );
    }
  }
}

const externalIdTaken = (externalId: string | null | undefined) =>
  `An organization with externalId "${externalId}" already exists.`;

function toModel(o: OrganizationEntity): OrganizationModel {
  return {
    id: o.id,
    name: o.name,
    externalId: o.externalId,
    domains: o.domains,
    version: o.version,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}
