/**
 * The knowledge base's search statements, built from typed inputs: the articles repository runs
 * them, and `bench/baseline.ts` runs the very same SQL. The tenant is always `$1`; `params`
 * are the values from `$2` on (the repository prepends the tenant).
 */

/** Which published articles a search sees. */
export interface ArticleSearchScope {
  /** `public`: the help center, `public` articles only; `agents`: internal ones too. */
  audience: 'agents' | 'public';
  /** Only this language and its regional variants (`pt` also matches `pt-BR`). */
  locale?: string;
  limit: number;
}

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

export interface Statement {
  sql: string;
  params: unknown[];
}

/** `AND …` conditions of `scope`, its values appended to `params` (numbered after the tenant). */
function scopeConditions(scope: ArticleSearchScope, params: unknown[]): string {
  const parts = [`a.status = 'published'`];
  if (scope.audience === 'public') parts.push(`a.visibility = 'public'`);
  if (scope.locale) {
    params.push(scope.locale, `${scope.locale}-%`);
    parts.push(`(a.locale = $${params.length} OR a.locale LIKE $${params.length + 1})`);
  }
  return parts.map((p) => `AND ${p}`).join(' ');
}

/** Text search configurations in use by the tenant's live articles. */
export const CONFIGS_IN_USE_SQL = `SELECT DISTINCT search_config::text AS c FROM kb_articles WHERE tenant_id = $1 AND deleted_at IS NULL`;

/**
 * Ranked full-text search: `text` is parsed with each configuration in `configs` and the results
 * OR-ed, so an article matches in its own language. Title matches weigh 1.0, body 0.4;
 * `snippet` comes from ts_headline on the body. `anyWord` matches any of the text's words
 * (suggestions from a ticket's text) instead of the web-search syntax.
 */
export function wordSearch(
  text: string,
  configs: readonly string[],
  scope: ArticleSearchScope,
  opts: { anyWord?: boolean } = {},
): Statement {
  const params: unknown[] = [text, configs, scope.limit];
  const where = scopeConditions(scope, params);
  const parse = opts.anyWord
    ? `to_tsquery(c::regconfig, coalesce((SELECT string_agg(quote_literal(w), ' | ') FROM (SELECT w FROM unnest(tsvector_to_array(to_tsvector(c::regconfig, $2))) w LIMIT 40) x), ''))`
    : `websearch_to_tsquery(c::regconfig, $2)`;
  // Rank every match, then build snippets for the page only (ts_headline is the costly part).
  return {
    sql: `WITH q AS (SELECT coalesce(tsquery_or_agg, ''::tsquery) AS query FROM (
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
    params,
  };
}

/**
 * Substring search for scripts without spaces (Thai, Chinese, Japanese), title matches first.
 * `needle` is lower-cased and LIKE-escaped by the caller.
 */
export function substringSearch(needle: string, scope: ArticleSearchScope): Statement {
  const params: unknown[] = [needle, scope.limit];
  const where = scopeConditions(scope, params);
  return {
    sql: `SELECT a.id, a.title, a.locale, a.category_id, a.visibility, a.body, NULL AS snippet,
              (CASE WHEN lower(immutable_unaccent(a.title)) LIKE '%' || $2 || '%' ESCAPE '\\' THEN 1.0 ELSE 0.4 END)::float8 AS score
         FROM kb_articles a
        WHERE a.tenant_id = $1 AND a.deleted_at IS NULL AND a.search_text LIKE '%' || $2 || '%' ESCAPE '\\' ${where}
        ORDER BY score DESC, a.id DESC
        LIMIT $3`,
    params,
  };
}
