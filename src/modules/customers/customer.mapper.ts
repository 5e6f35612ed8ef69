import type { CustomerEntity } from './customer.entity';
import type { CustomerModel } from './dto/customer.model';
import { satisfactionOf } from '../feedback/satisfaction';

/** Row to API model (the service's and `bench/baseline.ts`'s one mapping). */
export function customerModel(c: CustomerEntity): CustomerModel {
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    externalId: c.externalId,
    organizationId: c.organizationId,
    locale: c.locale,
    timezone: c.timezone,
    tags: c.tags,
    attributes: c.attributes,
    satisfaction: satisfactionOf(c),
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
