import { Global, Module } from '@nestjs/common';
import { TenantSql } from './tenant-sql';

/** Database access every feature shares: the tenant-scoped raw SQL runner. */
@Global()
@Module({ providers: [TenantSql], exports: [TenantSql] })
export class DatabaseModule {}
