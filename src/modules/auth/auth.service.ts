import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Principal } from '../../common/auth/principal';
import { PLATFORM_SCOPE, Role, scopesForRole } from '../../common/auth/scopes';
import { AppError } from '../../common/errors/app-error';
import { authConfig } from '../../config/configuration';
import { AgentsService } from '../agents/agents.service';
import { looksLikeApiKey } from '../api-keys/api-key.secret';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { TenantsService } from '../tenants/tenants.service';
import { CustomersService } from '../customers/customers.service';
import { TokenInput } from './dto/token.input';
import { TokenModel } from './dto/token.model';
import { SigningKeyService } from './signing-key.service';

interface AccessClaims {
  typ: 'agent' | 'portal';
  tid: string;
  sub: string;
  exp: number;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Sign-in and the resolution of every kind of bearer secret to a principal. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    private readonly jwt: JwtService,
    private readonly signingKey: SigningKeyService,
    private readonly apiKeys: ApiKeysService,
    private readonly agents: AgentsService,
    private readonly tenants: TenantsService,
    private readonly customers: CustomersService,
  ) {}

  async issueAgentToken(input: TokenInput): Promise<TokenModel> {
    const invalid = new AppError('unauthenticated', 'Invalid tenant, email or password.');
    const tenant = await this.tenants.findBySlug(input.tenant);
    const agent = await this.agents.verifyCredentials(
      tenant?.id ?? '00000000-0000-0000-0000-000000000000',
      input.email,
      input.password,
    );
    if (!tenant || !agent) throw invalid;
    const expiresIn = this.config.jwtTtlSeconds;
    const accessToken = await this.jwt.signAsync(
      { typ: 'agent', tid: tenant.id },
      { subject: agent.id, expiresIn, secret: this.signingKey.key, algorithm: 'HS256' },
    );
    return { accessToken, tokenType: 'Bearer', expiresIn };
  }

  /** Signs a short-lived portal token for one customer (used by the portal sessions endpoint). */
  async issuePortalToken(
    tenantId: string,
    customerId: string,
    ttlSeconds: number,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = await this.jwt.signAsync(
      { typ: 'portal', tid: tenantId },
      {
        subject: customerId,
        expiresIn: ttlSeconds,
        secret: this.signingKey.key,
        algorithm: 'HS256',
      },
    );
    return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
  }

  /** Any bearer secret → principal, or null when it is not a valid credential. */
  async authenticate(token: string): Promise<Principal | null> {
    if (looksLikeApiKey(token)) return this.apiKeys.authenticate(token);
    if (token.startsWith('eyJ')) return this.fromAccessToken(token);
    return this.fromPlatformToken(token);
  }

  private fromPlatformToken(token: string): Principal | null {
    const expected = this.config.platformAdminToken;
    if (!expected || !timingSafeEqual(sha256(token), sha256(expected))) return null;
    return {
      kind: 'platform',
      id: 'platform',
      tenantId: null,
      scopes: new Set([PLATFORM_SCOPE]),
      expiresAt: null,
    };
  }

  private async fromAccessToken(token: string): Promise<Principal | null> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        secret: this.signingKey.key,
        algorithms: ['HS256'],
      });
    } catch {
      return null;
    }
    const expiresAt = new Date(claims.exp * 1000);
    if (claims.typ === 'agent') {
      const agent = await this.agents.findActive(claims.tid, claims.sub);
      if (!agent) return null;
      return {
        kind: 'agent',
        id: agent.id,
        tenantId: claims.tid,
        role: agent.role,
        scopes: new Set(scopesForRole(agent.role as Role)),
        expiresAt,
      };
    }
    if (claims.typ === 'portal') {
      // A deleted customer's portal sessions end with it.
      if ((await this.customers.getMany(claims.tid, [claims.sub])).length === 0) return null;
      return {
        kind: 'portal',
        id: claims.sub,
        customerId: claims.sub,
        tenantId: claims.tid,
        scopes: new Set(['portal']),
        expiresAt,
      };
    }
    return null;
  }
}
