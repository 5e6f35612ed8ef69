import { createHash, randomBytes } from 'node:crypto';
import { isUuid } from '../../database/ids';

/**
 * API keys look like `hdk_<43 random base64url chars><22 chars: the tenant id>`. The tenant
 * part lets a key be looked up by (tenant_id, key_hash) without a cross-tenant index.
 */
const PREFIX = 'hdk_';
const SECRET_LENGTH = 43;
const TENANT_LENGTH = 22;
export const API_KEY_LENGTH = PREFIX.length + SECRET_LENGTH + TENANT_LENGTH;

export function generateApiKey(tenantId: string): { key: string; prefix: string; hash: Buffer } {
  const secret = randomBytes(32).toString('base64url');
  const tenant = Buffer.from(tenantId.replace(/-/g, ''), 'hex').toString('base64url');
  const key = `${PREFIX}${secret}${tenant}`;
  return { key, prefix: key.slice(0, PREFIX.length + 8), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(PREFIX) && token.length === API_KEY_LENGTH;
}

/** The tenant a key claims to belong to, or null when the key is malformed. */
export function tenantOfApiKey(key: string): string | null {
  if (!looksLikeApiKey(key)) return null;
  const hex = Buffer.from(key.slice(-TENANT_LENGTH), 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return isUuid(id) ? id : null;
}
