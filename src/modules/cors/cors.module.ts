import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module';
import { CorsOrigins } from './cors-origins.service';
import { CorsSettingsController } from './cors-settings.controller';
import { CorsTenantInterceptor } from './cors-tenant.interceptor';

/** Browser access: allowed origins per tenant and for the deployment (see cors.policy.ts). */
@Module({
  imports: [TenantsModule],
  controllers: [CorsSettingsController],
  providers: [CorsOrigins, CorsTenantInterceptor],
  exports: [CorsOrigins, CorsTenantInterceptor],
})
export class CorsModule {}
