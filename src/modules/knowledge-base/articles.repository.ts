import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Actor } from '../../common/auth/principal';
import { newId } from '../../database/ids';
import { VersionedRepository } from '../../database/tenant.repository';
import { SelectQueryBuilder } from 'typeorm';
import { KbArticleEntity } from './article.entity';
import { KbArticleVersionEntity } from './article-version.entity';

export interface SearchRow {
  id: string;
  title: string;
  body: string;
  locale: string;
  category_id: string | null;
  visibility: string;
  snippet: string | null;
  score: number;
}

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
    const rows: { c: string }[] = await this.sql(
      tenantId,
      `SELECT DISTINCT search_config::text AS c FROM kb_articles WHERE tenant_id = $1 AND deleted_at IS NULL`,
    );
    return rows.map((r) => r.c);
  }

  /**
   * Ranked full-text search: the query is parsed with each configuration in `configs` and the
   * results OR-ed, so an article matches in its own language. Title matches weigh 1.0, body
   * 0.4; `snippet` comes from ts_headline on the body.
   */
  async searchWords(
    tenantId: string,
    q: string,
    configs: string[],
    where: string,
    params: unknown[],
    limit: number,
    anyWord = false,
  ): Promise<SearchRow[]> {
    const base = [tenantId, q, configs, limit, ...params];
    const parse = anyWord
      ? `to_tsquery(c::regconfig, coalesce((SELECT string_agg(quote_literal(w), ' | ') FROM (SELECT w FROM unnest(tsvector_to_array(to_tsvector(c::regconfig, $2))) w LIMIT 40) x), ''))`
      : `websearch_to_tsquery(c::regconfig, $2)`;
    // Rank every match, then build snippets for the page only (ts_headline is the costly part).
    return this.sql(
      tenantId,
      `WITH q AS (SELECT coalesce(tsquery_or_agg, ''::tsquery) AS query FROM (
                    SELECT string_agg(nullif(${parse}::text, ''), ' | ')::tsquery AS tsquery_or_agg FROM unnest($3::text[]) AS c) x),
       top AS (
         SELECT a.id, ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', a.search, q.query) AS score
           FROM kb_articles a, q
          WHERE a.tenant_id = $1 AND a.deleted_at IS NULL AND q.query <> ''::tsquery AND a.search @@ q.query ${where}
          ORDER BY score DESC, a.id DESC
          LIMIT $4)
       SELECT a.id, a.title, a.locale, a.category_id, a.visibility, a.body, top.score,
              ts_headline(a.search_config, replace(replace(replace(a.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), q.query,
                          'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
         FROM top JOIN kb_articles a ON a.tenant_id = $1 AND a.id = top.id, q
        ORDER BY top.score DESC, a.id DESC`,
      base.slice(1),
    );
  }

  /** Substring search for scripts without spaces (Thai, Chinese, Japanese), title matches first. */
  async searchSubstring(
    tenantId: string,
    needle: string,
    where: string,
    params: unknown[],
    limit: number,
  ): Promise<SearchRow[]> {
    return this.sql(
      tenantId,
      `SELECT a.id, a.title, a.locale, a.category_id, a.visibility, a.body, NULL AS snippet,
              (CASE WHEN lower(immutable_unaccent(a.title)) LIKE '%' || $2 || '%' ESCAPE '\\' THEN 1.0 ELSE 0.4 END)::float8 AS score
         FROM kb_articles a
        WHERE a.tenant_id = $1 AND a.deleted_at IS NULL AND a.search_text LIKE '%' || $2 || '%' ESCAPE '\\' ${where}
        ORDER BY score DESC, a.id DESC
        LIMIT $3`,
      [needle, limit, ...params],
    );
  }

  versions(tenantId: string, articleId: string): SelectQueryBuilder<KbArticleVersionEntity> {
    return this.scopedFor(KbArticleVersionEntity, 'v', tenantId).andWhere(
      'v.articleId = :articleId',
      { articleId },
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

  async countView(tenantId: string, id: string): Promise<void> {
    await this.sql(
      tenantId,
      `UPDATE kb_articles SET views = views + 1 WHERE tenant_id = $1 AND id = $2`,
      [id],
    );
  }
}
