import { isUuid } from '../../database/ids';
import { AppError } from '../errors/app-error';

/** What one value of a cursor must be; checked on the way back in. */
export type CursorKey = 'uuid' | 'timestamp' | 'int' | 'bigint' | 'text';

type CursorValue = string | number;

const VALID: Record<CursorKey, (v: unknown) => boolean> = {
  uuid: isUuid,
  timestamp: (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(v) &&
    !Number.isNaN(Date.parse(v)),
  int: (v) => Number.isSafeInteger(v) && Math.abs(v as number) <= 2_147_483_647,
  bigint: (v) => typeof v === 'string' && /^\d{1,19}$/.test(v),
  text: (v) => typeof v === 'string' && v.length <= 1000 && !v.includes('\u0000'),
};

/**
 * The one cursor format of every list and feed: base64url of JSON `{s: sort, k: [keys…]}`.
 * The sort is inside the cursor so a cursor cannot be replayed against another order, and
 * each key is checked against its type, so a crafted cursor is a 400, never a database error.
 */
export function encodeCursor(sort: string, keys: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify({ s: sort, k: keys }), 'utf8').toString('base64url');
}

export function decodeCursor(
  cursor: string,
  sort: string,
  kinds: readonly CursorKey[],
): CursorValue[] {
  const invalid = () =>
    new AppError(
      'validation_failed',
      'cursor is not a cursor this list returned; start again without it.',
      [{ field: 'cursor', message: 'is invalid or belongs to another sort order' }],
    );
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const p = parsed as { s?: unknown; k?: unknown };
  if (p?.s !== sort || !Array.isArray(p.k) || p.k.length !== kinds.length) throw invalid();
  const keys = p.k as unknown[];
  if (!kinds.every((kind, i) => VALID[kind](keys[i]))) throw invalid();
  return keys as CursorValue[];
}
