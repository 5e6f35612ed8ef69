import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './child-app';

/** The pgbouncer binary (Debian's `pgbouncer` package), or null when it is not installed. */
export function findPgBouncer(): string | null {
  for (const path of ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer', '/usr/local/bin/pgbouncer'])
    if (existsSync(path)) return path;
  const which = spawnSync('which', ['pgbouncer'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

export interface PgBouncer {
  /** `url` (a postgres:// URL of the server behind) rewritten to go through PgBouncer. */
  through: (url: string) => string;
  output: () => string;
  stop: () => Promise<void>;
}

/** PgBouncer in transaction pooling mode in front of the server of `serverUrl`. */
export async function startPgBouncer(
  binary: string,
  serverUrl: string,
  poolSize = 20,
): Promise<PgBouncer> {
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username);
  const password = decodeURIComponent(server.password);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'pgbouncer-'));
  chmodSync(dir, 0o755); // started as root it runs as postgres, which must read the files
  const ini = join(dir, 'pgbouncer.ini');
  writeFileSync(join(dir, 'userlist.txt'), `"${user}" "${password}"\n`, { mode: 0o644 });
  writeFileSync(
    ini,
    [
      '[databases]',
      `* = host=${decodeURIComponent(server.hostname)} port=${server.port}`,
      '[pgbouncer]',
      `listen_addr = 127.0.0.1`,
      `listen_port = ${port}`,
      `unix_socket_dir =`,
      `auth_type = plain`,
      `auth_file = ${join(dir, 'userlist.txt')}`,
      `pool_mode = transaction`,
      `default_pool_size = ${poolSize}`,
      `max_client_conn = 500`,
      `ignore_startup_parameters = extra_float_digits,application_name`,
      `logfile =`,
      `pidfile =`,
    ].join('\n'),
    { mode: 0o644 },
  );
  const args = process.getuid?.() === 0 ? ['-u', 'postgres', ini] : [ini];
  let out = '';
  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await new Promise<void>((ok, fail) => {
    const deadline = Date.now() + 10_000;
    const poll = setInterval(() => {
      if (/process up|listening on/i.test(out)) {
        clearInterval(poll);
        ok();
      } else if (child.exitCode !== null || Date.now() > deadline) {
        clearInterval(poll);
        fail(new Error(`pgbouncer did not start:\n${out}`));
      }
    }, 50);
  });
  return {
    through: (url) => {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    output: () => out,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
