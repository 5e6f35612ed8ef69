import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.options';

/** Any constant works; it only has to be the same for every instance. */
const MIGRATION_LOCK_ID = 7_311_001;

/**
 * Runs pending migrations while holding a session advisory lock, so several instances
 * starting at once against one database migrate it exactly once.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const ds = new DataSource(dataSourceOptions(url, 2));
    await ds.initialize();
    try {
      const done = await ds.runMigrations({ transaction: 'each' });
      return done.map((m) => m.name);
    } finally {
      await ds.destroy();
    }
  } finally {
    await lock.end();
  }
}
