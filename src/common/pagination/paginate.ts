import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { readMany } from '../../database/read';
import { CursorKey, decodeCursor, encodeCursor } from './cursor';

export interface SortKey<E> {
  /** Entity property, e.g. `createdAt`. */
  property: keyof E & string;
  /** Its type in the cursor: a crafted cursor with another type is a 400. */
  kind: CursorKey;
}

export interface KeysetOptions<E> {
  /** Name of this ordering, e.g. `-createdAt`; stored in the cursor. */
  sort: string;
  direction: 'ASC' | 'DESC';
  /** Sort keys before the id tiebreaker (may be empty: then ids alone order the list). */
  keys: SortKey<E>[];
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

const cursorValue = (v: unknown): string | number =>
  v instanceof Date ? v.toISOString() : (v as string | number);

/**
 * Keyset pagination: `WHERE (k1, …, id) > (:k1, …, :id) ORDER BY k1, …, id LIMIT n + 1`.
 * Page 1,000 costs what page 1 costs, given an index on (tenant_id, k1, …, id).
 */
export async function paginate<E extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<E>,
  opts: KeysetOptions<E>,
): Promise<Page<E>> {
  const alias = qb.alias;
  const columns = [...opts.keys.map((k) => `${alias}.${k.property}`), `${alias}.id`];
  if (opts.cursor) {
    const values = decodeCursor(opts.cursor, opts.sort, [...opts.keys.map((k) => k.kind), 'uuid']);
    const params: Record<string, unknown> = {};
    const placeholders = values.map((v, i) => {
      params[`__k${i}`] = v;
      return `:__k${i}`;
    });
    const op = opts.direction === 'ASC' ? '>' : '<';
    qb.andWhere(`(${columns.join(', ')}) ${op} (${placeholders.join(', ')})`, params);
  }
  columns.forEach((c, i) =>
    i === 0 ? qb.orderBy(c, opts.direction) : qb.addOrderBy(c, opts.direction),
  );
  const rows = await readMany(qb.limit(opts.limit + 1));
  return pageOf(rows, opts.limit, opts.sort, (last) => [
    ...opts.keys.map((k) => cursorValue(last[k.property])),
    last.id,
  ]);
}

/**
 * `paginate()` in id order alone (UUIDv7 ids: creation order), for lists with no other sort:
 * `ASC` oldest first (sort `id`), `DESC` newest first (sort `-id`).
 */
export function paginateById<E extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<E>,
  page: { limit: number; cursor?: string },
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<Page<E>> {
  return paginate(qb, {
    sort: direction === 'ASC' ? 'id' : '-id',
    direction,
    keys: [],
    limit: page.limit,
    cursor: page.cursor,
  });
}

/**
 * The page of `rows` fetched with `LIMIT limit + 1`: the extra row only says there is more;
 * the cursor carries the sort keys of the last row returned.
 */
export function pageOf<T>(
  rows: T[],
  limit: number,
  sort: string,
  keysOf: (last: T) => (string | number)[],
): Page<T> {
  const hasMore = rows.length > limit;
  const data = hasMore ? rows.slice(0, limit) : rows;
  const last = data[data.length - 1];
  return { data, nextCursor: hasMore && last ? encodeCursor(sort, keysOf(last)) : null };
}

export function mapPage<E, T>(page: Page<E>, map: (row: E) => T): Page<T> {
  return { data: page.data.map(map), nextCursor: page.nextCursor };
}
