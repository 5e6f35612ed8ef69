import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../database/tenant-owned.entity';

@Entity('kb_categories')
export class KbCategoryEntity extends VersionedEntity {
  @Column('text')
  name: string;

  @Column('uuid', { nullable: true })
  parentId: string | null;

  @Column('integer')
  position: number;
}
