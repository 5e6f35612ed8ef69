import { resolve } from 'node:path';
import type { EnvironmentVariables } from '../config/env.validation';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

/** With no DATABASE_URL: start the embedded PostgreSQL under DATA_DIR and point at it. */
export async function ensureDatabase(
  env: EnvironmentVariables,
  log: (m: string) => void,
  spawned?: () => void,
): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const dataDir = resolve(env.DATA_DIR, 'postgres');
  log(
    `DATABASE_URL is not set: starting embedded PostgreSQL in ${dataDir} on port ${env.EMBEDDED_POSTGRES_PORT}`,
  );
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: env.EMBEDDED_POSTGRES_PORT,
    database: 'helpdesk',
    notice: log,
    spawned,
  });
  return { url: embedded.url, embedded };
}
