import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which organization owns an email domain (at most one per tenant). */
@Entity('organization_domains')
export class OrganizationDomainEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('text')
  domain: string;

  @Column('uuid')
  organizationId: string;
}
