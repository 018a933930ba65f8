/**
 * A map with a fixed maximum size, for memoising pure parses (target and value texts typed in
 * formulas). When full, the entry inserted longest ago is evicted first: a Map iterates in
 * insertion order, so eviction is O(1) and a hit costs one lookup (no reordering on reads,
 * which keeps the hot path of a recalculation cheap).
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();
  /** Most entries kept; a capacity below 1 (or not an integer) is raised/rounded down to a valid one. */
  readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = Number.isFinite(capacity) ? Math.max(1, Math.floor(capacity)) : 1;
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Stores a value; evicts the oldest entries when the cache would exceed its capacity. */
  set(key: K, value: V): void {
    if (this.entries.has(key)) {
      this.entries.delete(key); // re-inserting makes it the newest
    } else {
      while (this.entries.size >= this.capacity) {
        const oldest = this.entries.keys().next();
        if (oldest.done === true) break;
        this.entries.delete(oldest.value);
      }
    }
    this.entries.set(key, value);
  }

  /** The cached value for key, computing and storing it on a miss. `compute` must be pure. */
  getOrCompute(key: K, compute: (key: K) => V): V {
    const cached = this.entries.get(key);
    if (cached !== undefined || this.entries.has(key)) return cached as V;
    const value = compute(key);
    this.set(key, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
