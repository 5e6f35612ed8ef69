import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { byIds, Loaders } from '../../common/graphql/loaders';
import { OrganizationModel } from './dto/organization.model';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly orgs: OrganizationsService) {}

  @Query(() => OrganizationModel)
  @RequireScopes('customers:read', 'customers:write')
  organization(@CurrentTenant() tenantId: string, @Args('id', { type: () => ID }) id: string) {
    return this.orgs.get(tenantId, id);
  }
}

export const organizationLoader = (
  loaders: Loaders,
  tenantId: string,
  orgs: OrganizationsService,
) =>
  loaders.get<string, OrganizationModel | null>(`organizations:${tenantId}`, async (ids) =>
    byIds(ids, await orgs.getMany(tenantId, ids)),
  );
