import type { TicketModel } from '../tickets/dto/ticket.model';
import {
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
} from '../tickets/ticket.entity';
import type { FieldError } from '../../common/errors/app-error';

export const CONDITION_FIELDS = [
  'status',
  'priority',
  'type',
  'channel',
  'category',
  'tags',
  'groupId',
  'assigneeId',
  'customer.tags',
  'negativeFeedback',
] as const;
export type ConditionField = (typeof CONDITION_FIELDS)[number];

export const CONDITION_OPS = [
  'eq',
  'neq',
  'in',
  'not_in',
  'contains',
  'changed',
  'changed_to',
  'changed_from',
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** Ops that compare the ticket before and after a change: rules only, not SLA policies. */
export const CHANGE_OPS: readonly ConditionOp[] = ['changed', 'changed_to', 'changed_from'];

export interface Condition {
  field: ConditionField;
  op: ConditionOp;
  value?: unknown;
}

/** What conditions look at: the ticket before and after, and the customer's tags. */
export interface ConditionSubject {
  before: TicketModel | null;
  after: TicketModel;
  customerTags: readonly string[];
}

const ENUMS: Partial<Record<ConditionField, readonly string[]>> = {
  status: TICKET_STATUSES,
  priority: TICKET_PRIORITIES,
  type: TICKET_TYPES,
  channel: TICKET_CHANNELS,
};

function read(field: ConditionField, ticket: TicketModel | null, customerTags: readonly string[]) {
  if (!ticket) return undefined;
  if (field === 'customer.tags') return customerTags;
  return ticket[field];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** `contains` / `eq` on a list field (tags) asks whether the list holds the value. */
function holds(actual: unknown, value: unknown): boolean {
  if (Array.isArray(actual)) return actual.includes(value as string);
  if (typeof actual === 'string' && typeof value === 'string')
    return actual.toLowerCase().includes(value.toLowerCase());
  return false;
}

function equals(actual: unknown, value: unknown): boolean {
  return Array.isArray(actual) && !Array.isArray(value)
    ? holds(actual, value)
    : same(actual, value);
}

export function matches(c: Condition, s: ConditionSubject): boolean {
  const now = read(c.field, s.after, s.customerTags);
  // Customer tags are not part of a ticket change: they never "change" within one.
  const then = c.field === 'customer.tags' ? now : read(c.field, s.before, s.customerTags);
  const changed = s.before === null ? now !== undefined && now !== null : !same(then, now);
  switch (c.op) {
    case 'eq':
      return equals(now, c.value);
    case 'neq':
      return !equals(now, c.value);
    case 'in':
      return (c.value as unknown[]).some((v) => equals(now, v));
    case 'not_in':
      return !(c.value as unknown[]).some((v) => equals(now, v));
    case 'contains':
      return holds(now, c.value);
    case 'changed':
      return changed;
    case 'changed_to':
      return changed && equals(now, c.value) && !(s.before && equals(then, c.value));
    case 'changed_from':
      return changed && s.before !== null && equals(then, c.value) && !equals(now, c.value);
  }
}

export const matchesAll = (conditions: readonly Condition[], s: ConditionSubject) =>
  conditions.every((c) => matches(c, s));

/**
 * Checks a list of conditions: fields, ops and the type of each value. `path` names the part
 * in errors (`conditions[2].value`).
 */
export function validateConditions(
  conditions: readonly Condition[],
  path: string,
  opts: { allowChangeOps: boolean },
): FieldError[] {
  const errors: FieldError[] = [];
  conditions.forEach((c, i) => {
    const at = `${path}[${i}]`;
    if (!CONDITION_FIELDS.includes(c.field)) {
      errors.push({
        field: `${at}.field`,
        message: `must be one of: ${CONDITION_FIELDS.join(', ')}`,
      });
      return;
    }
    if (!CONDITION_OPS.includes(c.op)) {
      errors.push({ field: `${at}.op`, message: `must be one of: ${CONDITION_OPS.join(', ')}` });
      return;
    }
    if (!opts.allowChangeOps && CHANGE_OPS.includes(c.op)) {
      errors.push({
        field: `${at}.op`,
        message: `${c.op} compares a change; use eq, neq, in, not_in or contains`,
      });
      return;
    }
    if (c.op === 'changed') return;
    const list = c.op === 'in' || c.op === 'not_in';
    if (list && (!Array.isArray(c.value) || c.value.length === 0 || c.value.length > 50)) {
      errors.push({ field: `${at}.value`, message: `${c.op} needs a list of 1..50 values` });
      return;
    }
    for (const v of list ? (c.value as unknown[]) : [c.value]) {
      const problem = valueProblem(c.field, v);
      if (problem) {
        errors.push({ field: `${at}.value`, message: problem });
        return;
      }
    }
  });
  return errors;
}

function valueProblem(field: ConditionField, v: unknown): string | null {
  const allowed = ENUMS[field];
  if (allowed)
    return allowed.includes(v as string) ? null : `must be one of: ${allowed.join(', ')}`;
  if (field === 'negativeFeedback') return typeof v === 'boolean' ? null : 'must be true or false';
  if (field === 'groupId' || field === 'assigneeId')
    return v === null || (typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v))
      ? null
      : 'must be a UUID or null';
  return typeof v === 'string' && v.length > 0 && v.length <= 200
    ? null
    : 'must be a non-empty string of at most 200 characters';
}
