import type { FieldError } from '../../../common/errors/app-error';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '../../tickets/ticket.entity';

export const ACTION_TYPES = [
  'set_priority',
  'set_status',
  'assign_agent',
  'assign_group',
  'add_tags',
  'remove_tags',
  'attach_checklist',
  'add_internal_note',
  'request_survey',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** An action as stored and returned: its type and the one parameter it takes. */
export type RuleAction =
  | { type: 'set_priority'; priority: string }
  | { type: 'set_status'; status: string }
  | { type: 'assign_agent'; agentId: string | null }
  | { type: 'assign_group'; groupId: string | null }
  | { type: 'add_tags'; tags: string[] }
  | { type: 'remove_tags'; tags: string[] }
  | { type: 'attach_checklist'; templateId: string }
  | { type: 'add_internal_note'; body: string }
  | { type: 'request_survey'; kind: string };

/** The parameter each action type takes (also accepted under the generic name `value`). */
export const ACTION_PARAMETER: Record<ActionType, string> = {
  set_priority: 'priority',
  set_status: 'status',
  assign_agent: 'agentId',
  assign_group: 'groupId',
  add_tags: 'tags',
  remove_tags: 'tags',
  attach_checklist: 'templateId',
  add_internal_note: 'body',
  request_survey: 'kind',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isTagList = (v: unknown): v is string[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.length <= 50 &&
  v.every((t) => typeof t === 'string' && t.trim().length > 0 && t.length <= 50);

function parameterProblem(type: ActionType, v: unknown): string | null {
  switch (type) {
    case 'set_priority':
      return TICKET_PRIORITIES.includes(v as never)
        ? null
        : `must be one of: ${TICKET_PRIORITIES.join(', ')}`;
    case 'set_status':
      return TICKET_STATUSES.includes(v as never)
        ? null
        : `must be one of: ${TICKET_STATUSES.join(', ')}`;
    case 'assign_agent':
    case 'assign_group':
      return v === null || (typeof v === 'string' && UUID.test(v))
        ? null
        : 'must be a UUID or null';
    case 'attach_checklist':
      return typeof v === 'string' && UUID.test(v) ? null : 'must be a UUID';
    case 'add_tags':
    case 'remove_tags':
      return isTagList(v) ? null : 'must be a list of 1..50 tags of at most 50 characters';
    case 'add_internal_note':
      return typeof v === 'string' && v.trim().length > 0 && v.length <= 65_536
        ? null
        : 'must be a non-empty text of at most 65536 characters';
    case 'request_survey':
      return v === 'csat' || v === 'nps' ? null : 'must be csat or nps';
  }
}

/**
 * Turns actions as sent (`{type, <parameter>}` or `{type, value}`) into their stored form, or
 * the errors naming each broken part (`actions[1].priority`).
 */
export function normalizeActions(
  input: readonly Record<string, unknown>[],
  path: string,
): { actions: RuleAction[]; errors: FieldError[] } {
  const actions: RuleAction[] = [];
  const errors: FieldError[] = [];
  input.forEach((raw, i) => {
    const at = `${path}[${i}]`;
    const type = raw.type as ActionType;
    if (!ACTION_TYPES.includes(type)) {
      errors.push({ field: `${at}.type`, message: `must be one of: ${ACTION_TYPES.join(', ')}` });
      return;
    }
    const name = ACTION_PARAMETER[type];
    const given = Object.keys(raw).filter((k) => k !== 'type' && raw[k] !== undefined);
    const stray = given.filter((k) => k !== name && k !== 'value');
    if (stray.length) {
      errors.push({
        field: `${at}.${stray[0]}`,
        message: `${type} takes only \`${name}\` (or \`value\`)`,
      });
      return;
    }
    const value = raw[name] !== undefined ? raw[name] : raw.value;
    const problem =
      value === undefined ? `${type} needs \`${name}\`` : parameterProblem(type, value);
    if (problem) {
      errors.push({ field: `${at}.${name}`, message: problem });
      return;
    }
    const clean = Array.isArray(value) ? [...new Set(value.map((t: string) => t.trim()))] : value;
    actions.push({ type, [name]: clean } as RuleAction);
  });
  return { actions, errors };
}
