import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../../database/tenant-owned.entity';

export interface TemplateItem {
  id: string;
  title: string;
  required: boolean;
}

@Entity('checklist_templates')
export class ChecklistTemplateEntity extends VersionedEntity {
  @Column('text')
  name: string;

  @Column('jsonb')
  items: TemplateItem[];

  @Column('text', { nullable: true })
  appliesToType: string | null;

  @Column('text', { nullable: true })
  appliesToCategory: string | null;
}
