import { MigrationInterface, QueryRunner } from 'typeorm';

/** `negativeFeedback`: set when a customer rates the ticket low (CSAT ≤ 2, NPS ≤ 6). */
export class TicketFeedbackFlag1732920000000 implements MigrationInterface {
  name = 'TicketFeedbackFlag1732920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE tickets ADD COLUMN negative_feedback boolean NOT NULL DEFAULT false`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tickets DROP COLUMN negative_feedback`);
  }
}
