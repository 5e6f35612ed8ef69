import 'reflect-metadata';
import pino from 'pino';
import { InvalidEnvironmentError, validateEnv } from './config/env.validation';
import { ensureDatabase } from './database/ensure-database';
import type * as Bootstrap from './bootstrap';

async function main(): Promise<void> {
  let env;
  try {
    env = validateEnv(process.env);
  } catch (e) {
    if (e instanceof InvalidEnvironmentError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  // Start-up and shutdown lines, in the app logger's format (pino JSON on stdout), written at
  // once so that they stay in order with the banner. Shown at every LOG_LEVEL but `silent`:
  // where the database is, what migrated, where it listens.
  const level = ['debug', 'trace', 'silent'].includes(env.LOG_LEVEL) ? env.LOG_LEVEL : 'info';
  const logger = pino({ level }, pino.destination({ dest: 1, sync: true }));
  const log = (m: string) => logger.info(m);

  // The embedded PostgreSQL starts in its own process while this one loads the application
  // (a second or more of module loading): neither waits for the other.
  let spawned!: () => void;
  const database = ensureDatabase(env, log, () => spawned());
  await Promise.race([new Promise<void>((r) => (spawned = r)), database.catch(() => undefined)]);
  const { bootstrapDefaultTenant, createApp, gracefulShutdown, runMigrations } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the spawn, on purpose
    require('./bootstrap') as typeof Bootstrap;
  const { url, embedded } = await database;
  process.env.DATABASE_URL = url;
  const applied = await runMigrations(url);
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);

  const app = await createApp(env);
  await app.init();
  const shutdown = gracefulShutdown(app, env.SHUTDOWN_GRACE_MS, async () => embedded?.stop(), log);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(
      signal,
      () =>
        void shutdown().then(
          () => process.exit(0),
          () => process.exit(1),
        ),
    );
  }

  const tenant = env.BOOTSTRAP_DEFAULT_TENANT ? await bootstrapDefaultTenant(app) : null;
  await (env.HOST ? app.listen(env.PORT, env.HOST) : app.listen(env.PORT));
  const shown = !env.HOST || env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const address = `http://${shown.includes(':') ? `[${shown}]` : shown}:${env.PORT}`;
  log(`Listening on ${address} (docs at /docs, GraphQL at /graphql)`);
  if (tenant) {
    // Last, so that it is what a first start leaves on the screen.
    process.stdout.write(
      [
        '',
        '================================================================',
        ` Created tenant "${tenant.slug}" (${tenant.id}).`,
        ' Its admin API key (shown once, store it now):',
        '',
        `   ${tenant.apiKey.key}`,
        '',
        ` Try: curl -H "Authorization: Bearer ${tenant.apiKey.key}" ${address}/v1/api-keys`,
        '================================================================',
        '',
      ].join('\n'),
    );
  }
}

main().catch((e: unknown) => {
  // The cause in one readable message; the stack only when asked for (LOG_LEVEL=debug/trace).
  const verbose = ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '');
  const message =
    e instanceof Error ? (verbose ? (e.stack ?? e.message) : e.message) : JSON.stringify(e);
  process.stderr.write(`Startup failed: ${message ?? 'unknown error'}\n`);
  process.exit(1);
});
