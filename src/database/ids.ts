import { v7 } from 'uuid';

/** Time-ordered UUIDv7: new rows land at the right edge of the (tenant_id, id) index. */
export const newId = (): string => v7();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);

/** The creation time carried by a UUIDv7 (its first 48 bits, milliseconds since the epoch). */
export const timeOfId = (id: string): Date =>
  new Date(parseInt(id.replace(/-/g, '').slice(0, 12), 16));

/** `tenant_id` of rows that belong to no tenant: the platform admin, anonymous callers (by IP). */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';
