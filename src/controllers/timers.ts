/**
 * The two clocks of the code step: the countdown to "Send a new code" (one render a second while it
 * runs), and the wait of a rate limit, after which its "try again in …" message goes away (updating
 * that message every second would make screen readers announce it again and again).
 */
import type { ReactiveController } from 'lit';
import { resendWait } from '../flow.js';
import { setLongTimeout } from '../long-timeout.js';
import type { SmsLockHost } from './host.js';
import type { SignInController } from './sign-in.js';

export class TimersController implements ReactiveController {
  #countdown?: ReturnType<typeof setInterval>;
  #retryTimer?: { at: number; cancel: () => void };

  constructor(
    private readonly host: SmsLockHost,
    private readonly signIn: SignInController,
  ) {
    host.addController(this);
  }

  /** Seconds until a new code may be asked for; 0 once it may. */
  resendWait(): number {
    return resendWait(this.signIn.state, Date.now(), this.host.resendAfter);
  }

  hostUpdated(): void {
    this.#syncCountdown();
    this.#syncRetryTimer();
  }

  hostDisconnected(): void {
    this.#stopCountdown();
    this.#retryTimer?.cancel();
    this.#retryTimer = undefined;
  }

  #syncCountdown(): void {
    const waiting = this.host.isConnected && this.resendWait() > 0;
    if (waiting && !this.#countdown) {
      this.#countdown = setInterval(() => this.host.requestUpdate(), 1000);
    } else if (!waiting) {
      this.#stopCountdown();
    }
  }

  #stopCountdown(): void {
    clearInterval(this.#countdown);
    this.#countdown = undefined;
  }

  #syncRetryTimer(): void {
    const { error } = this.signIn.state;
    const retryAt = this.host.isConnected && error && 'retryAt' in error ? error.retryAt : undefined;
    if (retryAt === this.#retryTimer?.at) return;
    this.#retryTimer?.cancel();
    this.#retryTimer = retryAt
      ? { at: retryAt, cancel: setLongTimeout(() => this.signIn.apply({ type: 'clear-error', error: error! }), retryAt - Date.now()) }
      : undefined;
  }
}
