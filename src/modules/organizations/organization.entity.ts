import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../database/tenant-owned.entity';

@Entity('organizations')
export class OrganizationEntity extends VersionedEntity {
  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  externalId: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  domains: string[];
}
