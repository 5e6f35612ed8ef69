export type PrincipalKind = 'api_key' | 'agent' | 'platform' | 'portal';

/** Who is calling. Set by the global guard; read with @CurrentPrincipal(). */
export interface Principal {
  kind: PrincipalKind;
  /** The credential's id: API key id, agent id, customer id (portal), or "platform". */
  id: string;
  /** Null only for the platform admin. */
  tenantId: string | null;
  scopes: ReadonlySet<string>;
  /** When the credential stops working (API key `expiresAt`, token `exp`). */
  expiresAt: Date | null;
  /** Agent role, for agent tokens. */
  role?: string;
  /** Portal tokens: the one customer they act for. */
  customerId?: string;
  /**
   * Set when the credential was a stream token: it opens event streams (routes marked
   * @AcceptsStreamToken()) and nothing else.
   */
  via?: 'stream_token';
}

/** The actor recorded in audit trails and events. */
export const ACTOR_TYPES = [
  'api_key',
  'agent',
  'customer',
  'platform',
  'workflow',
  'macro',
  'system',
] as const;

export interface Actor {
  type: (typeof ACTOR_TYPES)[number];
  id: string | null;
}

export function actorOf(p: Principal): Actor {
  if (p.kind === 'portal') return { type: 'customer', id: p.customerId ?? p.id };
  return { type: p.kind, id: p.kind === 'platform' ? null : p.id };
}
