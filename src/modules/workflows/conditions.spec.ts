import type { TicketModel } from '../tickets/dto/ticket.model';
import { Condition, matches, validateConditions } from './conditions';

const ticket = (over: Partial<TicketModel> = {}): TicketModel =>
  ({
    id: 'x',
    status: 'open',
    priority: 'normal',
    type: 'complaint',
    channel: 'email',
    category: 'billing',
    tags: ['vip', 'refund'],
    groupId: null,
    assigneeId: null,
    negativeFeedback: false,
    ...over,
  }) as TicketModel;

const subject = (after: TicketModel, before: TicketModel | null = ticket()) => ({
  before,
  after,
  customerTags: ['gold'],
});
const check = (c: Condition, after: TicketModel, before: TicketModel | null = ticket()) =>
  matches(c, subject(after, before));

describe('rule conditions', () => {
  it('eq / neq on scalars and on tags', () => {
    expect(check({ field: 'priority', op: 'eq', value: 'normal' }, ticket())).toBe(true);
    expect(check({ field: 'priority', op: 'neq', value: 'normal' }, ticket())).toBe(false);
    expect(check({ field: 'tags', op: 'eq', value: 'vip' }, ticket())).toBe(true);
    expect(check({ field: 'groupId', op: 'eq', value: null }, ticket())).toBe(true);
  });

  it('in / not_in', () => {
    expect(check({ field: 'status', op: 'in', value: ['new', 'open'] }, ticket())).toBe(true);
    expect(check({ field: 'status', op: 'not_in', value: ['new', 'open'] }, ticket())).toBe(false);
    expect(check({ field: 'tags', op: 'in', value: ['refund', 'x'] }, ticket())).toBe(true);
  });

  it('contains on tags, category and customer tags', () => {
    expect(check({ field: 'tags', op: 'contains', value: 'refund' }, ticket())).toBe(true);
    expect(check({ field: 'tags', op: 'contains', value: 'ref' }, ticket())).toBe(false);
    expect(check({ field: 'category', op: 'contains', value: 'BILL' }, ticket())).toBe(true);
    expect(check({ field: 'customer.tags', op: 'contains', value: 'gold' }, ticket())).toBe(true);
  });

  it('changed compares before and after; every set field changed on creation', () => {
    const c: Condition = { field: 'priority', op: 'changed' };
    expect(check(c, ticket({ priority: 'high' }))).toBe(true);
    expect(check(c, ticket())).toBe(false);
    expect(check(c, ticket(), null)).toBe(true);
    expect(check({ field: 'customer.tags', op: 'changed' }, ticket())).toBe(false);
  });

  it('changed_to against the previous value', () => {
    const c: Condition = { field: 'status', op: 'changed_to', value: 'solved' };
    expect(check(c, ticket({ status: 'solved' }))).toBe(true);
    expect(check(c, ticket({ status: 'solved' }), ticket({ status: 'solved' }))).toBe(false);
    expect(check(c, ticket({ status: 'pending' }))).toBe(false);
    expect(
      check(
        { field: 'priority', op: 'changed_to', value: 'urgent' },
        ticket({ priority: 'urgent' }),
        null,
      ),
    ).toBe(true);
  });

  it('changed_from', () => {
    const c: Condition = { field: 'status', op: 'changed_from', value: 'open' };
    expect(check(c, ticket({ status: 'pending' }))).toBe(true);
    expect(check(c, ticket({ status: 'open' }))).toBe(false);
    expect(check(c, ticket({ status: 'pending' }), ticket({ status: 'new' }))).toBe(false);
    expect(check(c, ticket({ status: 'pending' }), null)).toBe(false);
  });

  it('negativeFeedback', () => {
    expect(
      check(
        { field: 'negativeFeedback', op: 'eq', value: true },
        ticket({ negativeFeedback: true }),
      ),
    ).toBe(true);
    expect(
      check(
        { field: 'negativeFeedback', op: 'changed_to', value: true },
        ticket({ negativeFeedback: true }),
      ),
    ).toBe(true);
  });

  it('validation names the broken part', () => {
    const errors = validateConditions(
      [
        { field: 'status', op: 'eq', value: 'gone' },
        { field: 'nope' as never, op: 'eq', value: 1 },
        { field: 'priority', op: 'frob' as never, value: 'low' },
        { field: 'status', op: 'in', value: [] },
        { field: 'status', op: 'changed_to', value: 'open' },
      ],
      'conditions',
      { allowChangeOps: false },
    );
    expect(errors.map((e) => e.field)).toEqual([
      'conditions[0].value',
      'conditions[1].field',
      'conditions[2].op',
      'conditions[3].value',
      'conditions[4].op',
    ]);
  });
});
