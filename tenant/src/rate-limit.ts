// Rate limits, on the tenant's injectable clock.

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
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly now: () => number,
  ) {}

  take(key: string): LimitState {
    const nowMs = this.now();
    const perMs = this.limit / (this.windowSeconds * 1000);
    const bucket = this.#buckets.get(key) ?? { tokens: this.limit, at: nowMs };
    bucket.tokens = Math.min(this.limit, bucket.tokens + Math.max(0, nowMs - bucket.at) * perMs);
    bucket.at = nowMs;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.#buckets.set(key, bucket);
    const resetAt = Math.ceil((nowMs + (this.limit - bucket.tokens) / perMs) / 1000);
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
  readonly #failures = new Map<string, { count: number; blockedUntil?: number }>();

  constructor(
    private readonly threshold: number,
    private readonly blockSeconds: number,
    private readonly now: () => number,
  ) {}

  isBlocked(key: string): boolean {
    const entry = this.#failures.get(key);
    if (entry?.blockedUntil === undefined) return false;
    if (this.now() < entry.blockedUntil) return true;
    this.#failures.delete(key);
    return false;
  }

  fail(key: string): void {
    const entry = this.#failures.get(key) ?? { count: 0 };
    entry.count += 1;
    if (entry.count >= this.threshold) entry.blockedUntil = this.now() + this.blockSeconds * 1000;
    this.#failures.set(key, entry);
  }

  succeed(key: string): void {
    this.#failures.delete(key);
  }
}
