import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { runMigrations } from '../../src/database/migrate';
import { STATE_FILE, TEMPLATE_DB, withDb } from './test-db';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/**
 * Starts one embedded PostgreSQL for the whole run (or uses TEST_DATABASE_URL's server),
 * migrates a template database once; each spec file clones it.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  const dataDir = resolve(__dirname, `../../.data/test/pg-${process.pid}`);
  if (!adminUrl) {
    const db = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: 'postgres',
      ephemeral: true,
    });
    (globalThis as { __testDb?: unknown }).__testDb = db;
    adminUrl = db.adminUrl;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  await runMigrations(withDb(adminUrl, TEMPLATE_DB));
  mkdirSync(resolve(STATE_FILE, '..'), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify({ adminUrl, dataDir, pid: process.pid }));
}
