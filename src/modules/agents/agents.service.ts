import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { CredentialRevocations } from '../../common/auth/credential-revocations';
import { conflictOnDuplicate } from '../../common/errors/conflicts';
import { Page } from '../../common/pagination/paginate';
import { GroupsService } from '../groups/groups.service';
import { AgentEntity } from './agent.entity';
import { AgentsRepository } from './agents.repository';
import { AgentModel } from './dto/agent.model';
import { CreateAgentInput, UpdateAgentInput } from './dto/create-agent.input';
import { ListAgentsQuery } from './dto/list-agents.args';
import { hashPassword, verifyPassword } from './password';
import type { ExpectedVersion } from '../../common/http/if-match';

@Injectable()
export class AgentsService {
  constructor(
    private readonly agents: AgentsRepository,
    private readonly groups: GroupsService,
    private readonly revocations: CredentialRevocations,
  ) {}

  @Transactional()
  async create(tenantId: string, input: CreateAgentInput): Promise<AgentModel> {
    const groupIds = input.groupIds ?? [];
    await this.groups.assertExist(tenantId, groupIds);
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const row = await conflictOnDuplicate(
      this.agents.insert(tenantId, {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash,
      }),
      emailTaken(input.email),
    );
    await this.groups.setAgentGroups(tenantId, row.id, groupIds);
    return toModel(row, groupIds);
  }

  async list(tenantId: string, query: ListAgentsQuery): Promise<Page<AgentModel>> {
    const page = await this.agents.list(tenantId, query, query);
    return { data: await this.withGroups(tenantId, page.data), nextCursor: page.nextCursor };
  }

  async get(tenantId: string, id: string): Promise<AgentModel> {
    const row = await this.agents.getById(tenantId, id);
    return (await this.withGroups(tenantId, [row]))[0];
  }

  /** For DataLoaders: the live agents among `ids`, in no particular order. */
  async getMany(tenantId: string, ids: readonly string[]): Promise<AgentModel[]> {
    const rows = await this.agents.findByIds(tenantId, ids);
    return this.withGroups(tenantId, rows);
  }

  @Transactional()
  async update(
    tenantId: string,
    id: string,
    input: UpdateAgentInput,
    expectedVersion?: ExpectedVersion,
  ): Promise<AgentModel> {
    const { groupIds, password, ...fields } = input;
    await this.agents.getById(tenantId, id);
    if (groupIds) await this.groups.assertExist(tenantId, groupIds);
    const patch: Partial<AgentEntity> = { ...fields };
    if (password !== undefined) patch.passwordHash = await hashPassword(password);
    const row = await conflictOnDuplicate(
      this.agents.update(tenantId, id, patch, expectedVersion),
      emailTaken(input.email ?? ''),
    );
    if (groupIds) await this.groups.setAgentGroups(tenantId, id, groupIds);
    // Role, activation or password: the agent's tokens are verified again on every instance.
    await this.revocations.announce(id);
    return (await this.withGroups(tenantId, [row]))[0];
  }

  /** Soft delete: the agent disappears from the API and cannot sign in; history keeps its id. */
  @Transactional()
  async delete(tenantId: string, id: string, expectedVersion?: ExpectedVersion): Promise<void> {
    await this.agents.getById(tenantId, id);
    await this.agents.update(
      tenantId,
      id,
      { deletedAt: () => 'now()', active: false },
      expectedVersion,
    );
    await this.groups.setAgentGroups(tenantId, id, []);
    await this.revocations.announce(id);
  }

  /** Email + password check for sign-in; null when either is wrong or the agent is inactive. */
  async verifyCredentials(
    tenantId: string,
    email: string,
    password: string,
  ): Promise<AgentEntity | null> {
    const agent = await this.agents.findByEmail(tenantId, email);
    const ok = await verifyPassword(agent?.passwordHash ?? null, password);
    return ok && agent?.active ? agent : null;
  }

  /** The agent behind a token, if it may still act: exists, not deleted, active. */
  async findActive(tenantId: string, id: string): Promise<AgentEntity | null> {
    const agent = await this.agents.findById(tenantId, id);
    return agent?.active ? agent : null;
  }

  private async withGroups(tenantId: string, rows: AgentEntity[]): Promise<AgentModel[]> {
    const groups = await this.groups.groupIdsByAgent(
      tenantId,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toModel(r, groups.get(r.id) ?? []));
  }
}

const emailTaken = (email: string) => `An agent with email ${email} already exists.`;

function toModel(a: AgentEntity, groupIds: string[]): AgentModel {
  return {
    id: a.id,
    name: a.name,
    email: a.email,
    role: a.role,
    active: a.active,
    groupIds,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}
