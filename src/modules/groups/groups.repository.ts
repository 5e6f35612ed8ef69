import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { VersionedRepository } from '../../database/tenant.repository';
import { Page, paginateById } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { GroupEntity } from './group.entity';

@Injectable()
export class GroupsRepository extends VersionedRepository<GroupEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, GroupEntity, 'Group', 'g');
  }

  /** One page of the tenant's groups, oldest first. */
  list(tenantId: string, page: PageQuery): Promise<Page<GroupEntity>> {
    return paginateById(this.scoped(tenantId), page);
  }

  /** agentId → its group ids, for the given agents (one query). */
  async groupIdsByAgent(
    tenantId: string,
    agentIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(agentIds.map((id) => [id, []]));
    if (agentIds.length === 0) return out;
    const rows: { agent_id: string; group_id: string }[] = await this.sql(
      tenantId,
      `SELECT agent_id, group_id FROM group_members WHERE tenant_id = $1 AND agent_id = ANY($2::uuid[]) ORDER BY group_id`,
      [agentIds],
    );
    for (const r of rows) out.get(r.agent_id)?.push(r.group_id);
    return out;
  }

  /** groupId → its agent ids (one query). */
  async agentIdsByGroup(
    tenantId: string,
    groupIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(groupIds.map((id) => [id, []]));
    if (groupIds.length === 0) return out;
    const rows: { agent_id: string; group_id: string }[] = await this.sql(
      tenantId,
      `SELECT m.agent_id, m.group_id FROM group_members m
         JOIN agents a ON a.tenant_id = m.tenant_id AND a.id = m.agent_id AND a.deleted_at IS NULL
        WHERE m.tenant_id = $1 AND m.group_id = ANY($2::uuid[]) ORDER BY m.agent_id`,
      [groupIds],
    );
    for (const r of rows) out.get(r.group_id)?.push(r.agent_id);
    return out;
  }

  /** Replaces an agent's memberships. Callers check the groups exist first. */
  async setAgentGroups(
    tenantId: string,
    agentId: string,
    groupIds: readonly string[],
  ): Promise<void> {
    await this.sql(
      tenantId,
      `DELETE FROM group_members WHERE tenant_id = $1 AND agent_id = $2 AND NOT (group_id = ANY($3::uuid[]))`,
      [agentId, groupIds],
    );
    if (groupIds.length > 0) {
      await this.sql(
        tenantId,
        `INSERT INTO group_members (tenant_id, group_id, agent_id)
         SELECT $1, g, $2 FROM unnest($3::uuid[]) AS g ON CONFLICT DO NOTHING`,
        [agentId, groupIds],
      );
    }
  }
}
