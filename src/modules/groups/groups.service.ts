import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AppError } from '../../common/errors/app-error';
import { conflictOnDuplicate } from '../../common/errors/conflicts';
import { mapPage, Page } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { CreateGroupInput, UpdateGroupInput } from './dto/create-group.input';
import { GroupModel } from './dto/group.model';
import { GroupEntity } from './group.entity';
import { GroupsRepository } from './groups.repository';
import type { ExpectedVersion } from '../../common/http/if-match';

@Injectable()
export class GroupsService {
  constructor(private readonly groups: GroupsRepository) {}

  async create(tenantId: string, input: CreateGroupInput): Promise<GroupModel> {
    return toModel(
      await conflictOnDuplicate(
        this.groups.insert(tenantId, {
          name: input.name,
          description: input.description ?? null,
        }),
        nameTaken(input.name),
      ),
    );
  }

  async list(tenantId: string, page: PageQuery): Promise<Page<GroupModel>> {
    return mapPage(await this.groups.list(tenantId, page), toModel);
  }

  async get(tenantId: string, id: string): Promise<GroupModel> {
    return toModel(await this.groups.getById(tenantId, id));
  }

  async getMany(tenantId: string, ids: readonly string[]): Promise<GroupModel[]> {
    return (await this.groups.findByIds(tenantId, ids)).map(toModel);
  }

  async update(
    tenantId: string,
    id: string,
    input: UpdateGroupInput,
    expectedVersion?: ExpectedVersion,
  ): Promise<GroupModel> {
    return toModel(
      await conflictOnDuplicate(
        this.groups.update(tenantId, id, { ...input }, expectedVersion),
        nameTaken(input.name ?? ''),
      ),
    );
  }

  @Transactional()
  async delete(tenantId: string, id: string, expectedVersion?: ExpectedVersion): Promise<void> {
    if (!(await this.groups.deleteById(tenantId, id, expectedVersion)))
      throw AppError.notFound('Group', id);
  }

  /** Throws 422 naming the ids that are not groups of this tenant. */
  async assertExist(tenantId: string, ids: readonly string[], field = 'groupIds'): Promise<void> {
    const found = new Set((await this.groups.findByIds(tenantId, ids)).map((g) => g.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new AppError('unprocessable', `Unknown group ids: ${missing.join(', ')}.`, [
        {
          field,
          message: `contains ids that are not groups of this tenant: ${missing.join(', ')}`,
        },
      ]);
    }
  }

  setAgentGroups(tenantId: string, agentId: string, groupIds: readonly string[]): Promise<void> {
    return this.groups.setAgentGroups(tenantId, agentId, groupIds);
  }

  groupIdsByAgent(tenantId: string, agentIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.groups.groupIdsByAgent(tenantId, agentIds);
  }

  agentIdsByGroup(tenantId: string, groupIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.groups.agentIdsByGroup(tenantId, groupIds);
  }
}

const nameTaken = (name: string) => `A group named "${name}" already exists.`;

export function toModel(g: GroupEntity): GroupModel {
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    version: g.version,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
  };
}
