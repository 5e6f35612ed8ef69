import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApp } from '../../src/bootstrap';
import { validateEnv } from '../../src/config/env.validation';
import { createTestDatabase } from '../setup/test-db';
import { buildOpenApiDocument } from '../../src/app.setup';
import { logObservations, observe, undocumented } from './contract';

export const PLATFORM_TOKEN = 'test-platform-admin-token-0123456789';

/** The OpenAPI document answers are checked against: the same for every app of a worker. */
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export interface TestApp {
  app: NestExpressApplication;
  server: Server;
  databaseUrl: string;
  http: () => TestAgent;
  close: () => Promise<void>;
}

/** The real app on a fresh database cloned from the migrated template. */
export async function createTestApp(
  env: Record<string, string> = {},
  opts: { shareDatabaseOf?: TestApp } = {},
): Promise<TestApp> {
  const db = opts.shareDatabaseOf
    ? { url: opts.shareDatabaseOf.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '5',
    LOG_LEVEL: 'silent',
    PLATFORM_ADMIN_TOKEN: PLATFORM_TOKEN,
    RATE_LIMIT_PER_MINUTE: '100000',
    // Background jobs only where a spec needs them (they poll the database while it runs).
    JOBS_ENABLED: 'false',
    ...env,
  });
  const app = await createApp(validateEnv(process.env));
  const server = app.getHttpServer() as Server;
  const seen = observe(server);
  await app.init();
  return {
    app,
    server,
    databaseUrl: db.url,
    http: () => request(server),
    close: async () => {
      if (process.env.CONTRACT_LOG) logObservations(process.env.CONTRACT_LOG, seen);
      document ??= buildOpenApiDocument(app);
      const findings = undocumented(document, seen);
      await app.close();
      await db.drop();
      if (findings.length) {
        throw new Error(
          `Answers that openapi.yaml does not document (fix the decorators or src/common/openapi):\n${findings.join('\n')}`,
        );
      }
    },
  };
}

export interface TestTenant {
  id: string;
  slug: string;
  key: string;
  auth: { Authorization: string };
}

/** A fresh tenant with its admin API key: tests never share data. */
export async function createTenant(
  t: TestApp,
  slug = `t-${randomBytes(5).toString('hex')}`,
): Promise<TestTenant> {
  const res = await t
    .http()
    .post('/v1/tenants')
    .set('Authorization', `Bearer ${PLATFORM_TOKEN}`)
    .send({ name: `Tenant ${slug}`, slug })
    .expect(201);
  const key = res.body.apiKey.key as string;
  return { id: res.body.id, slug, key, auth: { Authorization: `Bearer ${key}` } };
}

/** An API key of `tenant` with the given scopes. */
export async function createKey(
  t: TestApp,
  tenant: TestTenant,
  scopes: string[],
  extra: Record<string, unknown> = {},
) {
  const res = await t
    .http()
    .post('/v1/api-keys')
    .set(tenant.auth)
    .send({ name: 'test key', scopes, ...extra })
    .expect(201);
  return {
    id: res.body.id as string,
    key: res.body.key as string,
    auth: { Authorization: `Bearer ${res.body.key as string}` },
  };
}

export function gql(
  t: TestApp,
  auth: Record<string, string>,
  query: string,
  variables?: Record<string, unknown>,
) {
  return t
    .http()
    .post('/graphql')
    .set(auth)
    .set('Accept', 'application/json')
    .send({ query, variables });
}

/**
 * Retries `check` until it stops throwing (up to `ms`). Feeds built on the outbox (events,
 * exports) only show a transaction once every older transaction in the cluster has finished,
 * and other spec files run transactions in parallel: readers see changes soon, not instantly.
 */
export async function eventually<T>(check: () => Promise<T>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
