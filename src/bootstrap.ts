import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import { ClsService } from 'nestjs-cls';
import { AppModule } from './app.module';
import { DRAINING } from './common/http/draining';
import { configureApp } from './app.setup';
import { EnvironmentVariables } from './config/env.validation';
import { runMigrations } from './database/migrate';
import { CreatedTenantModel } from './modules/tenants/dto/tenant.model';
import { TenantsService } from './modules/tenants/tenants.service';

export async function createApp(env: EnvironmentVariables): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app, { bodyLimit: env.BODY_LIMIT });
  return app;
}

export async function bootstrapDefaultTenant(
  app: NestExpressApplication,
): Promise<CreatedTenantModel | null> {
  return app.get(ClsService).run(() => app.get(TenantsService).bootstrapDefaultTenant());
}

/**
 * SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (up to
 * `graceMs`), close the app (database pool), then run `after` (stop the embedded database).
 */
export function gracefulShutdown(
  app: NestExpressApplication,
  graceMs: number,
  after: () => Promise<void>,
  log: (m: string) => void,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= (async () => {
      const server = app.getHttpServer() as Server;
      log(`Shutting down: finishing in-flight requests (up to ${graceMs} ms)`);
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.emit(DRAINING);
      // Keep-alive connections become idle once their request is answered: close them as they do.
      const reaper = setInterval(() => server.closeIdleConnections(), 50);
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        closed,
        new Promise<void>((done) => (timer = setTimeout(done, graceMs))),
      ]);
      clearTimeout(timer);
      clearInterval(reaper);
      server.closeAllConnections();
      await app.close();
      await after();
      log('Shut down cleanly');
    })();
    return running;
  };
}

export { runMigrations };
