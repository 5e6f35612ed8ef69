import { Column, PrimaryColumn } from 'typeorm';

/** Every tenant-owned row: primary key (tenant_id, id). */
export abstract class TenantOwnedEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;
}

/** Mutable resources: optimistic concurrency through `version` (ETag / If-Match). */
export abstract class VersionedEntity extends TenantOwnedEntity {
  @Column('integer', { default: 1 })
  version: number;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
