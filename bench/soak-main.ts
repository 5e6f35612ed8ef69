// npm run soak: an embedded PostgreSQL, the built service, and SOAK_SECONDS (300) of mixed load
// at SOAK_RATE (30) req/s. Exits 1 when a guarantee broke (5xx, memory trend, p99 drift).
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';
import {
  boundsFromEnv,
  formatSoak,
  rssFromMetrics,
  runSoak,
  SOAK_HEAP_MB,
  soakFailures,
} from './soak';

const ROOT = resolve(__dirname, '../..');
const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const RATE = Number(process.env.SOAK_RATE ?? 30);

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

async function main(): Promise<void> {
  const db = await startEmbeddedPostgres({
    dataDir: resolve(ROOT, '.data/soak/postgres'),
    port: await freePort(),
    database: 'soak',
    ephemeral: true,
  });
  let child: ChildProcess | undefined;
  try {
    await runMigrations(db.url);
    const port = await freePort();
    const platformToken = randomBytes(24).toString('hex');
    child = spawn(process.execPath, [`--max-old-space-size=${SOAK_HEAP_MB}`, 'dist/src/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        PORT: String(port),
        PLATFORM_ADMIN_TOKEN: platformToken,
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '100000000',
        BOOTSTRAP_DEFAULT_TENANT: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = child;
    await new Promise<void>((ok, fail) => {
      let out = '';
      const onData = (d: Buffer) => {
        out += d.toString();
        if (/Listening on/.test(out)) ok();
      };
      started.stdout!.on('data', onData);
      started.stderr!.on('data', (d: Buffer) => {
        onData(d);
        process.stderr.write(d);
      });
      started.once('exit', (code) => fail(new Error(`the service exited with ${code}:\n${out}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const report = await runSoak({
      url,
      platformToken,
      seconds: SECONDS,
      rate: RATE,
      memory: () => rssFromMetrics(url),
      log: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(`${formatSoak(report)}\n`);
    const bounds = boundsFromEnv(process.env);
    process.stdout.write(`bounds: ${JSON.stringify(bounds)}\n`);
    const failures = soakFailures(report, bounds);
    if (failures.length) {
      process.stdout.write(`\nFAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write('\nheld: no 5xx, no memory trend, p99 stable\n');
    }
  } finally {
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await db.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
