import type { Actor } from '../../common/auth/principal';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** An article as it was at one version: every create and edit adds one. */
@Entity('kb_article_versions')
export class KbArticleVersionEntity extends TenantOwnedEntity {
  @Column('uuid')
  articleId: string;

  @Column('integer')
  version: number;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('text')
  locale: string;

  @Column('uuid', { nullable: true })
  categoryId: string | null;

  @Column('text', { array: true })
  tags: string[];

  @Column('text')
  visibility: string;

  @Column('text')
  status: string;

  @Column('text')
  actorType: Actor['type'];

  @Column('text', { nullable: true })
  actorId: string | null;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  createdAt: Date;
}
