import { BusinessHours } from './business-hours';
import { ClockPolicy, dueBreaches, nextSlaState, SlaState } from './sla-clock';

const START: SlaState = {
  policyId: null,
  firstResponseDueAt: null,
  resolutionDueAt: null,
  breached: [],
  consumedSeconds: 0,
  clockAt: null,
  nextDueAt: null,
};
const policy: ClockPolicy = {
  id: 'p1',
  targets: {
    normal: { firstResponseMinutes: 60, resolutionMinutes: 480 },
    urgent: { firstResponseMinutes: 15, resolutionMinutes: 120 },
  },
  businessHours: null,
};
const t = (status: string, priority = 'normal', firstResponseAt: Date | null = null) => ({
  status,
  priority,
  firstResponseAt,
});
const at = (s: string) => new Date(`2026-03-02T${s}:00.000Z`);

describe('SLA clock', () => {
  it('sets both due times at creation', () => {
    const s = nextSlaState(START, null, t('new'), null, policy, at('10:00'));
    expect(s.policyId).toBe('p1');
    expect(s.firstResponseDueAt).toEqual(at('11:00'));
    expect(s.resolutionDueAt).toEqual(at('18:00'));
    expect(s.nextDueAt).toEqual(at('11:00'));
  });

  it('pauses while pending and resumes with the time that was left', () => {
    const created = nextSlaState(START, null, t('new'), null, policy, at('10:00'));
    // 20 min later the agent asks the customer something: the clock pauses.
    const paused = nextSlaState(created, t('new'), t('pending'), policy, policy, at('10:20'));
    expect(paused.consumedSeconds).toBe(1200);
    expect(paused.resolutionDueAt).toBeNull();
    expect(paused.nextDueAt).toBeNull();
    // The customer answers two hours later: 40 min of first-response time are left.
    const resumed = nextSlaState(paused, t('pending'), t('open'), policy, policy, at('12:20'));
    expect(resumed.consumedSeconds).toBe(1200);
    expect(resumed.firstResponseDueAt).toEqual(at('13:00'));
    expect(resumed.resolutionDueAt).toEqual(at('20:00'));
  });

  it('moves due times by what is left when the priority changes', () => {
    const created = nextSlaState(START, null, t('new'), null, policy, at('10:00'));
    const urgent = nextSlaState(created, t('new'), t('new', 'urgent'), policy, policy, at('10:05'));
    expect(urgent.firstResponseDueAt).toEqual(at('10:15'));
    expect(urgent.resolutionDueAt).toEqual(at('12:00'));
    // Already past the new target: due now (a breach the next check records).
    const late = nextSlaState(created, t('new'), t('new', 'urgent'), policy, policy, at('10:30'));
    expect(late.firstResponseDueAt).toEqual(at('10:30'));
  });

  it('stops first response at the first reply and resolution at solve, keeping due times', () => {
    const created = nextSlaState(START, null, t('new'), null, policy, at('10:00'));
    const replied = nextSlaState(
      created,
      t('new'),
      t('open', 'normal', at('10:30')),
      policy,
      policy,
      at('10:30'),
    );
    expect(replied.firstResponseDueAt).toEqual(at('11:00'));
    expect(replied.nextDueAt).toEqual(at('18:00'));
    const solved = nextSlaState(
      replied,
      t('open', 'normal', at('10:30')),
      t('solved', 'normal', at('10:30')),
      policy,
      policy,
      at('11:00'),
    );
    expect(solved.resolutionDueAt).toEqual(at('18:00'));
    expect(solved.nextDueAt).toBeNull();
  });

  it('counts business hours only', () => {
    const hours: BusinessHours = {
      timezone: 'UTC',
      days: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
      holidays: [],
    };
    const office = { ...policy, businessHours: hours };
    const s = nextSlaState(START, null, t('new'), null, office, at('16:30'));
    expect(s.firstResponseDueAt).toEqual(new Date('2026-03-03T09:30:00.000Z'));
  });

  it('reports a breach once its due time passed, not twice', () => {
    const created = nextSlaState(START, null, t('new'), null, policy, at('10:00'));
    expect(dueBreaches(created, t('new'), at('10:59'))).toEqual([]);
    expect(dueBreaches(created, t('new'), at('11:00'))).toEqual(['firstResponse']);
    const recorded = { ...created, breached: ['firstResponse'] };
    expect(dueBreaches(recorded, t('new'), at('11:30'))).toEqual([]);
    expect(dueBreaches(recorded, t('pending'), at('19:00'))).toEqual([]);
    expect(dueBreaches(recorded, t('open'), at('19:00'))).toEqual(['resolution']);
  });
});
