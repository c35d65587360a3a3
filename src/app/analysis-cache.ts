// The per-process memo of per-comment analysis, shared by all events: a comment is read once
// until it is edited (the key includes updatedAt). Bounded, oldest entries dropped first, so a
// long-running server's memory stays flat.

/** A Map that forgets its oldest entries past `limit` (a get refreshes an entry). */
export class BoundedCache<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override get(key: K): V | undefined {
    if (!super.has(key)) return undefined;
    const value = super.get(key) as V;
    super.delete(key);
    super.set(key, value);
    return value;
  }

  override set(key: K, value: V): this {
    if (super.has(key)) super.delete(key);
    super.set(key, value);
    while (this.size > this.limit) {
      const oldest = this.keys().next();
      if (oldest.done) break;
      super.delete(oldest.value);
    }
    return this;
  }
}

/** Entries kept: enough for a few hundred busy threads. */
export const ANALYSIS_CACHE_ENTRIES = 20_000;
