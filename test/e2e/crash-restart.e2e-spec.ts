import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChildApp } from '../factories/child-app';

const freePort = () =>
  new Promise<number>((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });

/**
 * `npm start` after a `kill -9` of the previous run: the embedded PostgreSQL it left running
 * without its parent is shut down and the service starts again on the same data.
 */
describe('restart after a crash (embedded PostgreSQL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'helpdesk-crash-'));
  // Started as root, the embedded server runs as user postgres, which must reach the directory.
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts again on the same data directory after SIGKILL', async () => {
    const pgPort = await freePort();
    const env = {
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      DATABASE_URL: '',
      BOOTSTRAP_DEFAULT_TENANT: 'true',
    };
    const first = await startChildApp(env, await freePort());
    const key = /hdk_[A-Za-z0-9_-]+/.exec(first.output())?.[0];
    expect(key).toBeDefined();
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await startChildApp(env, await freePort());
    try {
      expect(second.output()).toMatch(/Stopping the PostgreSQL \(pid \d+\) a previous run left/);
      const res = await fetch(`${second.url}/v1/api-keys`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(res.status).toBe(200); // same database: the first run's key still works
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 120_000);
});
