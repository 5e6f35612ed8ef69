import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * #14: API keys get a `version` (revoking bumps it), so `DELETE /v1/api-keys/:id` honours
 * If-Match like every other DELETE; anonymous "was this helpful" votes are kept per voter (an
 * HMAC of the client's address and user agent), one per article, a second one replacing it.
 */
export class Reliability1733640000000 implements MigrationInterface {
  name = 'Reliability1733640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE TABLE kb_article_votes (
        tenant_id uuid NOT NULL,
        article_id uuid NOT NULL,
        voter text NOT NULL,
        helpful boolean NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, article_id, voter),
        FOREIGN KEY (tenant_id, article_id) REFERENCES kb_articles (tenant_id, id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kb_article_votes`);
    await q.query(`ALTER TABLE api_keys DROP COLUMN version`);
  }
}
