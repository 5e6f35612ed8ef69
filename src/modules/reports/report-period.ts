import { DateTime, IANAZone } from 'luxon';
import { AppError } from '../../common/errors/app-error';

export const KPI_GROUPINGS = [
  'none',
  'agent',
  'group',
  'channel',
  'category',
  'type',
  'day',
  'week',
  'month',
] as const;
export type KpiGrouping = (typeof KPI_GROUPINGS)[number];

export const TIME_GROUPINGS = ['day', 'week', 'month'] as const;
export type TimeGrouping = (typeof TIME_GROUPINGS)[number];
export const isTimeGrouping = (g: KpiGrouping): g is TimeGrouping =>
  (TIME_GROUPINGS as readonly string[]).includes(g);

/** Without `from`, a report covers this many days before `to`. */
export const DEFAULT_SPAN_DAYS = 30;
/** The longest period one report may cover. */
export const MAX_SPAN_DAYS = 366;

/** `2024-12-01` or `2024-12-01T09:30`, with optional seconds, fraction and offset. */
export const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An IANA zone name PostgreSQL and luxon read alike (not POSIX `UTC+7`, whose sign flips). */
export function isIanaZone(tz: unknown): tz is string {
  return (
    typeof tz === 'string' &&
    /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(tz) &&
    !/^(UTC|GMT)[+-]/i.test(tz) &&
    IANAZone.isValidZone(tz) &&
    DateTime.local().setZone(tz).isValid
  );
}

/** An ISO 8601 date or date-time that names a real instant (no 2024-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  // An offset is a real one: at most 18 hours (as in java.time and PostgreSQL), under 60 minutes.
  const offset = /T.*[+-](\d{2}):?(\d{2})$/.exec(value);
  if (offset && (Number(offset[1]) > 18 || Number(offset[2]) > 59)) return false;
  return DateTime.fromISO(value).isValid;
}

/** A date alone is midnight in `tz`; a date-time without offset is read in `tz` too. */
export function parseInstant(value: string, tz: string): Date {
  return DateTime.fromISO(value, { zone: tz }).toJSDate();
}

export interface Period {
  from: Date;
  to: Date;
  tz: string;
}

/**
 * The period of a report: `to` defaults to now, `from` to `DEFAULT_SPAN_DAYS` before `to`.
 * 400 naming the parameter when `to` is not after `from` or the span exceeds `MAX_SPAN_DAYS`.
 */
export function periodOf(q: { from?: string; to?: string; tz?: string }, now = new Date()): Period {
  const tz = q.tz ?? 'UTC';
  const to = q.to ? parseInstant(q.to, tz) : now;
  // DEFAULT_SPAN_DAYS calendar days in `tz` (a day around a clock change is 23 or 25 hours).
  const from = q.from
    ? parseInstant(q.from, tz)
    : DateTime.fromJSDate(to, { zone: tz }).minus({ days: DEFAULT_SPAN_DAYS }).toJSDate();
  if (from >= to) throw AppError.validation([{ field: 'to', message: 'must be after from' }]);
  if (to.getTime() - from.getTime() > MAX_SPAN_DAYS * 86_400_000) {
    throw AppError.validation([
      {
        field: q.from ? 'from' : 'to',
        message: `the period may span at most ${MAX_SPAN_DAYS} days`,
      },
    ]);
  }
  return { from, to, tz };
}

export interface TimeBucket {
  /** Local date of the bucket's first day (`YYYY-MM-DD`), or `YYYY-MM` for a month. */
  key: string;
  /** The bucket's first instant in `tz` (may precede the period's `from`). */
  start: Date;
  /** Where the bucket's share of the period ends: the next bucket's start, or `to`. */
  end: Date;
}

/** Every calendar bucket that overlaps [from, to), in order, cut in `tz` (weeks from Monday). */
export function timeBuckets(period: Period, unit: TimeGrouping): TimeBucket[] {
  const format = unit === 'month' ? 'yyyy-MM' : 'yyyy-MM-dd';
  const buckets: TimeBucket[] = [];
  let start = DateTime.fromJSDate(period.from, { zone: period.tz }).startOf(unit);
  while (start.toJSDate() < period.to) {
    const next = start.plus({ [`${unit}s`]: 1 }).startOf(unit);
    const end = next.toJSDate() < period.to ? next.toJSDate() : period.to;
    buckets.push({ key: start.toFormat(format), start: start.toJSDate(), end });
    start = next;
  }
  return buckets;
}
