/**
 * The feedback arithmetic, in one place (API.md, "Feedback").
 * CSAT: scores 1..5, positive = 4 or 5; CSAT % = positive / responses × 100.
 * NPS: scores 0..10, promoters 9-10, passives 7-8, detractors 0-6;
 * NPS = %promoters − %detractors, from −100 to 100.
 * Percentages are rounded once, at the end, to one decimal, half away from zero.
 */
export const FEEDBACK_KINDS = ['csat', 'nps'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** Valid scores of each kind, lowest first. */
export const SCORE_RANGE: Record<FeedbackKind, { min: number; max: number }> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
};

/** A three-button CSAT survey (bad / neutral / good) records 1 / 3 / 5. */
export const THREE_BUTTON_CSAT = { bad: 1, neutral: 3, good: 5 } as const;

export function scoresOf(kind: FeedbackKind): number[] {
  const { min, max } = SCORE_RANGE[kind];
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

export function isValidScore(kind: FeedbackKind, score: number): boolean {
  const { min, max } = SCORE_RANGE[kind];
  return Number.isInteger(score) && score >= min && score <= max;
}

/** A low score: CSAT ≤ 2 or NPS ≤ 6. It flags the ticket and emits `feedback.negative`. */
export function isNegative(kind: FeedbackKind, score: number): boolean {
  return kind === 'csat' ? score <= 2 : score <= 6;
}

/** `part / whole × 100`, one decimal, half away from zero; null when `whole` is 0. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  // Integers until the one division: halves (12.25 → 12.3) are exact, not float noise.
  const tenths = Math.round((Math.abs(part) * 1000) / whole) / 10;
  return part < 0 && tenths !== 0 ? -tenths : tenths;
}

/** The running totals a customer's profile keeps (columns of `customers`). */
export interface SatisfactionCounters {
  csatPositive: number;
  csatResponses: number;
  npsPromoters: number;
  npsDetractors: number;
  npsResponses: number;
  lastScore: number | null;
}

export interface Satisfaction {
  /** Positive CSAT responses / CSAT responses × 100, one decimal; null without responses. */
  csat: number | null;
  /** %promoters − %detractors, −100..100, one decimal; null without responses. */
  nps: number | null;
  responses: number;
  lastScore: number | null;
}

export function satisfactionOf(c: SatisfactionCounters): Satisfaction {
  return {
    csat: percent(c.csatPositive, c.csatResponses),
    nps: percent(c.npsPromoters - c.npsDetractors, c.npsResponses),
    responses: c.csatResponses + c.npsResponses,
    lastScore: c.lastScore,
  };
}

/** How one response moves the counters: +1 for a new score, −1 for a score it replaces. */
export function counterDelta(
  kind: FeedbackKind,
  score: number,
  sign: 1 | -1,
): Partial<SatisfactionCounters> {
  if (kind === 'csat') return { csatResponses: sign, csatPositive: score >= 4 ? sign : 0 };
  return {
    npsResponses: sign,
    npsPromoters: score >= 9 ? sign : 0,
    npsDetractors: score <= 6 ? sign : 0,
  };
}

/** How many responses of one kind gave one score (a row of the summary query). */
export interface ScoreCount {
  kind: FeedbackKind;
  score: number;
  count: number;
}

/** One bucket of `GET /v1/feedback/summary`. */
export interface SummaryFigures {
  responses: number;
  csat: { responses: number; positive: number; percent: number | null };
  nps: {
    responses: number;
    promoters: number;
    passives: number;
    detractors: number;
    score: number | null;
  };
}

/** The figures of one bucket from its score counts. */
export function summarize(counts: readonly ScoreCount[]): SummaryFigures {
  const c = {
    csatPositive: 0,
    csatResponses: 0,
    npsPromoters: 0,
    npsDetractors: 0,
    npsResponses: 0,
  };
  for (const { kind, score, count } of counts) {
    const delta = counterDelta(kind, score, 1);
    for (const key of Object.keys(c) as (keyof typeof c)[]) c[key] += (delta[key] ?? 0) * count;
  }
  return {
    responses: c.csatResponses + c.npsResponses,
    csat: {
      responses: c.csatResponses,
      positive: c.csatPositive,
      percent: percent(c.csatPositive, c.csatResponses),
    },
    nps: {
      responses: c.npsResponses,
      promoters: c.npsPromoters,
      passives: c.npsResponses - c.npsPromoters - c.npsDetractors,
      detractors: c.npsDetractors,
      score: percent(c.npsPromoters - c.npsDetractors, c.npsResponses),
    },
  };
}
