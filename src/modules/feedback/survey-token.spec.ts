import { randomBytes } from 'node:crypto';
import { newId } from '../../database/ids';
import { signSurveyLink, verifySurveyLink } from './survey-token';

describe('survey links', () => {
  const key = randomBytes(32);
  const claims = {
    tenantId: newId(),
    surveyId: newId(),
    score: 4,
    expiresAt: new Date(Math.floor(Date.now() / 1000) * 1000 + 3600_000),
  };

  it('round-trips tenant, survey, score and expiry', () => {
    const token = signSurveyLink(key, claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]{72}$/);
    expect(verifySurveyLink(key, token)).toEqual({ ok: true, claims });
  });

  it('refuses a token signed with another key, or with any byte changed', () => {
    const token = signSurveyLink(key, claims);
    expect(verifySurveyLink(randomBytes(32), token)).toEqual({ ok: false, reason: 'forged' });
    const raw = Buffer.from(token, 'base64url');
    for (const at of [0, 5, 33, 36, 40, 53]) {
      const bad = Buffer.from(raw);
      bad[at] ^= 1;
      expect(verifySurveyLink(key, bad.toString('base64url'))).toEqual({
        ok: false,
        reason: 'forged',
      });
    }
  });

  it('refuses another score on the same survey (the MAC covers the score)', () => {
    const raw = Buffer.from(signSurveyLink(key, claims), 'base64url');
    raw[33] = 1;
    expect(verifySurveyLink(key, raw.toString('base64url')).ok).toBe(false);
  });

  it.each(['', 'x', 'a'.repeat(72), '!'.repeat(72), 'a'.repeat(4000)])(
    'calls garbage forged: %s',
    (token) => expect(verifySurveyLink(key, token)).toEqual({ ok: false, reason: 'forged' }),
  );

  it('reports an expired link as expired (only once its MAC holds)', () => {
    const token = signSurveyLink(key, { ...claims, expiresAt: new Date(Date.now() - 1000) });
    expect(verifySurveyLink(key, token)).toEqual({ ok: false, reason: 'expired' });
  });
});
