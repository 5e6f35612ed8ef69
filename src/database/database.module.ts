import { Global, Module } from '@nestjs/common';
import { SystemSecrets } from './system-secrets';
import { TenantSql } from './tenant-sql';

/** Database access every feature shares: the tenant-scoped raw SQL runner. */
@Global()
@Module({ providers: [TenantSql, SystemSecrets], exports: [TenantSql, SystemSecrets] })
export class DatabaseModule {}
