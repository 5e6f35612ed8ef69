import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { readMany } from '../../database/read';
import { decodeCursor, encodeCursor } from './cursor';

export interface SortKey<E> {
  /** Entity property, e.g. `createdAt`. */
  property: keyof E & string;
  /** How a value travels in the cursor and comes back as a query parameter. */
  toCursor?: (value: unknown) => string | number | null;
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

const toCursorValue = (v: unknown) =>
  v instanceof Date ? v.toISOString() : (v as string | number | null);

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
    const values = decodeCursor(opts.cursor, opts.sort, columns.length);
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
  const hasMore = rows.length > opts.limit;
  const data = hasMore ? rows.slice(0, opts.limit) : rows;
  const last = data[data.length - 1];
  const nextCursor =
    hasMore && last
      ? encodeCursor(opts.sort, [
          ...opts.keys.map((k) => (k.toCursor ?? toCursorValue)(last[k.property])),
          last.id,
        ])
      : null;
  return { data, nextCursor };
}

export function mapPage<E, T>(page: Page<E>, map: (row: E) => T): Page<T> {
  return { data: page.data.map(map), nextCursor: page.nextCursor };
}
