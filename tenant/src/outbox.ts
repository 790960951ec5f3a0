// The SMS outbox: every code the tenant "sends" lands here instead of on a phone.

export interface OutboxMessage {
  /** E.164 number the SMS was addressed to. */
  to: string;
  code: string;
  /** The full SMS text, ending with the WebOTP line (`@localhost #123456`). */
  text: string;
  /** ISO 8601, from the tenant's clock. */
  sentAt: string;
}

export interface Outbox {
  /** Messages oldest first, optionally only those sent to one number. */
  messages(to?: string): OutboxMessage[];
  /** The newest message sent to a number, if any. */
  last(to: string): OutboxMessage | undefined;
  /** Forget every message. */
  clear(): void;
}

/** Messages the outbox keeps by default; older ones are dropped first. */
export const DEFAULT_OUTBOX_LIMIT = 1000;

export class MemoryOutbox implements Outbox {
  readonly #messages: OutboxMessage[] = [];

  constructor(private readonly limit = DEFAULT_OUTBOX_LIMIT) {}

  add(message: OutboxMessage): void {
    this.#messages.push(message);
    if (this.#messages.length > this.limit) this.#messages.splice(0, this.#messages.length - this.limit);
  }

  get size(): number {
    return this.#messages.length;
  }

  messages(to?: string): OutboxMessage[] {
    return this.#messages.filter((m) => to === undefined || m.to === to).map((m) => ({ ...m }));
  }

  last(to: string): OutboxMessage | undefined {
    return this.messages(to).at(-1);
  }

  clear(): void {
    this.#messages.length = 0;
  }
}

/**
 * The SMS body. Its last line is the origin-bound one that the WebOTP API
 * (navigator.credentials.get({ otp })) looks for.
 */
export function smsText(code: string, webOtpHost: string): string {
  return `Your verification code is ${code}\n\n@${webOtpHost} #${code}`;
}
