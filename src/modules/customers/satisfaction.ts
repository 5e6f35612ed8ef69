/** CSAT: scores 1..5, positive = 4 or 5. NPS: 0..10, promoters 9-10, detractors 0-6. */
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

const round1 = (n: number) => Math.round(n * 10) / 10;

export function satisfactionOf(c: SatisfactionCounters): Satisfaction {
  return {
    csat: c.csatResponses > 0 ? round1((c.csatPositive / c.csatResponses) * 100) : null,
    nps:
      c.npsResponses > 0
        ? round1(((c.npsPromoters - c.npsDetractors) / c.npsResponses) * 100)
        : null,
    responses: c.csatResponses + c.npsResponses,
    lastScore: c.lastScore,
  };
}

export type FeedbackKind = 'csat' | 'nps';

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
