import { isSealed, keyDigest, seal, unseal } from './sealed-response';

describe('sealed idempotent responses', () => {
  const tenant = '0193a1b2-0000-7000-8000-000000000001';
  const body = { id: 'k1', key: 'hdk_supersecretvalue' };

  it('round-trips with the same tenant and key, and hides the content', () => {
    const sealed = seal(tenant, 'key-1', body);
    expect(isSealed(sealed)).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain('supersecret');
    expect(unseal(tenant, 'key-1', sealed)).toEqual(body);
  });

  it('another key or tenant cannot open it', () => {
    const sealed = seal(tenant, 'key-1', body);
    expect(() => unseal(tenant, 'key-2', sealed)).toThrow();
    expect(() => unseal('0193a1b2-0000-7000-8000-000000000002', 'key-1', sealed)).toThrow();
  });

  it('stores a digest of the key, not the key', () => {
    expect(keyDigest('key-1')).toMatch(/^[0-9a-f]{64}$/);
    expect(keyDigest('key-1')).not.toContain('key-1');
    expect(isSealed({ id: 1 })).toBe(false);
  });
});
