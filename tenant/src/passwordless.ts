// One-time codes, with Auth0's rules: only the latest code for a number is
// accepted, each is single use, it expires after the TTL, and it is
// invalidated after `maxAttempts` wrong tries.
import { randomInt, timingSafeEqual } from 'node:crypto';

interface PendingCode {
  code: string;
  expiresAt: number;
  failures: number;
}

export type CheckResult = 'ok' | 'wrong' | 'none';

export class CodeStore {
  readonly #codes = new Map<string, PendingCode>();

  constructor(
    private readonly length: number,
    private readonly ttlSeconds: number,
    private readonly maxAttempts: number,
    private readonly now: () => number,
  ) {}

  /** Issues a fresh code for a number; any earlier one stops working. */
  issue(phoneNumber: string): string {
    let code = '';
    for (let i = 0; i < this.length; i++) code += String(randomInt(10));
    this.#codes.set(phoneNumber, { code, expiresAt: this.now() + this.ttlSeconds * 1000, failures: 0 });
    return code;
  }

  /** Checks and, on success, consumes the code. */
  check(phoneNumber: string, otp: string): CheckResult {
    const pending = this.#codes.get(phoneNumber);
    if (!pending) return 'none';
    if (this.now() >= pending.expiresAt) {
      this.#codes.delete(phoneNumber);
      return 'none';
    }
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
