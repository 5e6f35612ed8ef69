import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Runs a single-table SELECT built with QueryBuilder and maps the raw rows to entities by
 * column metadata. Equivalent to getMany() for queries without joins, at a fraction of its CPU
 * cost (TypeORM's general-purpose result transformer dominated read profiles).
 */
export async function readMany<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): Promise<E[]> {
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const driver = qb.connection.driver;
  const columns = metadata.columns.map((column) => ({
    column,
    key: `${qb.alias}_${column.databaseName}`,
  }));
  const rows: Record<string, unknown>[] = await qb.getRawMany();
  return rows.map((raw) => {
    const entity = metadata.create() as E;
    for (const { column, key } of columns) {
      if (key in raw) column.setEntityValue(entity, driver.prepareHydratedValue(raw[key], column));
    }
    return entity;
  });
}

export async function readOne<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
): Promise<E | null> {
  return (await readMany(qb.limit(1)))[0] ?? null;
}
