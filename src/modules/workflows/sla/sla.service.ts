import { Injectable, Logger } from '@nestjs/common';
import { Actor } from '../../../common/auth/principal';
import { AppError, FieldError } from '../../../common/errors/app-error';
import { mapPage, Page } from '../../../common/pagination/paginate';
import { PageQuery } from '../../../common/pagination/page.args';
import type { TicketModel } from '../../tickets/dto/ticket.model';
import type { TicketChange } from '../../tickets/ticket-hooks';
import { TicketsService } from '../../tickets/tickets.service';
import { Condition, matchesAll, validateConditions } from '../conditions';
import { ConditionInput } from '../dto/condition.input';
import {
  BusinessHoursInput,
  CreateSlaPolicyInput,
  SlaPolicyModel,
  TargetsInput,
  UpdateSlaPolicyInput,
} from '../dto/sla-policy.input';
import {
  BusinessHours,
  canonicalZone,
  isTimeZone,
  normalizeRanges,
  WEEKDAYS,
} from './business-hours';
import {
  clockAffected,
  ClockPolicy,
  dueBreaches,
  nextSlaState,
  SlaState,
  TargetMinutes,
} from './sla-clock';
import { SlaPolicyEntity } from './sla-policy.entity';
import { SlaPoliciesRepository } from './sla.repository';
import type { ExpectedVersion } from '../../../common/http/if-match';

const SYSTEM: Actor = { type: 'system', id: null };
const RESOLVED = new Set(['solved', 'closed']);
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/**
 * SLA policies and the clock on every ticket: the first enabled policy (by position) whose
 * conditions match sets the ticket's targets; due times follow priority, policy and pauses;
 * a periodic check records each breach once.
 */
@Injectable()
export class SlaService {
  private readonly logger = new Logger(SlaService.name);

  constructor(
    private readonly policies: SlaPoliciesRepository,
    private readonly tickets: TicketsService,
  ) {}

  async create(tenantId: string, input: CreateSlaPolicyInput): Promise<SlaPolicyModel> {
    return policyModel(
      await this.policies.insert(tenantId, {
        name: input.name,
        conditions: checkConditions(input.conditions ?? []),
        targets: checkTargets(input.targets),
        businessHours: checkHours(input.businessHours ?? null),
        enabled: input.enabled ?? true,
        position: input.position ?? 0,
      }),
    );
  }

  async list(tenantId: string, page: PageQuery): Promise<Page<SlaPolicyModel>> {
    return mapPage(await this.policies.list(tenantId, page), policyModel);
  }

  async get(tenantId: string, id: string): Promise<SlaPolicyModel> {
    return policyModel(await this.policies.getById(tenantId, id));
  }

  /** Tickets get the new targets at their next change (priority, status, reply…). */
  async update(
    tenantId: string,
    id: string,
    input: UpdateSlaPolicyInput,
    expectedVersion?: ExpectedVersion,
  ): Promise<SlaPolicyModel> {
    await this.policies.getById(tenantId, id);
    const patch: Partial<SlaPolicyEntity> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.conditions !== undefined) patch.conditions = checkConditions(input.conditions);
    if (input.targets !== undefined) patch.targets = checkTargets(input.targets);
    if (input.businessHours !== undefined) patch.businessHours = checkHours(input.businessHours);
    if (input.enabled !== undefined) patch.enabled = input.enabled;
    if (input.position !== undefined) patch.position = input.position;
    return policyModel(await this.policies.update(tenantId, id, patch as never, expectedVersion));
  }

  async delete(tenantId: string, id: string, expectedVersion?: ExpectedVersion): Promise<void> {
    if (!(await this.policies.deleteById(tenantId, id, expectedVersion)))
      throw AppError.notFound('SLA policy', id);
  }

  /** The ticket hook: picks the policy and moves the clock when the change can move it. */
  async applyTo(change: TicketChange): Promise<void> {
    const ticket = change.after;
    const policies = await this.policies.enabled(change.tenantId);
    // The first policy (by position) that matches and has targets for the ticket's priority.
    const policy =
      policies.find(
        (p) => matchesAll(p.conditions, subjectOf(ticket)) && p.targets[ticket.priority],
      ) ?? null;
    const state = stateOf(ticket, change);
    const breachedNow = ticket.sla.breached.filter(
      (t) => !(change.before?.sla.breached ?? []).includes(t),
    );
    if (!clockAffected(state, change.before, ticket, policy?.id ?? null) && !breachedNow.length)
      return;
    const previous =
      state.policyId === policy?.id
        ? policy
        : state.policyId
          ? ((await this.policies.byIds(change.tenantId, [state.policyId]))[0] ?? null)
          : null;
    const now = new Date();
    const next = clockAffected(state, change.before, ticket, policy?.id ?? null)
      ? nextSlaState(state, change.before, ticket, clockPolicy(previous), clockPolicy(policy), now)
      : nextSlaState(state, ticket, ticket, clockPolicy(policy), clockPolicy(policy), now);
    // On creation the due times are part of the new ticket (its `ticket.created` event), not a
    // change to audit; later moves are audited as the system's.
    const by = change.before ? SYSTEM : undefined;
    change.set('slaPolicyId', next.policyId, by);
    // Re-reading the clock can move a due time by a rounding second: keep it then.
    const settle = (previous: Date | null, value: Date | null) =>
      previous && value && Math.abs(previous.getTime() - value.getTime()) < 2000 ? previous : value;
    change.set(
      'firstResponseDueAt',
      settle(ticket.sla.firstResponseDueAt, next.firstResponseDueAt),
      by,
    );
    change.set('resolutionDueAt', settle(ticket.sla.resolutionDueAt, next.resolutionDueAt), by);
    // Readings for reports: how long the first reply and the resolution took on this clock.
    const replied = !!change.before && !change.before.firstResponseAt && !!ticket.firstResponseAt;
    const resolved = RESOLVED.has(ticket.status) && !RESOLVED.has(change.before?.status ?? 'new');
    change.setClock({
      consumedSeconds: next.consumedSeconds,
      clockAt: next.clockAt,
      nextDueAt: next.nextDueAt,
      businessHours: !!policy?.businessHours,
      ...(replied ? { firstResponseSeconds: next.consumedSeconds } : {}),
      ...(resolved ? { resolutionSeconds: next.consumedSeconds } : {}),
    });
    for (const target of breachedNow) {
      change.emit({
        type: 'ticket.sla_breached',
        resourceType: 'ticket',
        resourceId: ticket.id,
        data: {
          ticket: change.after,
          target,
          dueAt: target === 'firstResponse' ? state.firstResponseDueAt : state.resolutionDueAt,
        },
        actor: SYSTEM,
      });
    }
  }

  /**
   * The periodic check (one instance at a time): records every target whose due time passed,
   * once, through the ticket pipeline (audited, `ticket.sla_breached`, rules can react).
   */
  async recordDueBreaches(limit = 200): Promise<number> {
    const due = await this.policies.dueTickets(limit);
    let recorded = 0;
    for (const { tenant_id: tenantId, id } of due) {
      try {
        await this.tickets.applyChange(
          tenantId,
          id,
          {
            triggers: ['ticket.sla_breached'],
            fields: (current: TicketModel) => {
              const state = stateOfModel(current);
              const targets = dueBreaches(state, current, new Date());
              recorded += targets.length;
              return targets.length ? { slaBreached: [...current.sla.breached, ...targets] } : {};
            },
          },
          SYSTEM,
        );
      } catch (err) {
        this.logger.error({ err, tenantId, ticketId: id }, 'could not record an SLA breach');
      }
    }
    return recorded;
  }
}

const subjectOf = (ticket: TicketModel) => ({ before: null, after: ticket, customerTags: [] });

function stateOfModel(t: TicketModel): SlaState {
  return {
    policyId: t.sla.policyId,
    firstResponseDueAt: t.sla.firstResponseDueAt,
    resolutionDueAt: t.sla.resolutionDueAt,
    breached: t.sla.breached,
    consumedSeconds: 0,
    clockAt: null,
    nextDueAt: null,
  };
}

/** The SLA state before this change's SLA step (due times as they were, clock as written). */
function stateOf(ticket: TicketModel, change: TicketChange): SlaState {
  const before = change.before?.sla;
  return {
    policyId: before?.policyId ?? null,
    firstResponseDueAt: before?.firstResponseDueAt ?? null,
    resolutionDueAt: before?.resolutionDueAt ?? null,
    breached: ticket.sla.breached,
    consumedSeconds: change.clock.consumedSeconds,
    clockAt: change.clock.clockAt ?? (change.before ? null : ticket.createdAt),
    nextDueAt: change.clock.nextDueAt,
  };
}

function clockPolicy(p: SlaPolicyEntity | null): ClockPolicy | null {
  return p ? { id: p.id, targets: p.targets, businessHours: p.businessHours } : null;
}

function checkConditions(input: readonly ConditionInput[]): Condition[] {
  const conditions = input.map((c) => ({ field: c.field, op: c.op, value: c.value }) as Condition);
  const errors = validateConditions(conditions, 'conditions', { allowChangeOps: false });
  if (errors.length) throw AppError.validation(errors);
  return conditions;
}

function checkTargets(input: TargetsInput): Partial<Record<string, TargetMinutes>> {
  const targets: Partial<Record<string, TargetMinutes>> = {};
  for (const p of PRIORITIES) {
    const t = input[p];
    if (!t) continue;
    targets[p] = {
      firstResponseMinutes: t.firstResponseMinutes ?? null,
      resolutionMinutes: t.resolutionMinutes ?? null,
    };
  }
  if (Object.keys(targets).length === 0) {
    throw AppError.validation([
      {
        field: 'targets',
        message: 'give targets for at least one priority (low, normal, high, urgent)',
      },
    ]);
  }
  return targets;
}

function checkHours(input: BusinessHoursInput | null): BusinessHours | null {
  if (!input) return null;
  const errors: FieldError[] = [];
  if (!isTimeZone(input.timezone))
    errors.push({
      field: 'businessHours.timezone',
      message: 'must be an IANA time zone like Europe/Rome',
    });
  const days: BusinessHours['days'] = {};
  for (const [day, value] of Object.entries(input.days)) {
    if (!WEEKDAYS.includes(day as never)) {
      errors.push({
        field: `businessHours.days.${day}`,
        message: `days are ${WEEKDAYS.join(', ')}`,
      });
      continue;
    }
    const ranges = normalizeRanges(value);
    if (!ranges) {
      errors.push({
        field: `businessHours.days.${day}`,
        message: 'must be ["HH:MM","HH:MM"] or a list of such ranges, opening before closing',
      });
      continue;
    }
    days[day as keyof BusinessHours['days']] = ranges;
  }
  if (!errors.length && Object.values(days).every((r) => !r?.length))
    errors.push({ field: 'businessHours.days', message: 'open at least one day' });
  if (errors.length) throw AppError.validation(errors);
  return { timezone: canonicalZone(input.timezone), days, holidays: input.holidays ?? [] };
}

export function policyModel(p: SlaPolicyEntity): SlaPolicyModel {
  return {
    id: p.id,
    name: p.name,
    conditions: p.conditions,
    targets: p.targets as TargetsInput,
    businessHours: p.businessHours,
    enabled: p.enabled,
    position: p.position,
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
