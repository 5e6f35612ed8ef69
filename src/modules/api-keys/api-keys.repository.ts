import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantRepository } from '../../database/tenant.repository';
import { Page, paginateById } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { ApiKeyEntity } from './api-key.entity';

/** Authentication's lookup (also run by `bench/baseline.ts`): `$1` tenant, `$2` key hash. */
export const API_KEY_BY_HASH_SQL = `SELECT id, scopes, expires_at, last_used_at, revoked_at FROM api_keys WHERE tenant_id = $1 AND key_hash = $2`;

@Injectable()
export class ApiKeysRepository extends TenantRepository<ApiKeyEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, ApiKeyEntity, 'API key', 'k');
  }

  /** One page of the tenant's keys (revoked ones included), newest first. */
  list(tenantId: string, page: PageQuery): Promise<Page<ApiKeyEntity>> {
    return paginateById(this.scoped(tenantId), page, 'DESC');
  }

  /** Runs on every request: plain SQL, only the columns authentication needs. */
  async findByHash(
    tenantId: string,
    keyHash: Buffer,
  ): Promise<Pick<
    ApiKeyEntity,
    'id' | 'scopes' | 'expiresAt' | 'lastUsedAt' | 'revokedAt'
  > | null> {
    const rows: {
      id: string;
      scopes: string[];
      expires_at: Date | null;
      last_used_at: Date | null;
      revoked_at: Date | null;
    }[] = await this.sql(tenantId, API_KEY_BY_HASH_SQL, [keyHash]);
    const r = rows[0];
    return r
      ? {
          id: r.id,
          scopes: r.scopes,
          expiresAt: r.expires_at,
          lastUsedAt: r.last_used_at,
          revokedAt: r.revoked_at,
        }
      : null;
  }

  /** Revokes the key if it is still at `version` and not revoked; false otherwise. */
  async revoke(tenantId: string, id: string, version: number): Promise<boolean> {
    const rows = await this.sql(
      tenantId,
      `UPDATE api_keys SET revoked_at = now(), version = version + 1
        WHERE tenant_id = $1 AND id = $2 AND version = $3 AND revoked_at IS NULL RETURNING id`,
      [id, version],
    );
    return rows.length > 0;
  }

  /** At most one write a minute per key: `lastUsedAt` is informative, not an audit log. */
  async touch(tenantId: string, id: string): Promise<void> {
    await this.sql(
      tenantId,
      `UPDATE api_keys SET last_used_at = now()
        WHERE tenant_id = $1 AND id = $2
          AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }
}
