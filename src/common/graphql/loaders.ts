import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created lazily by name. Names carry the tenant id, so a loader is
 * keyed by (tenantId, id) and can never serve one tenant's row to another.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** A loader of lists per key (a group's members, a ticket's comments), from one map-returning query. */
export function listLoader<V>(
  loaders: Loaders,
  name: string,
  fetch: (keys: readonly string[]) => Promise<Map<string, V[]>>,
): DataLoader<string, V[]> {
  return loaders.get<string, V[]>(name, async (keys) => {
    const map = await fetch(keys);
    return keys.map((k) => map.get(k) ?? []);
  });
}

/** Orders `rows` like `ids` for DataLoader; a missing id yields null. */
export function byIds<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

export interface GraphQLContext {
  req: import('express').Request;
  res: import('express').Response;
  loaders: Loaders;
}
