export const SCOPES = [
  'admin',
  'tickets:read',
  'tickets:write',
  'customers:read',
  'customers:write',
  'kb:read',
  'kb:write',
  'feedback:read',
  'feedback:write',
  'workflows:read',
  'workflows:write',
  'webhooks:manage',
  'reports:read',
] as const;

export type Scope = (typeof SCOPES)[number];

/** Held only by the platform admin token; never grantable to a key. */
export const PLATFORM_SCOPE = 'platform:admin';
/** Held only by portal tokens; opens the portal routes and nothing else. */
export const PORTAL_SCOPE = 'portal';

export type RequiredScope = Scope | typeof PLATFORM_SCOPE | typeof PORTAL_SCOPE;

export const READ_SCOPES: Scope[] = SCOPES.filter((s) => s.endsWith(':read'));
export const AGENT_SCOPES: Scope[] = SCOPES.filter((s) => s !== 'admin' && s !== 'webhooks:manage');

export type Role = 'admin' | 'agent' | 'viewer';
export const ROLES: Role[] = ['admin', 'agent', 'viewer'];

export function scopesForRole(role: Role): Scope[] {
  switch (role) {
    case 'admin':
      return ['admin'];
    case 'agent':
      return AGENT_SCOPES;
    case 'viewer':
      return READ_SCOPES;
  }
}

/** `admin` holds every tenant scope. */
export function hasScope(held: ReadonlySet<string>, needed: string): boolean {
  if (held.has(needed)) return true;
  return held.has('admin') && (SCOPES as readonly string[]).includes(needed);
}

/** Scopes in `requested` that `held` does not cover: a key can never mint a broader key. */
export function scopesBeyond(held: ReadonlySet<string>, requested: readonly string[]): string[] {
  return requested.filter((s) => !hasScope(held, s));
}
