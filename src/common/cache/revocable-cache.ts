interface Entry<V> {
  at: number;
  /** Creation order, against revocations' order (the clock is too coarse for that). */
  seq: number;
  value: Promise<V>;
  /** What the value depends on (a credential id), once loaded. */
  id: string | null;
}

interface Revocation {
  /** Entries created before it are stale. */
  seq: number;
  at: number;
  /** Entries created before this time are stale too: the id is held out of the cache. */
  holdUntil: number;
}

/**
 * Like ExpiringCache, for values that must stop being served the moment what they depend on
 * changes: each value names the id it depends on (`idOf`, null for none), and `revoke(id)` drops
 * every value of that id, and the ones still loading. `revoke(id, holdMs)` also keeps the id out
 * of the cache for `holdMs` (used by the instance making the change, before its transaction
 * commits: what is read until then must not be kept). `clear()` drops everything.
 */
export class RevocableCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly revocations = new Map<string, Revocation>();
  private seq = 0;
  private clearedSeq = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly idOf: (value: V) => string | null,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs && !this.stale(hit)) return hit.value;
    const entry: Entry<V> = { at: now, seq: ++this.seq, value: load(), id: null };
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, entry);
    entry.value.then(
      (value) => {
        entry.id = this.idOf(value);
        if (this.stale(entry)) this.drop(key, entry);
      },
      () => this.drop(key, entry),
    );
    return entry.value;
  }

  revoke(id: string, holdMs = 0): void {
    const now = Date.now();
    const before = this.revocations.get(id);
    this.revocations.set(id, {
      seq: ++this.seq,
      at: now,
      holdUntil: Math.max(before?.holdUntil ?? 0, holdMs > 0 ? now + holdMs : 0),
    });
    // Values still loading (id not known yet) go too: a read after this call must not join a
    // load that started before it.
    for (const [key, entry] of this.entries) {
      if (entry.id === id || entry.id === null) this.entries.delete(key);
    }
    // Revocations older than the TTL (and not holding) concern no live entry any more.
    if (this.revocations.size > 1000) {
      for (const [k, r] of this.revocations) {
        if (r.at < now - this.ttlMs && r.holdUntil < now) this.revocations.delete(k);
      }
    }
  }

  clear(): void {
    this.clearedSeq = ++this.seq;
    this.entries.clear();
  }

  private stale(entry: Entry<V>): boolean {
    if (entry.seq <= this.clearedSeq) return true;
    const r = entry.id === null ? undefined : this.revocations.get(entry.id);
    return r !== undefined && (entry.seq < r.seq || entry.at < r.holdUntil);
  }

  private drop(key: string, entry: Entry<V>): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }
}
