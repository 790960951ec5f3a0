// Rate limits, on the tenant's injectable clock.
import { BoundedMap } from './bounded-map.js';

/** Keys (IPs, or IP and identifier) each limiter remembers at most; the least recently seen go first. */
export const MAX_TRACKED_KEYS = 10_000;

export interface LimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Epoch seconds when the bucket is full again (Auth0's x-ratelimit-reset). */
  resetAt: number;
  /** Seconds until the next request would be allowed; 0 when allowed. */
  retryAfter: number;
}

/**
 * A token bucket per key, like Auth0's "burst N, N per hour": it holds `limit`
 * requests and refills continuously over `windowSeconds`.
 */
export class TokenBucketLimiter {
  // A bucket that has refilled is the same as no bucket, so it expires then.
  readonly #buckets: BoundedMap<string, { tokens: number; at: number }>;

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly now: () => number,
  ) {
    this.#buckets = new BoundedMap(MAX_TRACKED_KEYS, now);
  }

  /** Spends one request from the key's bucket, if it has one left. */
  take(key: string): LimitState {
    return this.#state(key, true);
  }

  /** The key's state without spending anything: `allowed` when a request could be taken now. */
  peek(key: string): LimitState {
    return this.#state(key, false);
  }

  get size(): number {
    return this.#buckets.size;
  }

  #state(key: string, spend: boolean): LimitState {
    const nowMs = this.now();
    const perMs = this.limit / (this.windowSeconds * 1000);
    const bucket = this.#buckets.get(key) ?? { tokens: this.limit, at: nowMs };
    bucket.tokens = Math.min(this.limit, bucket.tokens + Math.max(0, nowMs - bucket.at) * perMs);
    bucket.at = nowMs;
    const allowed = bucket.tokens >= 1;
    if (allowed && spend) bucket.tokens -= 1;
    const fullAt = nowMs + (this.limit - bucket.tokens) / perMs;
    if (bucket.tokens < this.limit) this.#buckets.set(key, bucket, Math.ceil(fullAt));
    else this.#buckets.delete(key);
    const resetAt = Math.ceil(fullAt / 1000);
    const retryAfter = allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    return { allowed, limit: this.limit, remaining: Math.floor(bucket.tokens), resetAt, retryAfter };
  }
}

/**
 * Counts failed logins per key (IP and identifier), like Auth0's brute-force
 * protection. A success clears the count. Auth0 keeps a block until an admin or
 * the user (through an emailed link) lifts it; nobody can click such a link
 * here, so the block lifts after `blockSeconds` or when the tenant restarts.
 */
export class FailureCounter {
  // A count is forgotten `blockSeconds` after its last failure (or when its block lifts).
  readonly #failures: BoundedMap<string, { count: number; blockedUntil?: number }>;

  constructor(
    private readonly threshold: number,
    private readonly blockSeconds: number,
    private readonly now: () => number,
  ) {
    this.#failures = new BoundedMap(MAX_TRACKED_KEYS, now);
  }

  isBlocked(key: string): boolean {
    const entry = this.#failures.get(key);
    return entry?.blockedUntil !== undefined && this.now() < entry.blockedUntil;
  }

  fail(key: string): void {
    const entry = this.#failures.get(key) ?? { count: 0 };
    entry.count += 1;
    const until = this.now() + this.blockSeconds * 1000;
    if (entry.count >= this.threshold) entry.blockedUntil = until;
    this.#failures.set(key, entry, until);
  }

  succeed(key: string): void {
    this.#failures.delete(key);
  }

  get size(): number {
    return this.#failures.size;
  }
}
