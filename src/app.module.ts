import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ThrottlerModule } from '@nestjs/throttler';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ApiAuthGuard } from './common/auth/auth.guard';
import { CredentialRevocationsModule } from './common/auth/credential-revocations';
import { ProblemFilter } from './common/errors/problem.filter';
import { EventsModule } from './common/events/events.module';
import { JobsModule } from './common/jobs/jobs.module';
import { ComplexityPlugin } from './common/graphql/complexity.plugin';
import { graphqlOptions } from './common/graphql/graphql.options';
import { EtagInterceptor } from './common/http/etag.interceptor';
import { createValidationPipe } from './common/http/validation.pipe';
import { UuidParamsPipe } from './common/http/uuid-params.pipe';
import { IdempotencyInterceptor } from './common/idempotency/idempotency.interceptor';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { loggerOptions } from './common/observability/logger.options';
import { ObservabilityModule } from './common/observability/observability.module';
import { CredentialThrottlerGuard } from './common/rate-limit/credential-throttler.guard';
import { LeasedThrottlerStorage } from './common/rate-limit/leased-throttler.storage';
import { authConfig, configurations, databaseConfig, logConfig } from './config/configuration';
import { validateEnv } from './config/env.validation';
import { dataSourceOptions } from './database/data-source.options';
import { DatabaseModule } from './database/database.module';
import { AgentsModule } from './modules/agents/agents.module';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { AuthModule } from './modules/auth/auth.module';
import { CorsModule } from './modules/cors/cors.module';
import { CorsTenantInterceptor } from './modules/cors/cors-tenant.interceptor';
import { CustomersModule } from './modules/customers/customers.module';
import { FeedbackModule } from './modules/feedback/feedback.module';
import { GroupsModule } from './modules/groups/groups.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { GraphqlWsOptions } from './modules/live/graphql-ws.options';
import { LiveModule } from './modules/live/live.module';
import { KnowledgeBaseModule } from './modules/knowledge-base/knowledge-base.module';
import { PortalModule } from './modules/portal/portal.module';
import { ReportsModule } from './modules/reports/reports.module';
import { TicketsModule } from './modules/tickets/tickets.module';
import { TenantsModule } from './modules/tenants/tenants.module';
import { WorkflowsModule } from './modules/workflows/workflows.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      load: configurations,
      validate: validateEnv,
      ignoreEnvFile: true,
    }),
    LoggerModule.forRootAsync({
      inject: [logConfig.KEY],
      useFactory: (log: ConfigType<typeof logConfig>) => loggerOptions(log.level),
    }),
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: (db: ConfigType<typeof databaseConfig>) => {
        if (!db.url)
          throw new Error('DATABASE_URL is not set (main.ts starts the embedded database first)');
        return { ...dataSourceOptions(db.url, db.poolSize), autoLoadEntities: true };
      },
    }),
    ClsModule.forRoot({
      global: true,
      // No per-request context: @Transactional() opens one for the transaction it runs, and
      // reads outside a transaction use the pool (a request-wide context cost ~5% of a read).
      plugins: [
        new ClsPluginTransactional({
          imports: [TypeOrmModule],
          adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
        }),
      ],
    }),
    ThrottlerModule.forRootAsync({
      inject: [authConfig.KEY, getDataSourceToken()],
      useFactory: (auth: ConfigType<typeof authConfig>, dataSource: DataSource) => ({
        throttlers: [
          { name: 'default', ttl: auth.rateLimitWindowMs, limit: auth.rateLimitPerMinute },
        ],
        storage: new LeasedThrottlerStorage(dataSource),
      }),
    }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [LiveModule],
      inject: [GraphqlWsOptions],
      useFactory: (ws: GraphqlWsOptions) => graphqlOptions(ws.options()),
    }),
    ObservabilityModule,
    DatabaseModule,
    CredentialRevocationsModule,
    EventsModule,
    JobsModule,
    IdempotencyModule,
    TenantsModule,
    ApiKeysModule,
    GroupsModule,
    AgentsModule,
    AuthModule,
    OrganizationsModule,
    CustomersModule,
    TicketsModule,
    PortalModule,
    KnowledgeBaseModule,
    WorkflowsModule,
    FeedbackModule,
    WebhooksModule,
    ReportsModule,
    CorsModule,
    LiveModule,
  ],
  providers: [
    ComplexityPlugin,
    { provide: APP_GUARD, useClass: ApiAuthGuard },
    { provide: APP_GUARD, useClass: CredentialThrottlerGuard },
    // First: a replayed idempotent response is checked against the tenant's origins too.
    { provide: APP_INTERCEPTOR, useClass: CorsTenantInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_PIPE, useClass: UuidParamsPipe },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class AppModule {}
