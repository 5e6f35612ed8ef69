import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate limits without a durable write per request: each instance leases a share of a
 * credential's window from `rate_limits` (`hits` = granted in the window so far, `last_grant` =
 * what the last statement granted, `lim`/`ttl` = the limit and window it counted against) and
 * admits requests from it in memory. The table becomes UNLOGGED: its writes make no WAL, so
 * their commits wait for no flush; a crash of PostgreSQL empties it, which only resets windows.
 */
export class RateLimitLeases1733700000000 implements MigrationInterface {
  name = 'RateLimitLeases1733700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_limits SET UNLOGGED`);
    await q.query(`
      ALTER TABLE rate_limits
        ADD COLUMN last_grant integer NOT NULL DEFAULT 0,
        ADD COLUMN lim integer NOT NULL DEFAULT 0,
        ADD COLUMN ttl integer NOT NULL DEFAULT 60000`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE rate_limits DROP COLUMN last_grant, DROP COLUMN lim, DROP COLUMN ttl`,
    );
    await q.query(`ALTER TABLE rate_limits SET LOGGED`);
  }
}
