import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AgentsModule } from '../agents/agents.module';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { TenantsModule } from '../tenants/tenants.module';
import { CustomersModule } from '../customers/customers.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { BearerStrategy } from './bearer.strategy';
import { SigningKeyService } from './signing-key.service';
import { ViewerResolver } from './viewer.resolver';

@Global()
@Module({
  imports: [
    PassportModule,
    JwtModule.register({}),
    ApiKeysModule,
    AgentsModule,
    TenantsModule,
    CustomersModule,
  ],
  controllers: [AuthController],
  providers: [AuthService, BearerStrategy, SigningKeyService, ViewerResolver],
  exports: [AuthService],
})
export class AuthModule {}
