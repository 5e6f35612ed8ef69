import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.options';

/** Any constant works; it only has to be the same for every instance. */
export const MIGRATION_LOCK_ID = 7_311_001;

/**
 * Runs pending migrations while holding an advisory lock, so several instances starting at once
 * against one database migrate it exactly once. The lock is a transaction lock on a connection
 * of its own, held open for the run: through PgBouncer in transaction mode a session lock would
 * stay behind on a pooled server connection (and block the next start), and if this process
 * dies the transaction, and with it the lock, ends with its connection.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('BEGIN');
    await lock.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
    const ds = new DataSource(dataSourceOptions(url, 2));
    await ds.initialize();
    try {
      const done = await ds.runMigrations({ transaction: 'each' });
      return done.map((m) => m.name);
    } finally {
      await ds.destroy();
    }
  } finally {
    await lock.query('COMMIT').catch(() => undefined);
    await lock.end();
  }
}
