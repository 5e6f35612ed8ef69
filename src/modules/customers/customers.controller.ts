import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { ApiProblems } from '../../common/errors/problem.model';
import { ApiIfMatch, IfMatch, ExpectedVersion } from '../../common/http/if-match';
import { PageQuery } from '../../common/pagination/page.args';
import { PageOf } from '../../common/pagination/page.model';
import { CustomersService } from './customers.service';
import {
  CreateCustomerInput,
  MAX_EXTERNAL_ID,
  UpdateCustomerInput,
  UpsertCustomerInput,
} from './dto/customer.input';
import { CustomerModel } from './dto/customer.model';
import { ListCustomersQuery } from './dto/list-customers.args';
import { TimelineItemModel } from './dto/timeline.model';

const CustomerPage = PageOf(CustomerModel, 'CustomerPage');
const TimelinePage = PageOf(TimelineItemModel, 'TimelinePage');

@ApiTags('Customers')
@Controller('v1/customers')
export class CustomersController {
  constructor(private readonly customers: CustomersService) {}

  @Post()
  @RequireScopes('customers:write')
  @ApiOperation({
    operationId: 'createCustomer',
    summary: 'Create a customer',
    description:
      'Without `organizationId`, a customer whose email domain belongs to an organization joins it. Emits `customer.created`.',
  })
  @ApiCreatedResponse({ type: CustomerModel })
  @ApiProblems(400, 409, 422)
  create(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Body() input: CreateCustomerInput,
  ) {
    return this.customers.create(tenantId, input, actorOf(p));
  }

  @Put('external/:externalId')
  @RequireScopes('customers:write')
  @ApiOperation({
    operationId: 'upsertCustomer',
    summary: "Create or update a customer by your CRM's id",
    description:
      '201 when created, 200 when updated. Only the fields you send change; an unchanged contact keeps its version and emits no event. Safe when several syncs send the same contact at once.',
  })
  @ApiParam({
    name: 'externalId',
    description: "The customer's id in your CRM.",
    schema: { type: 'string', minLength: 1, maxLength: MAX_EXTERNAL_ID },
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: CustomerModel, description: 'Updated (or unchanged).' })
  @ApiCreatedResponse({ type: CustomerModel, description: 'Created.' })
  @ApiProblems(400, 412, 422)
  async upsert(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('externalId') externalId: string,
    @Body() input: UpsertCustomerInput,
    @Res({ passthrough: true }) res: Response,
    @IfMatch() version?: ExpectedVersion,
  ) {
    const { customer, created } = await this.customers.upsertByExternalId(
      tenantId,
      externalId,
      input,
      actorOf(p),
      version,
    );
    res.status(created ? 201 : 200);
    return customer;
  }

  @Get()
  @RequireScopes('customers:read', 'customers:write')
  @ApiOperation({
    operationId: 'listCustomers',
    summary: 'List customers',
    description:
      'Newest first by default; `sort=updatedAt` with `updatedSince` walks changes for a sync.',
  })
  @ApiOkResponse({ type: CustomerPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() query: ListCustomersQuery) {
    return this.customers.list(tenantId, query, query);
  }

  @Get(':id')
  @RequireScopes('customers:read', 'customers:write')
  @ApiOperation({
    operationId: 'getCustomer',
    summary: 'Get a customer',
    description: 'Includes the satisfaction profile (CSAT %, NPS, responses, last score).',
  })
  @ApiOkResponse({ type: CustomerModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.customers.get(tenantId, id);
  }

  @Get(':id/timeline')
  @RequireScopes('customers:read', 'customers:write')
  @ApiOperation({
    operationId: 'listCustomerTimeline',
    summary: "A customer's timeline",
    description: 'Tickets, public comments, feedback and profile changes, newest first.',
  })
  @ApiOkResponse({ type: TimelinePage })
  @ApiProblems(400, 404)
  timeline(@CurrentTenant() tenantId: string, @Param('id') id: string, @Query() page: PageQuery) {
    return this.customers.timelineOf(tenantId, id, page);
  }

  @Patch(':id')
  @RequireScopes('customers:write')
  @ApiOperation({
    operationId: 'updateCustomer',
    summary: 'Update a customer',
    description: '`null` clears an optional field. Emits `customer.updated`.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: CustomerModel })
  @ApiProblems(400, 404, 409, 412, 422)
  update(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body() input: UpdateCustomerInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.customers.update(tenantId, id, input, actorOf(p), version);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScopes('customers:write')
  @ApiOperation({
    operationId: 'deleteCustomer',
    summary: 'Delete a customer',
    description:
      'Soft delete: tickets and feedback keep their history; the externalId can be reused.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 412)
  async delete(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.customers.delete(tenantId, id, version);
  }
}
