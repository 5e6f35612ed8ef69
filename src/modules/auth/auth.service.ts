import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { createHash, timingSafeEqual } from 'node:crypto';
import { CredentialRevocations } from '../../common/auth/credential-revocations';
import { Principal } from '../../common/auth/principal';
import { PLATFORM_SCOPE, Role, scopesForRole } from '../../common/auth/scopes';
import { RevocableCache } from '../../common/cache/revocable-cache';
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
  typ: 'agent' | 'portal' | 'stream';
  tid: string;
  sub: string;
  exp: number;
  /** Stream tokens: the kind of credential they were obtained with. */
  knd?: Principal['kind'];
  /** Stream tokens: when that credential expires (seconds), null for never. */
  cex?: number | null;
  /** Agent tokens: which password they were signed for (a change of password ends them). */
  pwv?: string;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** A bearer secret as verified: who it is, until when, and which credential it rests on. */
interface Verified {
  principal: Principal | null;
  /** Epoch ms after which the secret is no longer valid (token `exp`, key `expiresAt`). */
  validUntil: number | null;
  /** The API key, agent or customer id whose change must end it. */
  credentialId: string | null;
}

/** A short fingerprint of the agent's password hash: not the hash, just whether it changed. */
const passwordVersion = (passwordHash: string | null) =>
  createHash('sha256')
    .update(passwordHash ?? '')
    .digest('base64url')
    .slice(0, 12);

/**
 * Sign-in and the resolution of every kind of bearer secret to a principal. A verified secret
 * is kept in memory for `credentialCacheMs` (the JWT check, the key, agent or customer lookup
 * and the password fingerprint are not repeated per request); a revocation, an agent's change
 * or a customer's deletion drops it at once on every instance (CredentialRevocations).
 */
@Injectable()
export class AuthService {
  private readonly verified: RevocableCache<Verified>;

  constructor(
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    private readonly jwt: JwtService,
    private readonly signingKey: SigningKeyService,
    private readonly apiKeys: ApiKeysService,
    private readonly agents: AgentsService,
    private readonly tenants: TenantsService,
    private readonly customers: CustomersService,
    private readonly revocations: CredentialRevocations,
  ) {
    this.verified = new RevocableCache<Verified>(config.credentialCacheMs, (v) => v.credentialId);
    revocations.subscribe({
      // The changing instance keeps the credential out of its cache until the change has
      // surely committed (it announces before its commit).
      revoked: (id, local) => this.verified.revoke(id, local ? config.credentialCacheMs : 0),
      reset: () => this.verified.clear(),
    });
  }

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
      { typ: 'agent', tid: tenant.id, pwv: passwordVersion(agent.passwordHash) },
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

  /**
   * A short-lived token standing for `p` on event streams, for clients that cannot send headers
   * (`EventSource`): it goes in a URL, so it opens streams and nothing else, expires within
   * `ttlSeconds` (and never after `p`'s own credential), and the credential behind it is
   * checked again (revoked, deactivated, deleted) each time it is used.
   */
  async issueStreamToken(
    p: Principal,
    ttlSeconds: number,
  ): Promise<{ token: string; expiresAt: Date }> {
    if (!p.tenantId || p.kind === 'platform' || p.via === 'stream_token') {
      throw new AppError('forbidden', 'Stream tokens are issued to tenant credentials only.');
    }
    const untilCredentialExpires = p.expiresAt
      ? Math.floor((p.expiresAt.getTime() - Date.now()) / 1000)
      : ttlSeconds;
    const ttl = Math.max(1, Math.min(ttlSeconds, untilCredentialExpires));
    const token = await this.jwt.signAsync(
      {
        typ: 'stream',
        tid: p.tenantId,
        knd: p.kind,
        cex: p.expiresAt ? Math.floor(p.expiresAt.getTime() / 1000) : null,
      },
      { subject: p.id, expiresIn: ttl, secret: this.signingKey.key, algorithm: 'HS256' },
    );
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** Any bearer secret → principal, or null when it is not a valid credential. */
  async authenticate(token: string): Promise<Principal | null> {
    const apiKey = looksLikeApiKey(token);
    if (!apiKey && !token.startsWith('eyJ')) return this.fromPlatformToken(token);
    const verify = () => (apiKey ? this.fromApiKey(token) : this.fromAccessToken(token));
    // Keyed by the secret itself (it is in this process's memory with every request anyway;
    // hashing it cost more than the rest of a cache hit). Without the revocation listener
    // (reconnecting), every request asks the database.
    const v = this.revocations.listening ? await this.verified.get(token, verify) : await verify();
    if (v.validUntil !== null && v.validUntil <= Date.now()) return null;
    return v.principal;
  }

  private async fromApiKey(token: string): Promise<Verified> {
    const principal = await this.apiKeys.authenticate(token);
    return {
      principal,
      validUntil: principal?.expiresAt?.getTime() ?? null,
      credentialId: principal?.id ?? null,
    };
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

  private async fromAccessToken(token: string): Promise<Verified> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        secret: this.signingKey.key,
        algorithms: ['HS256'],
      });
    } catch {
      return { principal: null, validUntil: null, credentialId: null };
    }
    const expiresAt = new Date(claims.exp * 1000);
    const verified = (principal: Principal | null, validUntil = claims.exp * 1000): Verified => ({
      principal,
      validUntil,
      // A deactivated agent or deleted customer may come back: its refusal is dropped too.
      credentialId: claims.sub,
    });
    if (claims.typ === 'agent') {
      const agent = await this.agents.findActive(claims.tid, claims.sub);
      // Deactivated, or the password changed since the token was issued: the token is over.
      if (!agent || claims.pwv !== passwordVersion(agent.passwordHash)) return verified(null);
      return verified({
        kind: 'agent',
        id: agent.id,
        tenantId: claims.tid,
        role: agent.role,
        scopes: new Set(scopesForRole(agent.role as Role)),
        expiresAt,
      });
    }
    if (claims.typ === 'stream') {
      // Valid until the token expires, and never past the credential behind it.
      const until = Math.min(claims.exp * 1000, claims.cex ? claims.cex * 1000 : Infinity);
      return verified(await this.fromStreamClaims(claims), until);
    }
    if (claims.typ === 'portal') {
      // A deleted customer's portal sessions end with it.
      if ((await this.customers.getMany(claims.tid, [claims.sub])).length === 0) {
        return verified(null);
      }
      return verified({
        kind: 'portal',
        id: claims.sub,
        customerId: claims.sub,
        tenantId: claims.tid,
        scopes: new Set(['portal']),
        expiresAt,
      });
    }
    return verified(null);
  }

  /** The credential a stream token stands for, as it is now (scopes, role, still valid). */
  private async fromStreamClaims(claims: AccessClaims): Promise<Principal | null> {
    const { tid: tenantId, sub: id } = claims;
    const expiresAt = claims.cex ? new Date(claims.cex * 1000) : null;
    const via = 'stream_token' as const;
    switch (claims.knd) {
      case 'api_key': {
        const key = await this.apiKeys.get(tenantId, id).catch(() => null);
        if (!key || key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= Date.now()))
          return null;
        return { kind: 'api_key', id, tenantId, scopes: new Set(key.scopes), expiresAt, via };
      }
      case 'agent': {
        const agent = await this.agents.findActive(tenantId, id);
        if (!agent) return null;
        const scopes = new Set<string>(scopesForRole(agent.role as Role));
        return { kind: 'agent', id, tenantId, role: agent.role, scopes, expiresAt, via };
      }
      case 'portal': {
        if ((await this.customers.getMany(tenantId, [id])).length === 0) return null;
        const scopes = new Set(['portal']);
        return { kind: 'portal', id, customerId: id, tenantId, scopes, expiresAt, via };
      }
      default:
        return null;
    }
  }
}
