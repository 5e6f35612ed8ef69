import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { PLATFORM_TOKEN } from '../factories/app.factory';
import { ChildApp, startChildApp } from '../factories/child-app';
import { createTestDatabase } from '../setup/test-db';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const SCRIPT = resolve(ROOT, 'examples/quickstart.sh');

const freePort = () =>
  new Promise<number>((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });

/** The ```sh blocks of the README's Quickstart section. */
function readmeQuickstartBlocks(): string[] {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Quickstart\n');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map(([, block]) => block.trim());
}

/**
 * The README's quickstart, followed as a newcomer would: a fresh service prints its admin key
 * once, and examples/quickstart.sh (every command the README shows) runs with it to the end.
 */
describe('the README quickstart', () => {
  let service: ChildApp;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    service = await startChildApp(
      { DATABASE_URL: db.url, BOOTSTRAP_DEFAULT_TENANT: 'true', LOG_LEVEL: 'info' },
      await freePort(),
    );
  }, 120_000);
  afterAll(async () => {
    service?.child.kill('SIGTERM');
    await service?.exited;
    await drop?.();
  });

  it('shows only commands the script runs', () => {
    const script = readFileSync(SCRIPT, 'utf8');
    const blocks = readmeQuickstartBlocks();
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks) {
      // The first block starts the service; the others are the script's commands, verbatim.
      if (block.startsWith('npm ci')) continue;
      expect([block, script.includes(block)]).toEqual([block, true]);
    }
  });

  it('runs against a fresh service with the key it printed', async () => {
    const banner = service.output();
    const key = /^ {3}(hdk_[A-Za-z0-9_-]+)$/m.exec(banner)?.[1];
    expect(key).toBeDefined();
    // The banner comes last, after a few start-up lines in one JSON format (routes are `debug`).
    expect(banner.trimEnd()).toMatch(
      /Try: curl -H "Authorization: Bearer hdk_\S+" \S+\/v1\/api-keys\n=+$/,
    );
    const logs = banner.slice(0, banner.indexOf('\n====')).trim().split('\n');
    expect(logs.length).toBeLessThan(8);
    for (const line of logs) expect(JSON.parse(line)).toMatchObject({ level: 30 });
    expect(logs.at(-1)).toMatch(/"msg":"Listening on http:\/\/localhost:\d+ /);

    const { stdout } = await run('bash', [SCRIPT], {
      cwd: ROOT,
      env: { ...process.env, API: service.url, KEY: key, PLATFORM_ADMIN_TOKEN: PLATFORM_TOKEN },
      timeout: 200_000,
    });
    const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
    const expected = [
      /^\["admin"\]$/m, // the default tenant's admin key
      /^second tenant acme-\d+, its admin key hdk_/m,
      /^CRM key hdk_\S+ reads customers$/m,
      new RegExp(`^agent ${uuid} signed in$`, 'm'),
      /^2\n412$/m, // If-Match with the fresh ETag applies (version 2); the stale one is refused
      /^José Álvarez$/m, // the upsert, found by an accent-free search
      new RegExp(`^${uuid}\nsolved\nCannot log in\nticket$`, 'm'), // reply by Ada, solved, found, audited
      /^2\nCannot log in$/m, // ticket #2, then page 2 of a one-per-page list, newest first
      /^\[\]$/m, // the export's next page: nothing changed since
      /^Ada Lovelace$/m, // GraphQL
      /^published\nCome reimpostare la password\nCome reimpostare la password$/m,
      /^pending\n/m, // the macro applied to the refund ticket
      /^true\nsolved\n204$/m, // the required checklist item done, solved; the template deleted
      /^Refund, please$/m, // the portal shows the customer's newest ticket
      /"errors":\[\{"field":"email"/, // a problem with errors[]
      /quickstart done\s*$/,
    ];
    for (const line of expected) expect([line, line.test(stdout)]).toEqual([line, true]);

    // A newcomer runs it again on the same service: it still goes through.
    await new Promise((done) => setTimeout(done, 1000)); // a new RUN suffix (seconds)
    const again = await run('bash', [SCRIPT], {
      cwd: ROOT,
      env: { ...process.env, API: service.url, KEY: key, PLATFORM_ADMIN_TOKEN: PLATFORM_TOKEN },
      timeout: 200_000,
    });
    expect(again.stdout).toMatch(/quickstart done\s*$/);
  }, 300_000);
});
