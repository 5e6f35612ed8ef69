import { isIanaZone, isIsoDate, periodOf, timeBuckets } from './report-period';

describe('report period', () => {
  const now = new Date('2024-03-10T12:00:00Z');

  it('defaults to the 30 days before now', () => {
    expect(periodOf({}, now)).toEqual({
      from: new Date('2024-02-09T12:00:00Z'),
      to: now,
      tz: 'UTC',
    });
  });

  it('reads dates alone as midnight in tz, offsets as given', () => {
    const p = periodOf({ from: '2024-03-01', to: '2024-03-02T00:00:00Z', tz: 'Asia/Ho_Chi_Minh' });
    expect(p.from.toISOString()).toBe('2024-02-29T17:00:00.000Z');
    expect(p.to.toISOString()).toBe('2024-03-02T00:00:00.000Z');
  });

  it('refuses an empty or reversed period and one longer than 366 days, naming the parameter', () => {
    expect(() => periodOf({ from: '2024-03-02', to: '2024-03-02' })).toThrow(
      /to: must be after from/,
    );
    expect(() => periodOf({ from: '2022-01-01', to: '2024-01-01' })).toThrow(/from: .*366 days/);
    expect(() => periodOf({ to: '2024-01-01' }, now)).not.toThrow();
  });

  it('accepts IANA zones only', () => {
    expect(isIanaZone('Europe/Rome')).toBe(true);
    expect(isIanaZone('UTC')).toBe(true);
    expect(isIanaZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isIanaZone('UTC+7')).toBe(false);
    expect(isIanaZone('Mars/Olympus')).toBe(false);
    expect(isIanaZone("Europe/Rome'; --")).toBe(false);
  });

  it('defaults to 30 calendar days in tz, across a clock change', () => {
    // New York left daylight saving time on 2026-11-01: 30 local days are 30 × 24 h + 1 h.
    const p = periodOf({ to: '2026-11-15', tz: 'America/New_York' });
    expect(p.to.toISOString()).toBe('2026-11-15T05:00:00.000Z');
    expect(p.from.toISOString()).toBe('2026-10-16T04:00:00.000Z');
  });

  it('refuses offsets that do not exist', () => {
    expect(isIsoDate('2026-11-26T00:44:14+99:99')).toBe(false);
    expect(isIsoDate('2026-11-26T00:44:14+25:00')).toBe(false);
    expect(isIsoDate('2026-11-26T00:44:14-05:60')).toBe(false);
    expect(isIsoDate('2026-11-26T00:44:14+14:00')).toBe(true);
    expect(isIsoDate('2026-11-26T00:44:14-0330')).toBe(true);
  });

  it('accepts ISO dates that exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-02-29T23:59:59.5+07:00')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('tomorrow')).toBe(false);
    expect(isIsoDate('1')).toBe(false);
  });

  it('cuts calendar buckets in tz, across a DST change, weeks from Monday', () => {
    const rome = {
      from: new Date('2024-03-30T23:00:00Z'),
      to: new Date('2024-04-01T22:00:00Z'),
      tz: 'Europe/Rome',
    };
    expect(
      timeBuckets(rome, 'day').map((b) => [b.key, b.start.toISOString(), b.end.toISOString()]),
    ).toEqual([
      ['2024-03-31', '2024-03-30T23:00:00.000Z', '2024-03-31T22:00:00.000Z'], // 23 hours
      ['2024-04-01', '2024-03-31T22:00:00.000Z', '2024-04-01T22:00:00.000Z'],
    ]);
    const weeks = timeBuckets(
      { from: new Date('2024-03-01T00:00:00Z'), to: new Date('2024-03-12T00:00:00Z'), tz: 'UTC' },
      'week',
    );
    expect(weeks.map((b) => b.key)).toEqual(['2024-02-26', '2024-03-04', '2024-03-11']);
    expect(weeks[2].end.toISOString()).toBe('2024-03-12T00:00:00.000Z');
    const months = timeBuckets(
      { from: new Date('2024-01-15T00:00:00Z'), to: new Date('2024-03-01T00:00:00Z'), tz: 'UTC' },
      'month',
    );
    expect(months.map((b) => b.key)).toEqual(['2024-01', '2024-02']);
  });
});
