import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Actor } from '../../common/auth/principal';
import { newId } from '../../database/ids';
import { VersionedRepository } from '../../database/tenant.repository';
import { Page, paginate, paginateById } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import {
  ArticleSearchScope,
  CONFIGS_IN_USE_SQL,
  SearchRow,
  substringSearch,
  wordSearch,
} from './article-search.sql';
import { KbArticleEntity } from './article.entity';
import type { ArticleFilter } from './dto/list-articles.args';
import { KbArticleVersionEntity } from './article-version.entity';

@Injectable()
export class KbArticlesRepository extends VersionedRepository<KbArticleEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, KbArticleEntity, 'Article', 'a', true);
  }

  /** Rebuilds the article's search document with its locale's configuration. */
  async refreshSearch(tenantId: string, id: string, config: string): Promise<void> {
    await this.sql(
      tenantId,
      `UPDATE kb_articles SET search_config = $3::regconfig,
              search = setweight(to_tsvector($3::regconfig, title), 'A') || setweight(to_tsvector($3::regconfig, body), 'B'),
              search_text = lower(immutable_unaccent(title || ' ' || body))
        WHERE tenant_id = $1 AND id = $2`,
      [id, config],
    );
  }

  async insertVersion(tenantId: string, a: KbArticleEntity, actor: Actor): Promise<void> {
    await this.sql(
      tenantId,
      `INSERT INTO kb_article_versions (tenant_id, id, article_id, version, title, body, locale, category_id, tags, visibility, status, actor_type, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        newId(),
        a.id,
        a.version,
        a.title,
        a.body,
        a.locale,
        a.categoryId,
        a.tags,
        a.visibility,
        a.status,
        actor.type,
        actor.id,
      ],
    );
  }

  /** Text search configurations in use by the tenant's articles. */
  async configsInUse(tenantId: string): Promise<string[]> {
    const rows: { c: string }[] = await this.sql(tenantId, CONFIGS_IN_USE_SQL);
    return rows.map((r) => r.c);
  }

  /** Ranked full-text search (see `wordSearch`). */
  searchWords(
    tenantId: string,
    text: string,
    configs: readonly string[],
    scope: ArticleSearchScope,
    opts: { anyWord?: boolean } = {},
  ): Promise<SearchRow[]> {
    const { sql, params } = wordSearch(text, configs, scope, opts);
    return this.sql(tenantId, sql, params);
  }

  /** Substring search for scripts without spaces (see `substringSearch`). */
  searchSubstring(
    tenantId: string,
    needle: string,
    scope: ArticleSearchScope,
  ): Promise<SearchRow[]> {
    const { sql, params } = substringSearch(needle, scope);
    return this.sql(tenantId, sql, params);
  }

  /** One page of the tenant's live articles matching `filter`, newest first. */
  list(tenantId: string, filter: ArticleFilter, page: PageQuery): Promise<Page<KbArticleEntity>> {
    const qb = this.live(tenantId);
    if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
    if (filter.categoryId)
      qb.andWhere('a.categoryId = :categoryId', { categoryId: filter.categoryId });
    if (filter.locale)
      qb.andWhere('(a.locale = :locale OR a.locale LIKE :prefix)', {
        locale: filter.locale,
        prefix: `${filter.locale}-%`,
      });
    if (filter.translationOf)
      qb.andWhere('(a.id = :original OR a.translationOf = :original)', {
        original: filter.translationOf,
      });
    return paginateById(qb, page, 'DESC');
  }

  /** One page of an article's versions, newest first. */
  versions(
    tenantId: string,
    articleId: string,
    page: PageQuery,
  ): Promise<Page<KbArticleVersionEntity>> {
    return paginate(
      this.scopedFor(KbArticleVersionEntity, 'v', tenantId).andWhere('v.articleId = :articleId', {
        articleId,
      }),
      {
        sort: '-version',
        direction: 'DESC',
        keys: [{ property: 'version', kind: 'int' }],
        limit: page.limit,
        cursor: page.cursor,
      },
    );
  }

  async vote(
    tenantId: string,
    id: string,
    helpful: boolean,
  ): Promise<{ helpful: number; not_helpful: number } | null> {
    const rows = await this.sql<{ helpful: number; not_helpful: number }>(
      tenantId,
      `UPDATE kb_articles SET ${helpful ? 'helpful = helpful + 1' : 'not_helpful = not_helpful + 1'}
        WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL RETURNING helpful, not_helpful`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * One vote per voter and article (in the caller's transaction): a new vote counts, a changed
   * one moves from one count to the other, a repeated one changes nothing.
   */
  async voteAs(
    tenantId: string,
    id: string,
    voter: string,
    helpful: boolean,
  ): Promise<{ helpful: number; not_helpful: number } | null> {
    await this.lockKey(tenantId, `kb-vote:${id}:${voter}`);
    const [previous] = await this.sql<{ helpful: boolean }>(
      tenantId,
      `SELECT helpful FROM kb_article_votes WHERE tenant_id = $1 AND article_id = $2 AND voter = $3`,
      [id, voter],
    );
    if (previous?.helpful === helpful) {
      const rows = await this.sql<{ helpful: number; not_helpful: number }>(
        tenantId,
        `SELECT helpful, not_helpful FROM kb_articles
          WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL`,
        [id],
      );
      return rows[0] ?? null;
    }
    const counts = (vote: boolean | undefined) =>
      vote === undefined ? [0, 0] : vote ? [1, 0] : [0, 1];
    const [addHelpful, addNotHelpful] = counts(helpful);
    const [subHelpful, subNotHelpful] = counts(previous?.helpful);
    const rows = await this.sql<{ helpful: number; not_helpful: number }>(
      tenantId,
      `UPDATE kb_articles
          SET helpful = helpful + $3, not_helpful = not_helpful + $4
        WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL RETURNING helpful, not_helpful`,
      [id, addHelpful - subHelpful, addNotHelpful - subNotHelpful],
    );
    if (!rows[0]) return null;
    await this.sql(
      tenantId,
      `INSERT INTO kb_article_votes (tenant_id, article_id, voter, helpful) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, article_id, voter)
       DO UPDATE SET helpful = EXCLUDED.helpful, updated_at = now()`,
      [id, voter, helpful],
    );
    return rows[0];
  }

  async countView(tenantId: string, id: string): Promise<void> {
    await this.sql(
      tenantId,
      `UPDATE kb_articles SET views = views + 1 WHERE tenant_id = $1 AND id = $2`,
      [id],
    );
  }
}
