import { MigrationInterface, QueryRunner } from 'typeorm';
import { detectLanguage, languageOf, searchConfigFor } from '../src/common/text/languages';

const BATCH = 2000;
const ZERO = '00000000-0000-0000-0000-000000000000';

/**
 * Tickets and comments know their language; the ticket's search document is built with that
 * language's accent-folding stemmer (the knowledge base's `kb_<language>` configurations), and
 * `ticket_languages` lists the configurations a tenant's tickets use, so a query is parsed in
 * each of them.
 *
 * Existing tickets are backfilled in batches of 2,000, each its own transaction (this migration
 * runs outside one), so a tenant with a million tickets is never locked for long: the language
 * comes from the customer's locale, else from the text, else stays unknown ('simple' search).
 */
export class TicketLanguage1733300000000 implements MigrationInterface {
  name = 'TicketLanguage1733300000000';
  transaction = false as const;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tickets
        ADD COLUMN IF NOT EXISTS language text,
        ADD COLUMN IF NOT EXISTS search_config regconfig NOT NULL DEFAULT 'kb_simple'`);
    await q.query(`
      ALTER TABLE ticket_comments
        ADD COLUMN IF NOT EXISTS language text,
        ADD COLUMN IF NOT EXISTS search_config regconfig`);
    await q.query(`
      CREATE TABLE IF NOT EXISTS ticket_languages (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        search_config regconfig NOT NULL,
        PRIMARY KEY (tenant_id, search_config)
      )`);
    await q.query(`
      DO $$ BEGIN
        CREATE AGGREGATE tsvector_agg (tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');
      EXCEPTION WHEN duplicate_function THEN NULL;
      END $$`);

    // Stemmers do not always give inflections one stem: Greek's gives παραγγελία → παραγγελ but
    // παραγγελίες → παραγγελι. Greek query words of 6+ letters therefore match as a prefix of
    // their stem less one letter. Greek script only: a prefix term cannot use the GIN index's
    // skipping, so Latin-script queries stay exact stems (fast on a million tickets).
    await q.query(`
      CREATE OR REPLACE FUNCTION ticket_tsquery(config regconfig, query text) RETURNS tsquery
      LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
        SELECT regexp_replace(websearch_to_tsquery(config, query)::text,
                              '''([Ͱ-Ͽἀ-῿]{5,})[Ͱ-Ͽἀ-῿]''', '''\\1'':*', 'g')::tsquery
      $fn$`);

    let after: [string, string] = [ZERO, ZERO];
    for (;;) {
      const rows: {
        tenant_id: string;
        id: string;
        subject: string;
        description: string;
        locale: string | null;
      }[] = await q.query(
        `SELECT t.tenant_id, t.id, t.subject, t.description, c.locale
           FROM tickets t JOIN customers c ON c.tenant_id = t.tenant_id AND c.id = t.customer_id
          WHERE (t.tenant_id, t.id) > ($1::uuid, $2::uuid) AND t.language IS NULL
          ORDER BY t.tenant_id, t.id
          LIMIT ${BATCH}`,
        after,
      );
      if (rows.length === 0) break;
      const languages = rows.map(
        (r) => languageOf(r.locale) ?? detectLanguage(`${r.subject}\n${r.description}`),
      );
      await q.query(
        `WITH v AS (
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS v(tenant_id, id, language, config)
         ), updated AS (
           UPDATE tickets t SET language = v.language, search_config = v.config::regconfig,
                  search = setweight(to_tsvector(v.config::regconfig, t.subject), 'A')
                        || setweight(to_tsvector(v.config::regconfig, t.description), 'B')
                        || coalesce((SELECT tsvector_agg(setweight(to_tsvector(v.config::regconfig, c.body), 'C'))
                                       FROM ticket_comments c WHERE c.tenant_id = t.tenant_id AND c.ticket_id = t.id), '')
             FROM v WHERE t.tenant_id = v.tenant_id AND t.id = v.id
         RETURNING t.tenant_id, t.search_config)
         INSERT INTO ticket_languages (tenant_id, search_config)
         SELECT DISTINCT tenant_id, search_config FROM updated ON CONFLICT DO NOTHING`,
        [
          rows.map((r) => r.tenant_id),
          rows.map((r) => r.id),
          languages,
          languages.map((l) => (l ? searchConfigFor(l) : 'kb_simple')),
        ],
      );
      const last = rows[rows.length - 1];
      after = [last.tenant_id, last.id];
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ticket_languages`);
    await q.query(`DROP AGGREGATE IF EXISTS tsvector_agg (tsvector)`);
    await q.query(`DROP FUNCTION IF EXISTS ticket_tsquery (regconfig, text)`);
    await q.query(`ALTER TABLE ticket_comments DROP COLUMN language, DROP COLUMN search_config`);
    await q.query(`ALTER TABLE tickets DROP COLUMN language, DROP COLUMN search_config`);
  }
}
