import PgBoss from 'pg-boss';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job runner's schema (pg-boss), created here so every database the migrations build has
 * it (the test template included). pg-boss's own statements bracket themselves in BEGIN/COMMIT;
 * the migration already runs in a transaction, so those two lines are left out.
 */
export class Jobs1732950000000 implements MigrationInterface {
  name = 'Jobs1732950000000';

  async up(q: QueryRunner): Promise<void> {
    const plans = PgBoss.getConstructionPlans('pgboss')
      .split('\n')
      .filter((line) => !/^\s*(BEGIN|COMMIT);\s*$/.test(line))
      .join('\n');
    await q.query(plans);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA pgboss CASCADE');
  }
}
