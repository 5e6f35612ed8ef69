import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../database/tenant-owned.entity';

@Entity('groups')
export class GroupEntity extends VersionedEntity {
  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  description: string | null;
}
