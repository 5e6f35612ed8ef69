import { registerAs } from '@nestjs/config';
import { validateEnv } from './env.validation';

const env = () => validateEnv(process.env);

export const httpConfig = registerAs('http', () => {
  const e = env();
  return {
    port: e.PORT,
    bodyLimit: e.BODY_LIMIT,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
  };
});

export const databaseConfig = registerAs('database', () => {
  const e = env();
  return {
    url: e.DATABASE_URL,
    /** For the LISTEN connection, which needs a session of its own (not through PgBouncer). */
    listenUrl: e.DATABASE_LISTEN_URL ?? e.DATABASE_URL,
    poolSize: e.DATABASE_POOL_SIZE,
    dataDir: e.DATA_DIR,
  };
});

export const authConfig = registerAs('auth', () => {
  const e = env();
  return {
    platformAdminToken: e.PLATFORM_ADMIN_TOKEN,
    jwtSecret: e.JWT_SECRET,
    jwtTtlSeconds: e.JWT_TTL_SECONDS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    /**
     * How long a verified credential is trusted without asking the database again. Revocations
     * reach every instance at once (LISTEN/NOTIFY); this bounds a lost notification.
     */
    credentialCacheMs: 5000,
    rateLimitWindowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000,
  };
});

export const logConfig = registerAs('log', () => ({ level: env().LOG_LEVEL }));

export const webhookConfig = registerAs('webhooks', () => {
  const e = env();
  return {
    allowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
    /** Delay before each retry; after the last one the delivery is given up. */
    retryScheduleSeconds: e.WEBHOOK_RETRY_SCHEDULE.split(',').map(Number),
    /** One attempt's limit: connect, send, response headers and body. */
    attemptTimeoutMs: 10_000,
    /** A worker's claim on a delivery: longer than an attempt, so one instance sends it at a time. */
    leaseSeconds: 30,
    /** A subscription whose attempts have failed without a success for this long is disabled. */
    disableAfterFailingSeconds: 5 * 24 * 3600,
    /** Idle poll for due deliveries (commits in this instance wake the worker at once). */
    pollIntervalMs: 500,
    /** Requests in flight per instance. */
    concurrency: 16,
  };
});

export const jobsConfig = registerAs('jobs', () => {
  const e = env();
  return { enabled: e.JOBS_ENABLED, slaCheckIntervalSeconds: e.SLA_CHECK_INTERVAL_SECONDS };
});

export const corsConfig = registerAs('cors', () => ({
  origins: parseOrigins(env().CORS_ORIGINS),
}));

export const streamConfig = registerAs('stream', () => {
  const e = env();
  return {
    heartbeatSeconds: e.STREAM_HEARTBEAT_SECONDS,
    maxPerCredential: e.STREAM_MAX_PER_CREDENTIAL,
    /** A stream token opens streams for this long (automatic reconnects included). */
    tokenTtlSeconds: 300,
    /** Read the outbox this often even without a notification (other instances, missed NOTIFY). */
    pollIntervalMs: 1000,
  };
});

/** `https://A.example.com/, http://localhost:5173` → normalised origins (lower case, no slash). */
export function parseOrigins(list: string): string[] {
  return [
    ...new Set(
      list
        .split(',')
        .map((o) => o.trim().toLowerCase().replace(/\/+$/, ''))
        .filter(Boolean),
    ),
  ];
}

export const configurations = [
  httpConfig,
  databaseConfig,
  authConfig,
  logConfig,
  webhookConfig,
  jobsConfig,
  corsConfig,
  streamConfig,
];
