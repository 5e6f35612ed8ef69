import { Injectable } from '@nestjs/common';
import { Actor } from '../../../common/auth/principal';
import { AppError } from '../../../common/errors/app-error';
import { mapPage, Page } from '../../../common/pagination/paginate';
import { PageQuery } from '../../../common/pagination/page.args';
import { CustomersService } from '../../customers/customers.service';
import type { TicketModel } from '../../tickets/dto/ticket.model';
import type { TicketChange, TicketTrigger } from '../../tickets/ticket-hooks';
import { Condition, matchesAll, validateConditions } from '../conditions';
import { ConditionInput } from '../dto/condition.input';
import { CreateRuleInput, UpdateRuleInput } from '../dto/rule.input';
import { RuleModel } from '../dto/rule.model';
import { ActionsService } from './actions.service';
import { RulesRepository } from './rules.repository';
import { WorkflowRuleEntity } from './workflow-rule.entity';
import type { ExpectedVersion } from '../../../common/http/if-match';

/** How many rounds of rules may react to each other's changes before the chain is stopped. */
export const MAX_RULE_DEPTH = 5;

const SYSTEM: Actor = { type: 'system', id: null };

/**
 * Workflow rules: when a trigger fires and every condition holds, the actions run, inside the
 * transaction of the change that fired them, in `position` order. Changes made by rules fire
 * `ticket.updated` rules in a next round; a rule never reacts to its own change, and a chain
 * stops after MAX_RULE_DEPTH rounds with the stop recorded in the audit trail.
 */
@Injectable()
export class RulesService {
  constructor(
    private readonly rules: RulesRepository,
    private readonly actions: ActionsService,
    private readonly customers: CustomersService,
  ) {}

  async create(tenantId: string, input: CreateRuleInput): Promise<RuleModel> {
    const conditions = checkConditions(input.conditions ?? []);
    const actions = await this.actions.check(tenantId, input.actions);
    return ruleModel(
      await this.rules.insert(tenantId, {
        name: input.name,
        trigger: input.trigger,
        conditions,
        actions,
        enabled: input.enabled ?? true,
        position: input.position ?? 0,
      }),
    );
  }

  async list(tenantId: string, page: PageQuery): Promise<Page<RuleModel>> {
    return mapPage(await this.rules.list(tenantId, page), ruleModel);
  }

  async get(tenantId: string, id: string): Promise<RuleModel> {
    return ruleModel(await this.rules.getById(tenantId, id));
  }

  async update(
    tenantId: string,
    id: string,
    input: UpdateRuleInput,
    expectedVersion?: ExpectedVersion,
  ): Promise<RuleModel> {
    await this.rules.getById(tenantId, id);
    const patch: Partial<WorkflowRuleEntity> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.trigger !== undefined) patch.trigger = input.trigger;
    if (input.conditions !== undefined) patch.conditions = checkConditions(input.conditions);
    if (input.actions !== undefined)
      patch.actions = await this.actions.check(tenantId, input.actions);
    if (input.enabled !== undefined) patch.enabled = input.enabled;
    if (input.position !== undefined) patch.position = input.position;
    return ruleModel(await this.rules.update(tenantId, id, patch as never, expectedVersion));
  }

  async delete(tenantId: string, id: string, expectedVersion?: ExpectedVersion): Promise<void> {
    if (!(await this.rules.deleteById(tenantId, id, expectedVersion)))
      throw AppError.notFound('Workflow', id);
  }

  /** The ticket hook: runs the tenant's rules on a change, round after round. */
  async runOn(change: TicketChange): Promise<void> {
    const all = await this.rules.enabled(change.tenantId);
    if (all.length === 0) return;
    let customerTags: readonly string[] | null = null;
    const tagsOf = async () =>
      (customerTags ??= all.some((r) => r.conditions.some((c) => c.field === 'customer.tags'))
        ? ((await this.customers.getMany(change.tenantId, [change.after.customerId]))[0]?.tags ??
          [])
        : []);

    let triggers: ReadonlySet<TicketTrigger> = change.triggers;
    let before: TicketModel | null = change.before;
    let authors = new Set<string>();
    for (let round = 0; round < MAX_RULE_DEPTH; round++) {
      const start = change.after;
      const changedBy = new Set<string>();
      for (const rule of all) {
        if (!triggers.has(rule.trigger as TicketTrigger) || authors.has(rule.id)) continue;
        const subject = { before, after: change.after, customerTags: await tagsOf() };
        if (!matchesAll(rule.conditions, subject)) continue;
        const previous = change.after;
        await this.actions.run(change, rule.actions, { type: 'workflow', id: rule.id });
        if (change.after !== previous) changedBy.add(rule.id);
      }
      if (changedBy.size === 0) return;
      // The next round sees only what this round changed, and not the rules that changed it.
      before = start;
      authors = changedBy;
      triggers = new Set<TicketTrigger>(
        start.status !== change.after.status
          ? ['ticket.updated', 'ticket.status_changed']
          : ['ticket.updated'],
      );
    }
    change.audit(
      'workflow',
      null,
      {
        stopped: `rules kept changing the ticket after ${MAX_RULE_DEPTH} rounds`,
        lastRules: [...authors],
      },
      SYSTEM,
    );
  }
}

function checkConditions(input: readonly ConditionInput[]): Condition[] {
  const conditions = input.map((c) => ({ field: c.field, op: c.op, value: c.value }) as Condition);
  const errors = validateConditions(conditions, 'conditions', { allowChangeOps: true });
  if (errors.length) throw AppError.validation(errors);
  return conditions.map((c) => (c.op === 'changed' ? { field: c.field, op: c.op } : c));
}

export { checkConditions };

export function ruleModel(r: WorkflowRuleEntity): RuleModel {
  return {
    id: r.id,
    name: r.name,
    trigger: r.trigger,
    conditions: r.conditions,
    actions: r.actions,
    enabled: r.enabled,
    position: r.position,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
