// One-time codes, with Auth0's rules: only the latest code for a number is
// accepted, each is single use, it expires after the TTL, and it is
// invalidated after `maxAttempts` wrong tries.
import { randomInt, timingSafeEqual } from 'node:crypto';
import { BoundedMap } from './bounded-map.js';

/** Numbers with a pending code kept at most; /passwordless/start's rate limit keeps real use far below. */
export const MAX_PENDING_CODES = 10_000;

interface PendingCode {
  code: string;
  expiresAt: number;
  failures: number;
}

export type CheckResult = 'ok' | 'wrong' | 'none';

export class CodeStore {
  readonly #codes: BoundedMap<string, PendingCode>;

  constructor(
    private readonly length: number,
    private readonly ttlSeconds: number,
    private readonly maxAttempts: number,
    private readonly now: () => number,
  ) {
    this.#codes = new BoundedMap(MAX_PENDING_CODES, now);
  }

  get size(): number {
    return this.#codes.size;
  }

  /** Issues a fresh code for a number; any earlier one stops working. */
  issue(phoneNumber: string): string {
    let code = '';
    for (let i = 0; i < this.length; i++) code += String(randomInt(10));
    const expiresAt = this.now() + this.ttlSeconds * 1000;
    this.#codes.set(phoneNumber, { code, expiresAt, failures: 0 }, expiresAt);
    return code;
  }

  /** Checks and, on success, consumes the code. */
  check(phoneNumber: string, otp: string): CheckResult {
    const pending = this.#codes.get(phoneNumber);
    if (!pending) return 'none';
    if (!sameString(pending.code, otp)) {
      pending.failures += 1;
      if (pending.failures >= this.maxAttempts) this.#codes.delete(phoneNumber);
      return 'wrong';
    }
    this.#codes.delete(phoneNumber);
    return 'ok';
  }
}

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
