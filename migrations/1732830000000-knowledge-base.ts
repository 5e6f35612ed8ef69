import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge base: nested categories, articles with every edit kept as a version, and search that
 * works per language. `search` is built with the text search configuration of the article's
 * locale (stemming where PostgreSQL ships a dictionary, 'simple' otherwise) over unaccented
 * text; `search_text` keeps the lower-cased, unaccented text for substring matching in scripts
 * written without spaces (Thai, Chinese, Japanese) through a trigram index.
 */
export class KnowledgeBase1732830000000 implements MigrationInterface {
  name = 'KnowledgeBase1732830000000';

  async up(q: QueryRunner): Promise<void> {
    // One configuration per shipped language, with accents folded before stemming: documents
    // and queries agree whether or not diacritics were typed, and ts_headline still highlights
    // the original (accented) words.
    const configs: { cfgname: string }[] = await q.query(
      `SELECT cfgname FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE n.nspname = 'pg_catalog'`,
    );
    for (const { cfgname } of configs) {
      const dict = cfgname === 'simple' ? 'simple' : `${cfgname}_stem`;
      await q.query(
        `CREATE TEXT SEARCH CONFIGURATION kb_${cfgname} (COPY = pg_catalog.${cfgname})`,
      );
      await q.query(
        `ALTER TEXT SEARCH CONFIGURATION kb_${cfgname} ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, ${dict}`,
      );
    }

    await q.query(`
      CREATE TABLE kb_categories (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL,
        parent_id uuid,
        position integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, parent_id) REFERENCES kb_categories (tenant_id, id) ON DELETE RESTRICT
      )`);
    await q.query(
      `CREATE INDEX kb_categories_parent_idx ON kb_categories (tenant_id, parent_id, position, id)`,
    );

    await q.query(`
      CREATE TABLE kb_articles (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        locale text NOT NULL,
        category_id uuid,
        tags text[] NOT NULL DEFAULT '{}',
        visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
        translation_of uuid,
        published_at timestamptz(3),
        views integer NOT NULL DEFAULT 0,
        helpful integer NOT NULL DEFAULT 0,
        not_helpful integer NOT NULL DEFAULT 0,
        search_config regconfig NOT NULL DEFAULT 'kb_simple',
        search tsvector NOT NULL DEFAULT ''::tsvector,
        search_text text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        deleted_at timestamptz(3),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, category_id) REFERENCES kb_categories (tenant_id, id) ON DELETE SET NULL (category_id),
        FOREIGN KEY (tenant_id, translation_of) REFERENCES kb_articles (tenant_id, id)
      )`);
    const live = 'WHERE deleted_at IS NULL';
    await q.query(
      `CREATE INDEX kb_articles_list_idx ON kb_articles (tenant_id, status, id) ${live}`,
    );
    await q.query(
      `CREATE INDEX kb_articles_category_idx ON kb_articles (tenant_id, category_id, id) ${live}`,
    );
    await q.query(
      `CREATE INDEX kb_articles_translation_idx ON kb_articles (tenant_id, translation_of) ${live}`,
    );
    await q.query(
      `CREATE INDEX kb_articles_config_idx ON kb_articles (tenant_id, search_config) ${live}`,
    );
    await q.query(
      `CREATE INDEX kb_articles_search_idx ON kb_articles USING gin (tenant_id, search) ${live}`,
    );
    await q.query(
      `CREATE INDEX kb_articles_search_text_idx ON kb_articles USING gin (tenant_id, search_text gin_trgm_ops) ${live}`,
    );

    await q.query(`
      CREATE TABLE kb_article_versions (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        article_id uuid NOT NULL,
        version integer NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        locale text NOT NULL,
        category_id uuid,
        tags text[] NOT NULL,
        visibility text NOT NULL,
        status text NOT NULL,
        actor_type text NOT NULL,
        actor_id text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, article_id) REFERENCES kb_articles (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE UNIQUE INDEX kb_article_versions_key ON kb_article_versions (tenant_id, article_id, version)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['kb_article_versions', 'kb_articles', 'kb_categories'])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    const configs: { cfgname: string }[] = await q.query(
      `SELECT cfgname FROM pg_ts_config WHERE cfgname LIKE 'kb\\_%'`,
    );
    for (const { cfgname } of configs) await q.query(`DROP TEXT SEARCH CONFIGURATION ${cfgname}`);
  }
}
