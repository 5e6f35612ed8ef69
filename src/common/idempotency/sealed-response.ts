import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Stored responses can hold secrets shown once (a new API key, a webhook secret, a portal
 * token), kept so that a retry gets them. They are sealed with AES-256-GCM under a key derived
 * from the Idempotency-Key itself, which is stored only as a digest: whoever holds the key can
 * replay the response, a database dump alone cannot read it. (So keys should be random, e.g.
 * UUIDs: a guessable key can be found from its digest.)
 */
export interface SealedResponse {
  alg: 'A256GCM';
  iv: string;
  tag: string;
  data: string;
}

/** The digest stored in place of the key. */
export function keyDigest(key: string): string {
  return createHash('sha256').update(`idempotency-key:${key}`).digest('hex');
}

function cipherKey(tenantId: string, key: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, tenantId, 'helpdesk idempotent response', 32));
}

export function seal(tenantId: string, key: string, value: unknown): SealedResponse {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cipherKey(tenantId, key), iv);
  const data = Buffer.concat([
    cipher.update(JSON.stringify(value ?? null), 'utf8'),
    cipher.final(),
  ]);
  return {
    alg: 'A256GCM',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

export function isSealed(value: unknown): value is SealedResponse {
  return typeof value === 'object' && value !== null && (value as SealedResponse).alg === 'A256GCM';
}

/** Opens a sealed response (throws when the key is not the one it was sealed with). */
export function unseal(tenantId: string, key: string, sealed: SealedResponse): unknown {
  const decipher = createDecipheriv(
    'aes-256-gcm',
    cipherKey(tenantId, key),
    Buffer.from(sealed.iv, 'base64'),
  );
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const json = Buffer.concat([
    decipher.update(Buffer.from(sealed.data, 'base64')),
    decipher.final(),
  ]).toString('utf8');
  return JSON.parse(json) as unknown;
}
