import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, Chinese, Japanese)
 * do not split into words for full text. Tickets keep their text (lower-cased, unaccented) in
 * `search_text` with a trigram index, and such queries match substrings of it.
 */
export class TicketTextSearch1732740000000 implements MigrationInterface {
  name = 'TicketTextSearch1732740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tickets ADD COLUMN search_text text NOT NULL DEFAULT ''`);
    await q.query(`
      UPDATE tickets t SET search_text = lower(immutable_unaccent(
        t.subject || ' ' || t.description || ' ' ||
        coalesce((SELECT string_agg(c.body, ' ') FROM ticket_comments c WHERE c.tenant_id = t.tenant_id AND c.ticket_id = t.id), '')))`);
    await q.query(
      `CREATE INDEX tickets_search_text_idx ON tickets USING gin (tenant_id, search_text gin_trgm_ops) WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tickets DROP COLUMN search_text`);
  }
}
