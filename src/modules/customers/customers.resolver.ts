import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { byIds, Loaders } from '../../common/graphql/loaders';
import { ConnectionType, toConnection } from '../../common/pagination/connection.model';
import { OrganizationModel } from '../organizations/dto/organization.model';
import { organizationLoader } from '../organizations/organizations.resolver';
import { OrganizationsService } from '../organizations/organizations.service';
import { CustomersService } from './customers.service';
import { UpsertCustomerInput } from './dto/customer.input';
import { CustomerModel } from './dto/customer.model';
import { CustomersArgs } from './dto/list-customers.args';

const CustomerConnection = ConnectionType(CustomerModel, 'Customer');

@Resolver(() => CustomerModel)
export class CustomersResolver {
  constructor(
    private readonly customersService: CustomersService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => CustomerModel)
  @RequireScopes('customers:read', 'customers:write')
  customer(@CurrentTenant() tenantId: string, @Args('id', { type: () => ID }) id: string) {
    return this.customersService.get(tenantId, id);
  }

  @Query(() => CustomerConnection, { description: 'Customers, newest first.' })
  @RequireScopes('customers:read', 'customers:write')
  async customers(@CurrentTenant() tenantId: string, @Args() args: CustomersArgs) {
    return toConnection(
      await this.customersService.list(tenantId, args.filter ?? {}, {
        limit: args.first,
        cursor: args.after,
      }),
    );
  }

  @Mutation(() => CustomerModel, {
    description: "Create or update the customer with this external id (the CRM sync's call).",
  })
  @RequireScopes('customers:write')
  async upsertCustomer(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Args('externalId') externalId: string,
    @Args('input') input: UpsertCustomerInput,
  ) {
    return (await this.customersService.upsertByExternalId(tenantId, externalId, input, actorOf(p)))
      .customer;
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'Batched per request.' })
  organization(
    @Parent() customer: CustomerModel,
    @CurrentTenant() tenantId: string,
    @Context('loaders') loaders: Loaders,
  ) {
    return customer.organizationId
      ? organizationLoader(loaders, tenantId, this.organizations).load(customer.organizationId)
      : null;
  }
}

export const customerLoader = (loaders: Loaders, tenantId: string, customers: CustomersService) =>
  loaders.get<string, CustomerModel | null>(`customers:${tenantId}`, async (ids) =>
    byIds(ids, await customers.getMany(tenantId, ids)),
  );
