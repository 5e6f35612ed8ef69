import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The root of tenancy: its id is every other table's `tenant_id`. */
@Entity('tenants')
export class TenantEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  slug: string;

  @Column('jsonb', { default: {} })
  settings: Record<string, unknown>;

  @Column('integer', { default: 1 })
  version: number;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
