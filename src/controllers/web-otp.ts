/**
 * WebOTP while the user is in code entry: one request per code sent (a resend starts a new one for
 * the new SMS), aborted when the user leaves code entry or the element leaves the page.
 */
import type { ReactiveController } from 'lit';
import { receiveSmsCode } from '../platform/web-otp.js';
import type { SmsLockHost } from './host.js';
import type { SignInController } from './sign-in.js';

export class WebOtpController implements ReactiveController {
  #listening?: { controller: AbortController; sentAt: number };

  constructor(
    private readonly host: SmsLockHost,
    private readonly signIn: SignInController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { step, sentAt } = this.signIn.state;
    const current = step === 'code-entry' && this.host.isConnected ? sentAt : null;
    if (current === (this.#listening?.sentAt ?? null)) return;
    this.#stop();
    if (current === null) return;
    const controller = new AbortController();
    this.#listening = { controller, sentAt: current };
    void receiveSmsCode(controller.signal).then((code) => {
      if (controller.signal.aborted || !code || this.signIn.state.step !== 'code-entry') return;
      this.signIn.receivedCode(code);
    });
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #stop(): void {
    this.#listening?.controller.abort();
    this.#listening = undefined;
  }
}
