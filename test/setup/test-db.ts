import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

export const TEMPLATE_DB = 'helpdesk_template';
export const STATE_FILE = resolve(__dirname, '../../.data/test/state.json');

export interface TestDbState {
  adminUrl: string;
  dataDir: string;
  pid: number;
}

export function readState(): TestDbState {
  if (!existsSync(STATE_FILE))
    throw new Error('The e2e global setup did not run (no .data/test/state.json)');
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as TestDbState;
}

const withDb = (url: string, db: string) => url.replace(/\/[^/]*$/, `/${db}`);

/** A fresh database for one spec file: CREATE DATABASE … TEMPLATE the migrated template. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const { adminUrl } = readState();
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDb(adminUrl, name),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

export { withDb };
