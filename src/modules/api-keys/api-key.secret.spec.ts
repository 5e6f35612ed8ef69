import { generateApiKey, hashApiKey, looksLikeApiKey, tenantOfApiKey } from './api-key.secret';

describe('API key secrets', () => {
  const tenantId = '0193a6f2-1c2d-7e3f-8a4b-5c6d7e8f9a0b';

  it('embeds the tenant and hashes with SHA-256', () => {
    const { key, prefix, hash } = generateApiKey(tenantId);
    expect(looksLikeApiKey(key)).toBe(true);
    expect(key.startsWith(prefix)).toBe(true);
    expect(tenantOfApiKey(key)).toBe(tenantId);
    expect(hash.equals(hashApiKey(key))).toBe(true);
    expect(hash).toHaveLength(32);
  });

  it('gives every key its own secret', () => {
    expect(generateApiKey(tenantId).key).not.toBe(generateApiKey(tenantId).key);
  });

  it('rejects malformed keys', () => {
    expect(tenantOfApiKey('hdk_short')).toBeNull();
    expect(tenantOfApiKey('sk_' + 'a'.repeat(66))).toBeNull();
  });
});
