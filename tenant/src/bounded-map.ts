// A Map whose entries expire on the tenant's clock and whose size is capped,
// for everything the tenant keeps per request: codes, tickets, sessions,
// counters and rate-limit buckets. Without it a client that never comes back
// (or one that sends thousands of bad requests) would grow the heap forever.

/** Expired entries are swept at most this often (tenant clock), on reads and writes. */
const SWEEP_INTERVAL_MS = 60_000;

export class BoundedMap<K, V> {
  readonly #entries = new Map<K, { value: V; expiresAt: number }>();
  #lastSweep: number;

  /**
   * @param maxSize past this, the least recently written entry is dropped first
   * @param now the tenant's clock, in milliseconds
   */
  constructor(
    readonly maxSize: number,
    private readonly now: () => number,
  ) {
    this.#lastSweep = now();
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value, unless it has expired (then it is dropped). */
  get(key: K): V | undefined {
    const now = this.now();
    if (now - this.#lastSweep >= SWEEP_INTERVAL_MS) this.sweep(now);
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (now >= entry.expiresAt) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  /** Stores a value until `expiresAt` (ms on the tenant clock), as the newest entry. */
  set(key: K, value: V, expiresAt: number): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expiresAt });
    const now = this.now();
    if (now - this.#lastSweep >= SWEEP_INTERVAL_MS || this.#entries.size > this.maxSize) this.sweep(now);
    // Still full of live entries: the oldest write goes, as Auth0 drops a user's oldest refresh token.
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.maxSize) break;
      this.#entries.delete(oldest);
    }
  }

  /** Moves an existing entry's expiry without making it the newest. */
  extend(key: K, expiresAt: number): void {
    const entry = this.#entries.get(key);
    if (entry) entry.expiresAt = expiresAt;
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  /** Live entries, oldest write first. */
  *entries(): IterableIterator<[K, V]> {
    const now = this.now();
    for (const [key, entry] of this.#entries) if (now < entry.expiresAt) yield [key, entry.value];
  }

  /** Drops every expired entry. */
  sweep(now = this.now()): void {
    this.#lastSweep = now;
    for (const [key, entry] of this.#entries) if (now >= entry.expiresAt) this.#entries.delete(key);
  }
}
