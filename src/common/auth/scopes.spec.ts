import { hasScope, PLATFORM_SCOPE, scopesBeyond, scopesForRole } from './scopes';

describe('scopes', () => {
  it('admin holds every tenant scope but not the platform scope', () => {
    const admin = new Set(['admin']);
    expect(hasScope(admin, 'tickets:write')).toBe(true);
    expect(hasScope(admin, 'webhooks:manage')).toBe(true);
    expect(hasScope(admin, PLATFORM_SCOPE)).toBe(false);
    expect(hasScope(admin, 'portal')).toBe(false);
  });

  it('a key cannot mint scopes beyond its own', () => {
    expect(scopesBeyond(new Set(['tickets:read']), ['tickets:read', 'tickets:write'])).toEqual([
      'tickets:write',
    ]);
    expect(scopesBeyond(new Set(['tickets:read']), ['admin'])).toEqual(['admin']);
    expect(scopesBeyond(new Set(['admin']), ['admin', 'kb:write'])).toEqual([]);
  });

  it('maps roles to scopes', () => {
    expect(scopesForRole('admin')).toEqual(['admin']);
    expect(scopesForRole('viewer').every((s) => s.endsWith(':read'))).toBe(true);
    expect(scopesForRole('agent')).toContain('tickets:write');
    expect(scopesForRole('agent')).not.toContain('admin');
    expect(scopesForRole('agent')).not.toContain('webhooks:manage');
  });
});
