import { addBusinessSeconds, BusinessHours, businessSecondsBetween } from './business-hours';

const NINE_TO_SIX: BusinessHours = {
  timezone: 'Europe/Rome',
  days: {
    mon: [['09:00', '18:00']],
    tue: [['09:00', '18:00']],
    wed: [['09:00', '18:00']],
    thu: [['09:00', '18:00']],
    fri: [['09:00', '18:00']],
  },
  holidays: [],
};
const iso = (d: Date) => d.toISOString();
const H = 3600;

describe('business hours', () => {
  it('counts wall-clock time without business hours', () => {
    const from = new Date('2026-03-02T10:00:00Z');
    expect(iso(addBusinessSeconds(null, from, 90 * 60))).toBe('2026-03-02T11:30:00.000Z');
    expect(businessSecondsBetween(null, from, new Date('2026-03-02T11:30:00Z'))).toBe(5400);
  });

  it('stays within one day when the target fits', () => {
    // Monday 2026-03-02 10:00 in Rome (UTC+1) = 09:00Z.
    const from = new Date('2026-03-02T09:00:00Z');
    expect(iso(addBusinessSeconds(NINE_TO_SIX, from, 2 * H))).toBe('2026-03-02T11:00:00.000Z');
  });

  it('continues the next morning across the night', () => {
    // Monday 17:00 Rome + 4 business hours = 1 h Monday + 3 h Tuesday → Tuesday 12:00 Rome.
    const from = new Date('2026-03-02T16:00:00Z');
    expect(iso(addBusinessSeconds(NINE_TO_SIX, from, 4 * H))).toBe('2026-03-03T11:00:00.000Z');
  });

  it('skips the weekend', () => {
    // Friday 2026-03-06 17:00 Rome + 2 h → Monday 10:00 Rome.
    const from = new Date('2026-03-06T16:00:00Z');
    expect(iso(addBusinessSeconds(NINE_TO_SIX, from, 2 * H))).toBe('2026-03-09T09:00:00.000Z');
    expect(businessSecondsBetween(NINE_TO_SIX, from, new Date('2026-03-09T09:00:00Z'))).toBe(2 * H);
  });

  it('starts at opening time when the clock starts at night', () => {
    // Saturday night → Monday 09:00 + 30 min.
    const from = new Date('2026-03-07T22:00:00Z');
    expect(iso(addBusinessSeconds(NINE_TO_SIX, from, 1800))).toBe('2026-03-09T08:30:00.000Z');
  });

  it('skips a holiday', () => {
    const hours = { ...NINE_TO_SIX, holidays: ['2026-03-03'] };
    // Monday 17:00 + 4 h: 1 h Monday, Tuesday is a holiday, 3 h Wednesday → Wed 12:00 Rome.
    expect(iso(addBusinessSeconds(hours, new Date('2026-03-02T16:00:00Z'), 4 * H))).toBe(
      '2026-03-04T11:00:00.000Z',
    );
  });

  it('follows the zone across a DST change (Rome springs forward on 2026-03-29)', () => {
    // Friday 2026-03-27 17:00 Rome (UTC+1) = 16:00Z; + 2 h → Monday 2026-03-30 10:00 Rome (UTC+2) = 08:00Z.
    expect(iso(addBusinessSeconds(NINE_TO_SIX, new Date('2026-03-27T16:00:00Z'), 2 * H))).toBe(
      '2026-03-30T08:00:00.000Z',
    );
    // A 24/7 calendar loses the skipped hour: 01:00 → 04:00 local on the change night is 2 h.
    const always: BusinessHours = {
      timezone: 'Europe/Rome',
      days: { sun: [['00:00', '24:00']] },
      holidays: [],
    };
    expect(
      businessSecondsBetween(
        always,
        new Date('2026-03-29T00:00:00Z'), // 01:00 CET
        new Date('2026-03-29T02:00:00Z'), // 04:00 CEST
      ),
    ).toBe(2 * H);
  });

  it('handles several ranges a day (lunch break)', () => {
    const split: BusinessHours = {
      timezone: 'UTC',
      days: {
        mon: [
          ['09:00', '12:00'],
          ['13:00', '17:00'],
        ],
      },
      holidays: [],
    };
    const from = new Date('2026-03-02T11:00:00Z');
    expect(iso(addBusinessSeconds(split, from, 2 * H))).toBe('2026-03-02T14:00:00.000Z');
    expect(businessSecondsBetween(split, from, new Date('2026-03-02T14:00:00Z'))).toBe(2 * H);
  });

  it('uses the time zone of the calendar, not UTC (Asia/Bangkok, UTC+7)', () => {
    const bangkok = { ...NINE_TO_SIX, timezone: 'Asia/Bangkok' };
    // Monday 2026-03-02 01:00Z = 08:00 Bangkok: opens at 09:00 local (02:00Z).
    expect(iso(addBusinessSeconds(bangkok, new Date('2026-03-02T01:00:00Z'), H))).toBe(
      '2026-03-02T03:00:00.000Z',
    );
  });
});
