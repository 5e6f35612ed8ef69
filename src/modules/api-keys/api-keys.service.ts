import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { CredentialRevocations } from '../../common/auth/credential-revocations';
import { Principal } from '../../common/auth/principal';
import { scopesBeyond } from '../../common/auth/scopes';
import { AppError } from '../../common/errors/app-error';
import { mapPage, Page } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { ExpectedVersion, versionMatches } from '../../common/http/if-match';
import { ApiKeyEntity } from './api-key.entity';
import { generateApiKey, hashApiKey, tenantOfApiKey } from './api-key.secret';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeyModel, CreatedApiKeyModel } from './dto/api-key.model';
import { CreateApiKeyInput } from './dto/create-api-key.input';

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly revocations: CredentialRevocations,
  ) {}

  /**
   * Creates a key for the caller's tenant. A key can never be broader than its creator: every
   * scope must be held by the creator, and it cannot outlive the creator's own expiry.
   */
  async create(
    tenantId: string,
    creator: Principal,
    input: CreateApiKeyInput,
  ): Promise<CreatedApiKeyModel> {
    const beyond = scopesBeyond(creator.scopes, input.scopes);
    if (beyond.length > 0) {
      throw new AppError(
        'forbidden',
        `A key cannot grant scopes its creator lacks: ${beyond.join(', ')}.`,
      );
    }
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw AppError.validation([{ field: 'expiresAt', message: 'must be in the future' }]);
    }
    let expiresAt = input.expiresAt ?? null;
    if (creator.expiresAt) {
      if (!expiresAt || expiresAt > creator.expiresAt) {
        throw AppError.validation([
          {
            field: 'expiresAt',
            message: `must be no later than ${creator.expiresAt.toISOString()}, when your own credential expires`,
          },
        ]);
      }
      expiresAt = expiresAt ?? creator.expiresAt;
    }
    return this.issue(
      tenantId,
      input.name,
      input.scopes,
      expiresAt,
      `${creator.kind}:${creator.id}`,
    );
  }

  /** Issues a key without a creator check: tenant creation and the first-start bootstrap. */
  async issue(
    tenantId: string,
    name: string,
    scopes: string[],
    expiresAt: Date | null,
    createdBy: string,
  ): Promise<CreatedApiKeyModel> {
    const secret = generateApiKey(tenantId);
    const row = await this.keys.insert(tenantId, {
      name,
      prefix: secret.prefix,
      keyHash: secret.hash,
      scopes,
      expiresAt,
      createdBy,
    });
    return { ...toModel(row), key: secret.key };
  }

  async list(tenantId: string, page: PageQuery): Promise<Page<ApiKeyModel>> {
    return mapPage(await this.keys.list(tenantId, page), toModel);
  }

  async get(tenantId: string, id: string): Promise<ApiKeyModel> {
    return toModel(await this.keys.getById(tenantId, id));
  }

  /**
   * Revokes a key: every request with it is a 401 from now on, on every instance (the
   * announcement reaches their credential caches at commit). Revoking twice is a no-op; with
   * If-Match, a key at another version (revoked meanwhile) is a 412.
   */
  @Transactional()
  async revoke(tenantId: string, id: string, expectedVersion?: ExpectedVersion): Promise<void> {
    let key = await this.keys.getById(tenantId, id);
    for (;;) {
      if (!versionMatches(expectedVersion, key.version))
        throw AppError.preconditionFailed(key.version);
      if (key.revokedAt) return;
      if (await this.keys.revoke(tenantId, id, key.version)) {
        await this.revocations.announce(id);
        return;
      }
      key = await this.keys.getById(tenantId, id); // revoked in between: check again
    }
  }

  /** Resolves a presented key to a principal, or null when unknown, revoked or expired. */
  async authenticate(token: string): Promise<Principal | null> {
    const tenantId = tenantOfApiKey(token);
    if (!tenantId) return null;
    const key = await this.keys.findByHash(tenantId, hashApiKey(token));
    if (!key || key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= Date.now()))
      return null;
    // lastUsedAt is kept to the minute: most requests skip the write entirely.
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
      void this.keys.touch(tenantId, key.id).catch(() => undefined);
    }
    return {
      kind: 'api_key',
      id: key.id,
      tenantId,
      scopes: new Set(key.scopes),
      expiresAt: key.expiresAt,
    };
  }
}

function toModel(row: ApiKeyEntity): ApiKeyModel {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    version: row.version,
    createdAt: row.createdAt,
  };
}
