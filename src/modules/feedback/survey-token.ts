import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../../database/ids';

/** What a survey link says: this survey of this tenant, this score, valid until then. */
export interface SurveyLinkClaims {
  tenantId: string;
  surveyId: string;
  score: number;
  expiresAt: Date;
}

export type SurveyLinkCheck =
  { ok: true; claims: SurveyLinkClaims } | { ok: false; reason: 'forged' | 'expired' };

/*
 * Token layout, base64url of 54 bytes (72 characters):
 *   version (1) | tenant id (16) | survey id (16) | score (1) | expiry, Unix seconds (4) | MAC (16)
 * MAC = the first 16 bytes of HMAC-SHA256(key, everything before it). A forged or altered token
 * is refused by the MAC alone, before any database lookup; the expiry is read only once the MAC
 * holds. Revocation needs the survey row (checked by the service).
 */
const VERSION = 1;
const PAYLOAD = 1 + 16 + 16 + 1 + 4;
const MAC = 16;
const TOKEN = /^[A-Za-z0-9_-]{72}$/;

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidOf = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const macOf = (key: Buffer, payload: Buffer) =>
  createHmac('sha256', key).update(payload).digest().subarray(0, MAC);

export function signSurveyLink(key: Buffer, c: SurveyLinkClaims): string {
  if (!isUuid(c.tenantId) || !isUuid(c.surveyId)) throw new Error('survey link ids must be UUIDs');
  if (!Number.isInteger(c.score) || c.score < 0 || c.score > 255)
    throw new Error(`survey link score out of range: ${c.score}`);
  const payload = Buffer.alloc(PAYLOAD);
  payload.writeUInt8(VERSION, 0);
  uuidBytes(c.tenantId).copy(payload, 1);
  uuidBytes(c.surveyId).copy(payload, 17);
  payload.writeUInt8(c.score, 33);
  payload.writeUInt32BE(Math.floor(c.expiresAt.getTime() / 1000), 34);
  return Buffer.concat([payload, macOf(key, payload)]).toString('base64url');
}

export function verifySurveyLink(key: Buffer, token: string, now = new Date()): SurveyLinkCheck {
  if (!TOKEN.test(token)) return { ok: false, reason: 'forged' };
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== PAYLOAD + MAC || raw.readUInt8(0) !== VERSION)
    return { ok: false, reason: 'forged' };
  const payload = raw.subarray(0, PAYLOAD);
  if (!timingSafeEqual(raw.subarray(PAYLOAD), macOf(key, payload)))
    return { ok: false, reason: 'forged' };
  const expiresAt = new Date(payload.readUInt32BE(34) * 1000);
  if (expiresAt <= now) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    claims: {
      tenantId: uuidOf(payload.subarray(1, 17)),
      surveyId: uuidOf(payload.subarray(17, 33)),
      score: payload.readUInt8(33),
      expiresAt,
    },
  };
}
