import { DateTime } from 'luxon';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening hours in one IANA time zone: ranges per weekday (`"09:00"`–`"18:00"`), holidays. */
export interface BusinessHours {
  timezone: string;
  days: Partial<Record<Weekday, [string, string][]>>;
  /** Local dates (`YYYY-MM-DD`) with no opening hours. */
  holidays: string[];
}

const MAX_DAYS = 3 * 366;

/** The opening ranges of one local day, as epoch milliseconds. */
function openRanges(hours: BusinessHours, day: DateTime): [number, number][] {
  if (hours.holidays.includes(day.toISODate() ?? '')) return [];
  const ranges = hours.days[WEEKDAYS[day.weekday - 1]] ?? [];
  return ranges.map(([open, close]) => [at(day, open), at(day, close)]);
}

/** `HH:MM` on a local day; `24:00` is the next midnight. A time skipped by DST moves forward. */
function at(day: DateTime, time: string): number {
  const [hour, minute] = time.split(':').map(Number);
  if (hour === 24) return day.plus({ days: 1 }).startOf('day').toMillis();
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
}

function localDay(hours: BusinessHours, instant: number): DateTime {
  return DateTime.fromMillis(instant, { zone: hours.timezone }).startOf('day');
}

/** Seconds of opening time between two instants (wall-clock seconds without business hours). */
export function businessSecondsBetween(hours: BusinessHours | null, from: Date, to: Date): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  if (!hours) return Math.floor((end - start) / 1000);
  let total = 0;
  let day = localDay(hours, start);
  for (let i = 0; i < MAX_DAYS && day.toMillis() < end; i++, day = day.plus({ days: 1 })) {
    for (const [open, close] of openRanges(hours, day)) {
      total += Math.max(0, Math.min(close, end) - Math.max(open, start));
    }
  }
  return Math.floor(total / 1000);
}

/** The instant when `seconds` of opening time have passed after `from`. */
export function addBusinessSeconds(hours: BusinessHours | null, from: Date, seconds: number): Date {
  const start = from.getTime();
  if (!hours) return new Date(start + seconds * 1000);
  let remaining = Math.max(0, seconds) * 1000;
  let day = localDay(hours, start);
  for (let i = 0; i < MAX_DAYS; i++, day = day.plus({ days: 1 })) {
    for (const [open, close] of openRanges(hours, day)) {
      const begin = Math.max(open, start);
      if (close <= begin) continue;
      if (remaining <= close - begin) return new Date(begin + remaining);
      remaining -= close - begin;
    }
  }
  throw new Error('Business hours have no opening time within three years');
}

/** Accepts `mon: ["09:00","18:00"]` or `mon: [["09:00","12:00"],["13:00","18:00"]]`. */
export function normalizeRanges(value: unknown): [string, string][] | null {
  if (!Array.isArray(value)) return null;
  const ranges = value.length === 2 && value.every((v) => typeof v === 'string') ? [value] : value;
  const out: [string, string][] = [];
  for (const range of ranges) {
    if (!Array.isArray(range) || range.length !== 2) return null;
    const [open, close] = range as unknown[];
    if (!isTime(open) || !isTime(close) || minutes(open) >= minutes(close)) return null;
    out.push([open, close]);
  }
  return out;
}

const isTime = (v: unknown): v is string =>
  typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(v);
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

export function isTimeZone(tz: string): boolean {
  return DateTime.local().setZone(tz).isValid;
}

/** The zone as IANA spells it (`europe/rome` → `Europe/Rome`). */
export function canonicalZone(tz: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone;
}
