import {
  counterDelta,
  isNegative,
  percent,
  satisfactionOf,
  ScoreCount,
  summarize,
  THREE_BUTTON_CSAT,
} from './satisfaction';

const csat = (...scores: number[]): ScoreCount[] =>
  scores.map((score) => ({ kind: 'csat', score, count: 1 }));
const nps = (...scores: number[]): ScoreCount[] =>
  scores.map((score) => ({ kind: 'nps', score, count: 1 }));

describe('feedback arithmetic', () => {
  describe('summary buckets', () => {
    it('an empty bucket has no percentages, not 0 %', () => {
      expect(summarize([])).toEqual({
        responses: 0,
        csat: { responses: 0, positive: 0, percent: null },
        nps: { responses: 0, promoters: 0, passives: 0, detractors: 0, score: null },
      });
    });

    it('all promoters → NPS 100; all detractors → NPS −100', () => {
      expect(summarize(nps(9, 10, 10)).nps).toEqual({
        responses: 3,
        promoters: 3,
        passives: 0,
        detractors: 0,
        score: 100,
      });
      expect(summarize(nps(0, 3, 6, 6)).nps).toEqual({
        responses: 4,
        promoters: 0,
        passives: 0,
        detractors: 4,
        score: -100,
      });
    });

    it('NPS = %promoters − %detractors; passives count as responses only', () => {
      // 10, 9, 8, 7, 0: 2 promoters (40 %), 2 passives, 1 detractor (20 %) → 20.
      expect(summarize(nps(10, 9, 8, 7, 0)).nps).toEqual({
        responses: 5,
        promoters: 2,
        passives: 2,
        detractors: 1,
        score: 20,
      });
    });

    it('CSAT % counts 4 and 5 as positive', () => {
      // 5, 4, 3, 2, 1 → 2 of 5 positive.
      expect(summarize(csat(5, 4, 3, 2, 1)).csat).toEqual({
        responses: 5,
        positive: 2,
        percent: 40,
      });
    });

    it('maps the three-button survey 1 / 3 / 5: only "good" is positive', () => {
      const { bad, neutral, good } = THREE_BUTTON_CSAT;
      expect([bad, neutral, good]).toEqual([1, 3, 5]);
      expect(summarize(csat(bad, neutral, good)).csat).toEqual({
        responses: 3,
        positive: 1,
        percent: 33.3,
      });
      expect([bad, neutral, good].map((s) => isNegative('csat', s))).toEqual([true, false, false]);
    });

    it('rounds once, at the end, to one decimal, half away from zero', () => {
      expect(summarize(csat(5, 5, 1)).csat.percent).toBe(66.7);
      // 1 promoter, 2 detractors of 3: 33.33 − 66.67 = −33.3 (rounding each term first gives −33.4).
      expect(summarize(nps(10, 0, 0)).nps.score).toBe(-33.3);
      // 1 of 8 = 12.5 exactly; 1 of 80 = 1.25 → 1.3; −1 of 80 → −1.3 (not −1.2).
      expect(percent(1, 8)).toBe(12.5);
      expect(percent(1, 80)).toBe(1.3);
      expect(percent(-1, 80)).toBe(-1.3);
      expect(percent(0, 3)).toBe(0);
      expect(Object.is(percent(-0, 3), 0)).toBe(true);
    });

    it('adds counts of mixed kinds without mixing their figures', () => {
      const s = summarize([
        { kind: 'csat', score: 5, count: 3 },
        { kind: 'csat', score: 2, count: 1 },
        { kind: 'nps', score: 10, count: 2 },
        { kind: 'nps', score: 6, count: 2 },
      ]);
      expect(s.responses).toBe(8);
      expect(s.csat).toEqual({ responses: 4, positive: 3, percent: 75 });
      expect(s.nps.score).toBe(0);
    });
  });

  it('negative: CSAT ≤ 2, NPS ≤ 6', () => {
    expect([1, 2, 3].map((s) => isNegative('csat', s))).toEqual([true, true, false]);
    expect([0, 6, 7, 10].map((s) => isNegative('nps', s))).toEqual([true, true, false, false]);
  });

  describe('customer satisfaction profile', () => {
    const zero = {
      csatPositive: 0,
      csatResponses: 0,
      npsPromoters: 0,
      npsDetractors: 0,
      npsResponses: 0,
      lastScore: null,
    };

    it('is empty without responses', () => {
      expect(satisfactionOf(zero)).toEqual({
        csat: null,
        nps: null,
        responses: 0,
        lastScore: null,
      });
    });

    it('computes CSAT % and NPS', () => {
      // CSAT: 4, 5, 3 → 2 of 3 positive. NPS: 10, 9, 8, 0 → 2 promoters, 1 detractor of 4 → 25.
      const s = satisfactionOf({
        csatPositive: 2,
        csatResponses: 3,
        npsPromoters: 2,
        npsDetractors: 1,
        npsResponses: 4,
        lastScore: 0,
      });
      expect(s).toEqual({ csat: 66.7, nps: 25, responses: 7, lastScore: 0 });
    });

    it('ranges NPS from -100 to 100', () => {
      expect(satisfactionOf({ ...zero, npsDetractors: 3, npsResponses: 3 }).nps).toBe(-100);
      expect(satisfactionOf({ ...zero, npsPromoters: 3, npsResponses: 3 }).nps).toBe(100);
    });

    it('classifies scores at the boundaries', () => {
      expect(counterDelta('csat', 4, 1)).toEqual({ csatResponses: 1, csatPositive: 1 });
      expect(counterDelta('csat', 3, 1)).toEqual({ csatResponses: 1, csatPositive: 0 });
      expect(counterDelta('nps', 9, 1)).toEqual({
        npsResponses: 1,
        npsPromoters: 1,
        npsDetractors: 0,
      });
      expect(counterDelta('nps', 7, 1)).toEqual({
        npsResponses: 1,
        npsPromoters: 0,
        npsDetractors: 0,
      });
      expect(counterDelta('nps', 6, -1)).toEqual({
        npsResponses: -1,
        npsPromoters: 0,
        npsDetractors: -1,
      });
    });
  });
});
