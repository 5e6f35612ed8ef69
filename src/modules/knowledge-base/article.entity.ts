import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../database/tenant-owned.entity';

export const ARTICLE_VISIBILITIES = ['public', 'internal'] as const;
export const ARTICLE_STATUSES = ['draft', 'published', 'archived'] as const;
export type ArticleVisibility = (typeof ARTICLE_VISIBILITIES)[number];
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

@Entity('kb_articles')
export class KbArticleEntity extends VersionedEntity {
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
  visibility: ArticleVisibility;

  @Column('text')
  status: ArticleStatus;

  @Column('uuid', { nullable: true })
  translationOf: string | null;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column('integer')
  views: number;

  @Column('integer')
  helpful: number;

  @Column('integer')
  notHelpful: number;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  deletedAt: Date | null;
}
