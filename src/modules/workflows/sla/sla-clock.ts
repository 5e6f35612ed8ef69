import { addBusinessSeconds, BusinessHours, businessSecondsBetween } from './business-hours';

export const SLA_TARGETS = ['firstResponse', 'resolution'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

export interface TargetMinutes {
  firstResponseMinutes?: number | null;
  resolutionMinutes?: number | null;
}

/** What the clock needs of a policy. */
export interface ClockPolicy {
  id: string;
  targets: Partial<Record<string, TargetMinutes>>;
  businessHours: BusinessHours | null;
}

/** What the clock needs of a ticket. */
export interface ClockTicket {
  status: string;
  priority: string;
  firstResponseAt: Date | null;
}

/** The SLA columns of a ticket. */
export interface SlaState {
  policyId: string | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  breached: string[];
  /** Opening-time seconds the clock has run, up to `clockAt`. */
  consumedSeconds: number;
  clockAt: Date | null;
  /** The earliest due time still to be checked for a breach. */
  nextDueAt: Date | null;
}

const PAUSED = new Set(['pending', 'on_hold']);
const DONE = new Set(['solved', 'closed']);

/** The clock runs unless the ticket waits on the customer (pending, on hold) or is solved. */
export const clockRuns = (t: ClockTicket) => !PAUSED.has(t.status) && !DONE.has(t.status);

/** True when the change of ticket or policy can move a due time (else the state stays). */
export function clockAffected(
  state: SlaState,
  before: ClockTicket | null,
  after: ClockTicket,
  policyId: string | null,
): boolean {
  return (
    !before ||
    state.policyId !== policyId ||
    before.priority !== after.priority ||
    clockRuns(before) !== clockRuns(after) ||
    (before.firstResponseAt === null) !== (after.firstResponseAt === null) ||
    DONE.has(before.status) !== DONE.has(after.status)
  );
}

/**
 * The ticket's SLA after a change, at `now`. Time consumed so far is kept in opening-time
 * seconds (under the calendar of the policy that was running), so a pause or a change of
 * priority or policy moves due times by what is left, not by starting over. First response
 * stops its clock; solving stops resolution (a reopen resumes it). Due times of stopped targets
 * stay as they were (reports compare them with when the target was met).
 */
export function nextSlaState(
  state: SlaState,
  before: ClockTicket | null,
  after: ClockTicket,
  previousPolicy: ClockPolicy | null,
  policy: ClockPolicy | null,
  now: Date,
): SlaState {
  let consumed = state.consumedSeconds;
  if (before && state.clockAt && clockRuns(before)) {
    consumed += businessSecondsBetween(previousPolicy?.businessHours ?? null, state.clockAt, now);
  }
  const targets = policy?.targets[after.priority] ?? null;
  const hours = policy?.businessHours ?? null;
  const dueFor = (minutes: number | null | undefined, previous: Date | null): Date | null => {
    if (minutes === null || minutes === undefined) return null;
    const left = Math.round(minutes * 60) - consumed;
    if (left <= 0) return previous && previous <= now ? previous : now;
    return addBusinessSeconds(hours, now, left);
  };
  const running = clockRuns(after);
  const firstResponseDueAt =
    after.firstResponseAt || DONE.has(after.status)
      ? state.firstResponseDueAt
      : running
        ? dueFor(targets?.firstResponseMinutes, state.firstResponseDueAt)
        : null;
  const resolutionDueAt = DONE.has(after.status)
    ? state.resolutionDueAt
    : running
      ? dueFor(targets?.resolutionMinutes, state.resolutionDueAt)
      : null;
  const next: SlaState = {
    policyId: policy?.id ?? null,
    firstResponseDueAt,
    resolutionDueAt,
    breached: state.breached,
    consumedSeconds: consumed,
    clockAt: now,
    nextDueAt: null,
  };
  return { ...next, nextDueAt: nextDue(next, after) };
}

/** The earliest due time of a running target not yet met nor breached. */
export function nextDue(state: SlaState, ticket: ClockTicket): Date | null {
  if (!clockRuns(ticket)) return null;
  const pending = openTargets(state, ticket).map((t) => dueOf(state, t) as Date);
  return pending.length ? new Date(Math.min(...pending.map((d) => d.getTime()))) : null;
}

/** Targets that are running, have a due time, and are neither met nor breached. */
function openTargets(state: SlaState, ticket: ClockTicket): SlaTarget[] {
  return SLA_TARGETS.filter(
    (t) =>
      dueOf(state, t) !== null &&
      !state.breached.includes(t) &&
      !(t === 'firstResponse' && ticket.firstResponseAt),
  );
}

const dueOf = (state: SlaState, target: SlaTarget) =>
  target === 'firstResponse' ? state.firstResponseDueAt : state.resolutionDueAt;

/** Targets whose due time has passed at `now` without being met: breaches to record. */
export function dueBreaches(state: SlaState, ticket: ClockTicket, now: Date): SlaTarget[] {
  if (!clockRuns(ticket)) return [];
  return openTargets(state, ticket).filter((t) => (dueOf(state, t) as Date) <= now);
}
