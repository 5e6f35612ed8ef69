// npm run bench: the service on an embedded PostgreSQL against a bare node:http + pg baseline
// doing the same SQL, under the same autocannon load, in one run. Prints req/s and p50/p99.
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROOT = resolve(__dirname, '../..');

interface Scenario {
  name: string;
  path: string;
  auth: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: 'GET /health/live', path: '/health/live', auth: false },
  { name: 'GET /v1/agents (API key, page of 25)', path: '/v1/agents?limit=25', auth: true },
];

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

function start(script: string, env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; output: () => string }> {
  return new Promise((ok, fail) => {
    let out = '';
    const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const onData = (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) ok({ child, output: () => out });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${script} exited with ${code}:\n${out}`)));
  });
}

async function load(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  const errors = result.errors + result.non2xx;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

async function main(): Promise<void> {
  const pgPort = await freePort();
  process.stdout.write(`Starting embedded PostgreSQL (port ${pgPort})…\n`);
  const db = await startEmbeddedPostgres({ dataDir: resolve(ROOT, '.data/bench/postgres'), port: pgPort, database: 'bench', ephemeral: true });
  const children: ChildProcess[] = [];
  try {
    await runMigrations(db.url);
    const appPort = await freePort();
    const basePort = await freePort();
    const common = { DATABASE_URL: db.url, DATABASE_POOL_SIZE: '10', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000' };
    const app = await start('dist/src/main.js', { ...common, PORT: String(appPort) }, /Listening on/);
    children.push(app.child);
    const key = /hdk_[A-Za-z0-9_-]+/.exec(app.output())?.[0];
    if (!key) throw new Error('the service printed no bootstrap key');

    // Seed: 10,000 agents in 20 groups for the bootstrap tenant.
    const c = new Client({ connectionString: db.url });
    await c.connect();
    await c.query(`
      WITH t AS (SELECT id FROM tenants WHERE slug = 'default'),
      g AS (INSERT INTO groups (tenant_id, id, name) SELECT t.id, gen_random_uuid(), 'Group ' || i FROM t, generate_series(1, 20) i RETURNING tenant_id, id),
      a AS (INSERT INTO agents (tenant_id, id, name, email, role) SELECT t.id, gen_random_uuid(), 'Agent ' || i, 'agent' || i || '@example.com', 'agent' FROM t, generate_series(1, 10000) i RETURNING tenant_id, id)
      INSERT INTO group_members (tenant_id, group_id, agent_id)
      SELECT a.tenant_id, (SELECT id FROM g ORDER BY random() + length(a.id::text) LIMIT 1), a.id FROM a`);
    await c.query('VACUUM ANALYZE');
    await c.end();

    const base = await start('dist/bench/baseline.js', { ...common, PORT: String(basePort) }, /baseline listening/);
    children.push(base.child);

    const rows: string[][] = [];
    for (const s of SCENARIOS) {
      const headers: Record<string, string> = s.auth ? { authorization: `Bearer ${key}` } : {};
      await load(`http://127.0.0.1:${appPort}${s.path}`, headers); // warm-up is discarded: JIT, pools
      const svc = await load(`http://127.0.0.1:${appPort}${s.path}`, headers);
      const bare = await load(`http://127.0.0.1:${basePort}${s.path}`, headers);
      rows.push([
        s.name,
        svc.rps.toFixed(0),
        `${svc.p50} / ${svc.p99}`,
        bare.rps.toFixed(0),
        `${bare.p50} / ${bare.p99}`,
        `${((svc.rps / bare.rps) * 100).toFixed(0)}%`,
        String(svc.errors + bare.errors),
      ]);
    }
    const header = ['scenario', 'service req/s', 'p50 / p99 ms', 'baseline req/s', 'p50 / p99 ms', 'service/baseline', 'errors'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r: string[]) => `| ${r.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
    process.stdout.write(`\n${CONNECTIONS} connections, ${DURATION} s per run, node ${process.version}, 2 cores shared by load, service and PostgreSQL\n\n`);
    process.stdout.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}\n`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
