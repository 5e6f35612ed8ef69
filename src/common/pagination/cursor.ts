import { AppError } from '../errors/app-error';

/**
 * Opaque keyset cursors: base64url of JSON `{s: sort, k: [sort key values..., id]}`.
 * The sort is inside the cursor so a cursor cannot be replayed against another order.
 */
export function encodeCursor(sort: string, keys: unknown[]): string {
  return Buffer.from(JSON.stringify({ s: sort, k: keys }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, sort: string, keyCount: number): unknown[] {
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
  if (p?.s !== sort || !Array.isArray(p.k) || p.k.length !== keyCount) throw invalid();
  if (!p.k.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
    throw invalid();
  return p.k;
}
