import { counterDelta, satisfactionOf } from './satisfaction';

describe('customer satisfaction', () => {
  const zero = {
    csatPositive: 0,
    csatResponses: 0,
    npsPromoters: 0,
    npsDetractors: 0,
    npsResponses: 0,
    lastScore: null,
  };

  it('is empty without responses', () => {
    expect(satisfactionOf(zero)).toEqual({ csat: null, nps: null, responses: 0, lastScore: null });
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
