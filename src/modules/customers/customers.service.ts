import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { CredentialRevocations } from '../../common/auth/credential-revocations';
import { Actor } from '../../common/auth/principal';
import { AppError } from '../../common/errors/app-error';
import { conflictOnDuplicate } from '../../common/errors/conflicts';
import { OutboxService } from '../../common/events/outbox.service';
import { mapPage, Page } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { newId } from '../../database/ids';
import { OrganizationsService } from '../organizations/organizations.service';
import { customerModel } from './customer.mapper';
import { CustomersRepository, UpsertValues } from './customers.repository';
import {
  CreateCustomerInput,
  MAX_EXTERNAL_ID,
  UpdateCustomerInput,
  UpsertCustomerInput,
} from './dto/customer.input';
import { CustomerModel } from './dto/customer.model';
import { CustomerFilter, CustomerSort } from './dto/list-customers.args';
import { TimelineItemModel } from './dto/timeline.model';
import { FeedbackKind } from '../feedback/satisfaction';
import { CustomerTimeline } from './timeline';
import type { ExpectedVersion } from '../../common/http/if-match';

export interface UpsertResult {
  customer: CustomerModel;
  created: boolean;
}

@Injectable()
export class CustomersService {
  constructor(
    private readonly customers: CustomersRepository,
    private readonly organizations: OrganizationsService,
    private readonly outbox: OutboxService,
    private readonly timeline: CustomerTimeline,
    private readonly revocations: CredentialRevocations,
  ) {}

  @Transactional()
  async create(tenantId: string, input: CreateCustomerInput, actor: Actor): Promise<CustomerModel> {
    const organizationId = await this.organizationFor(tenantId, input.organizationId, input.email);
    const row = await conflictOnDuplicate(
      this.customers.insert(tenantId, {
        name: input.name,
        email: input.email ?? null,
        phone: input.phone ?? null,
        externalId: input.externalId ?? null,
        organizationId,
        locale: input.locale ?? null,
        timezone: input.timezone ?? null,
        tags: input.tags ?? [],
        attributes: input.attributes ?? {},
      }),
      externalIdTaken(input.externalId),
    );
    const customer = customerModel(row);
    await this.outbox.publish(tenantId, {
      type: 'customer.created',
      resourceType: 'customer',
      resourceId: row.id,
      data: { customer },
      actor,
    });
    return customer;
  }

  /**
   * The CRM sync's call: create or update the customer with this external id, in one
   * statement that is safe when two syncs race. Unchanged contacts are not touched.
   */
  @Transactional()
  async upsertByExternalId(
    tenantId: string,
    externalId: string,
    input: UpsertCustomerInput,
    actor: Actor,
    expectedVersion?: ExpectedVersion,
  ): Promise<UpsertResult> {
    if (externalId.length > MAX_EXTERNAL_ID) {
      // The same limit as `externalId` in a body (CreateCustomerInput).
      throw AppError.validation([
        { field: 'externalId', message: `must be at most ${MAX_EXTERNAL_ID} characters` },
      ]);
    }
    const values: UpsertValues = { ...input };
    if (input.organizationId)
      await this.organizations.assertReferenced(tenantId, input.organizationId);
    else if (
      input.organizationId === undefined &&
      input.email &&
      !(await this.customers.findByExternalId(tenantId, externalId))
    ) {
      const fromDomain = await this.organizations.findIdByEmail(tenantId, input.email);
      if (fromDomain) values.organizationId = fromDomain;
    }
    const result = await this.customers.upsertByExternalId(
      tenantId,
      newId(),
      externalId,
      values,
      expectedVersion,
    );
    if (result.outcome === 'version_mismatch')
      throw AppError.preconditionFailed(result.row.version);
    const customer = customerModel(result.row);
    if (result.outcome !== 'unchanged') {
      const type = result.outcome === 'created' ? 'customer.created' : 'customer.updated';
      await this.outbox.publish(tenantId, {
        type,
        resourceType: 'customer',
        resourceId: customer.id,
        data: { customer },
        actor,
      });
    }
    return { customer, created: result.outcome === 'created' };
  }

  async list(
    tenantId: string,
    filter: CustomerFilter,
    page: PageQuery & { sort?: CustomerSort },
  ): Promise<Page<CustomerModel>> {
    return mapPage(await this.customers.list(tenantId, filter, page), customerModel);
  }

  async get(tenantId: string, id: string): Promise<CustomerModel> {
    return customerModel(await this.customers.getById(tenantId, id));
  }

  async findByExternalId(tenantId: string, externalId: string): Promise<CustomerModel | null> {
    const row = await this.customers.findByExternalId(tenantId, externalId);
    return row ? customerModel(row) : null;
  }

  /** The oldest live customer with this email (case-insensitive). */
  async findByEmail(tenantId: string, email: string): Promise<CustomerModel | null> {
    const row = await this.customers.findOldestByEmail(tenantId, email);
    return row ? customerModel(row) : null;
  }

  /** 422 naming `field` when `id` is not a live customer of the tenant. */
  assertReferenced(tenantId: string, id: string, field: string): Promise<void> {
    return this.customers.assertReferenced(tenantId, id, field);
  }

  /**
   * Serialises transactions that find-or-create a customer by this email (until commit), so
   * two requests from one unknown address create one customer, not two.
   */
  lockEmail(tenantId: string, email: string): Promise<void> {
    return this.customers.lockEmail(tenantId, email);
  }

  async getMany(tenantId: string, ids: readonly string[]): Promise<CustomerModel[]> {
    return (await this.customers.findByIds(tenantId, ids)).map(customerModel);
  }

  @Transactional()
  async update(
    tenantId: string,
    id: string,
    input: UpdateCustomerInput,
    actor: Actor,
    expectedVersion?: ExpectedVersion,
  ): Promise<CustomerModel> {
    if (input.organizationId)
      await this.organizations.assertReferenced(tenantId, input.organizationId);
    await this.customers.getById(tenantId, id);
    const row = await conflictOnDuplicate(
      this.customers.update(
        tenantId,
        id,
        { ...input, attributes: input.attributes as never },
        expectedVersion,
      ),
      externalIdTaken(input.externalId),
    );
    const customer = customerModel(row);
    await this.outbox.publish(tenantId, {
      type: 'customer.updated',
      resourceType: 'customer',
      resourceId: id,
      data: { customer },
      actor,
    });
    return customer;
  }

  /** Soft delete: history (tickets, feedback) keeps the customer; the external id is free again. */
  @Transactional()
  async delete(tenantId: string, id: string, expectedVersion?: ExpectedVersion): Promise<void> {
    await this.customers.getById(tenantId, id);
    await this.customers.update(tenantId, id, { deletedAt: () => 'now()' }, expectedVersion);
    // Its portal sessions end on every instance.
    await this.revocations.announce(id);
  }

  async timelineOf(
    tenantId: string,
    id: string,
    page: PageQuery,
  ): Promise<Page<TimelineItemModel>> {
    await this.customers.getById(tenantId, id);
    return this.timeline.page(tenantId, id, page.limit, page.cursor);
  }

  /** Keeps `satisfaction` current; called by the feedback module in its own transaction. */
  recordFeedback(
    tenantId: string,
    customerId: string,
    kind: FeedbackKind,
    score: number,
    replaces?: number,
  ): Promise<void> {
    return this.customers.applyFeedback(tenantId, customerId, kind, score, replaces);
  }

  private async organizationFor(
    tenantId: string,
    given: string | null | undefined,
    email: string | null | undefined,
  ): Promise<string | null> {
    if (given) {
      await this.organizations.assertReferenced(tenantId, given);
      return given;
    }
    if (given === null || !email) return null;
    return this.organizations.findIdByEmail(tenantId, email);
  }
}

const externalIdTaken = (externalId: string | null | undefined) =>
  `A customer with externalId "${externalId}" already exists. Use PUT /v1/customers/external/{externalId} to update it.`;
