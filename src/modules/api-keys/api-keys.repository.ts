import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { readOne } from '../../database/read';
import { TenantRepository } from '../../database/tenant.repository';
import { ApiKeyEntity } from './api-key.entity';

@Injectable()
export class ApiKeysRepository extends TenantRepository<ApiKeyEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, ApiKeyEntity, 'API key', 'k');
  }

  findByHash(tenantId: string, keyHash: Buffer): Promise<ApiKeyEntity | null> {
    return readOne(this.scoped(tenantId).andWhere('k.keyHash = :keyHash', { keyHash }));
  }

  async revoke(tenantId: string, id: string): Promise<boolean> {
    const res = await this.manager
      .createQueryBuilder()
      .update(ApiKeyEntity)
      .set({ revokedAt: () => 'now()' })
      .where('tenant_id = :tenantId AND id = :id AND revoked_at IS NULL', { tenantId, id })
      .execute();
    return (res.affected ?? 0) > 0;
  }

  /** At most one write a minute per key: `lastUsedAt` is informative, not an audit log. */
  async touch(tenantId: string, id: string): Promise<void> {
    await this.manager.query(
      `UPDATE api_keys SET last_used_at = now()
        WHERE tenant_id = $1 AND id = $2
          AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [tenantId, id],
    );
  }
}
