/**
 * The sign-in itself: sends the code, checks it (through the OTP grant, or `/co/authenticate` and
 * `/authorize` for the redirect flows), and tells the page. It holds the flow state, which only
 * `transition()` changes (see `flow.ts`), the code being typed, the request in flight, and the
 * remembered number of `remember-phone`.
 */
import type { ReactiveController } from 'lit';
import { PasswordlessClient } from '../client.js';
import { toFlowError } from '../auth0/flow-error.js';
import type { AuthenticatedDetail } from '../events.js';
import { initialFlow, transition, type FlowEvent, type FlowState } from '../flow.js';
import { extractCode, isE164 } from '../phone/index.js';
import { readRememberedPhone, rememberPhone, type RememberedPhone } from '../platform/remembered-phone.js';
import { emit, focusField, openSetCount, type SmsLockHost } from './host.js';
import { pageScriptsDone, type RedirectController } from './redirect.js';

type FailedEvent = Extract<FlowEvent, { type: 'send-failed' | 'verify-failed' | 'redirect-failed' }>;

export class SignInController implements ReactiveController {
  state: FlowState = initialFlow;
  /** The code as typed (digits only, at most `codeLength`). */
  codeText = '';
  /** The number offered on a return visit (`remember-phone`), if any. */
  remembered: RememberedPhone | null = null;
  /** Set when the phone entry's text must change (e.g. a failed redirect return names the number). */
  onNumberRestored?: (phoneNumber: string) => void;
  #lastAutoSubmitted = '';
  #client: PasswordlessClient | null = null;
  #request?: AbortController;

  constructor(
    private readonly host: SmsLockHost,
    private readonly redirect: RedirectController,
    /** The language the SMS should be in. */
    private readonly smsLanguage: () => string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A request abandoned by removal leaves the flow ready for the next try, should the element come
    // back; a redirect return being exchanged carries on, and signs in wherever the element is then.
    if (this.state.busy !== 'redirecting') {
      this.#abortRequest();
      this.apply({ type: 'cancelled' });
    }
  }

  /** The element's Auth0 settings changed: the next request uses a client made from the new ones. */
  settingsChanged(): void {
    this.#client = null;
  }

  /** Applies a flow event; false when the flow refused it (e.g. a second submit while busy). */
  apply(event: FlowEvent): boolean {
    const next = transition(this.state, event);
    if (next === this.state) return false;
    this.state = next;
    this.host.requestUpdate();
    return true;
  }

  /** Back to an empty phone entry; a request in flight is abandoned. */
  reset(): void {
    this.#abortRequest();
    this.redirect.forgetTicket();
    this.apply({ type: 'reset' });
    this.codeText = '';
    this.#lastAutoSubmitted = '';
    this.readRemembered();
  }

  readRemembered(): void {
    this.remembered = this.host.rememberPhone ? readRememberedPhone() : null;
    this.host.requestUpdate();
  }

  /** Saves (or, with null, forgets) the remembered number. */
  remember(value: RememberedPhone | null): void {
    rememberPhone(value);
    this.remembered = value;
    this.host.requestUpdate();
  }

  // ——— phone entry

  async sendCode(phoneNumber: string): Promise<void> {
    if (!this.apply({ type: 'send', phoneNumber })) return;
    const from = this.state.step;
    const signal = this.#newRequest();
    try {
      await this.#passwordless().start(phoneNumber, { signal });
      const at = Date.now();
      // Refused when reset() came first: the answer is for a flow that no longer exists.
      if (!this.apply({ type: 'sent', phoneNumber, at })) return;
      this.codeText = '';
      this.#lastAutoSubmitted = '';
      if (this.host.rememberPhone) this.remember({ phoneNumber, sentAt: at });
      emit(this.host, 'code-sent', { phoneNumber });
      if (from !== this.state.step) emit(this.host, 'state-change', { state: this.state.step });
      void focusField(this.host, 'code');
    } catch (error) {
      if (!this.#fail({ type: 'send-failed', error: toFlowError(error), phoneNumber }, signal)) return;
      void focusField(this.host, from === 'code-entry' ? 'code' : 'phone');
    }
  }

  /** "I already have a code": straight to code entry for the remembered number. */
  resume(): void {
    const { phoneNumber, sentAt } = this.remembered ?? {};
    if (!phoneNumber || sentAt === undefined) return;
    if (!this.apply({ type: 'resume', phoneNumber, sentAt })) return;
    this.codeText = '';
    emit(this.host, 'state-change', { state: this.state.step });
    void focusField(this.host, 'code');
  }

  // ——— code entry

  /**
   * The code as typed, pasted, autofilled or read by WebOTP: only its digits are kept, and a whole
   * code submits itself (once: the same wrong code is not sent again until it changes).
   */
  enterCode(text: string): string {
    const code = extractCode(text, this.host.codeLength);
    this.codeText = code;
    this.apply({ type: 'clear-error', kinds: ['code-incomplete'] });
    this.host.requestUpdate();
    if (code.length === this.host.codeLength && code !== this.#lastAutoSubmitted) {
      this.#lastAutoSubmitted = code;
      void this.verifyCode();
    }
    return code;
  }

  /** A code WebOTP read from the SMS: checked at once. */
  receivedCode(code: string): void {
    this.codeText = extractCode(code, this.host.codeLength);
    this.#lastAutoSubmitted = this.codeText;
    void this.verifyCode();
  }

  changeNumber(): void {
    if (!this.apply({ type: 'change-number' })) return;
    this.codeText = '';
    emit(this.host, 'state-change', { state: this.state.step });
    void focusField(this.host, 'phone');
  }

  resend(): void {
    if (this.state.phoneNumber) void this.sendCode(this.state.phoneNumber);
  }

  async verifyCode(): Promise<void> {
    if (this.state.busy) return;
    const { phoneNumber } = this.state;
    if (!phoneNumber) return;
    const { codeLength, flow } = this.host;
    if (this.codeText.length !== codeLength) {
      this.apply({ type: 'rejected', error: { kind: 'code-incomplete' } });
      void focusField(this.host, 'code');
      return;
    }
    if (!this.apply({ type: 'verify' })) return;
    const signal = this.#newRequest();
    const code = this.codeText;
    // Opened now, while the keystroke still counts as a user action.
    const popup = flow === 'cross-origin' && !this.host.loginTicketHandler ? this.redirect.openPopup() : null;
    try {
      if (flow === 'cross-origin') {
        // A ticket the user didn't get to use (they closed the popup) is still good for the same code.
        const loginTicket = await this.redirect.loginTicket(
          phoneNumber,
          code,
          async () => (await this.#passwordless().authenticateCrossOrigin(phoneNumber, code, { signal })).loginTicket,
        );
        if (this.host.loginTicketHandler) await this.host.loginTicketHandler(loginTicket);
        else await this.#authorize({ login_ticket: loginTicket, realm: this.host.connection }, popup);
        return;
      }
      const result = await this.#passwordless().login(phoneNumber, code, { signal });
      // Abandoned meanwhile (reset, removed): the session is not handed over either.
      if (signal.aborted) return;
      await this.host.sessionHandoff?.(result);
      this.#signedIn(result);
    } catch (error) {
      popup?.close();
      this.redirect.forgetTicket();
      if (!this.#fail({ type: 'verify-failed', error: toFlowError(error) }, signal)) return;
      this.#lastAutoSubmitted = '';
      await focusField(this.host, 'code');
      this.host.renderRoot.querySelector<HTMLInputElement>('#code')?.select();
    }
  }

  // ——— the redirect flows

  /** `flow="universal"`: on to Universal Login, in the popup or by leaving the page. */
  async continueToUniversal(): Promise<void> {
    if (!this.apply({ type: 'redirect' })) return;
    const signal = this.#newRequest();
    const popup = this.redirect.openPopup();
    try {
      await this.#authorize({ connection: this.host.connection }, popup);
    } catch (error) {
      popup?.close();
      this.#fail({ type: 'redirect-failed', error: toFlowError(error) }, signal);
    }
  }

  /** Back from /authorize (cross-origin or universal flow): the code becomes tokens through auth0-spa-js. */
  async finishRedirect(): Promise<void> {
    // The page's own scripts (which may set domain and auth0Client) must run first: module and
    // deferred scripts run while readyState is already "interactive", up to DOMContentLoaded.
    await pageScriptsDone();
    await this.host.updateComplete;
    if (!this.apply({ type: 'redirect' })) return;
    const signal = this.#newRequest();
    try {
      const completed = await this.redirect.completeReturn();
      if (completed) this.#signedIn(completed.result, completed.phoneNumber);
      else this.apply({ type: 'cancelled' });
    } catch (error) {
      const phoneNumber = (error as { appState?: { smsLockPhoneNumber?: unknown } }).appState?.smsLockPhoneNumber;
      // The number typed before the redirect survives a failed return (if it is one: the state came back through the URL).
      if (isE164(phoneNumber)) this.onNumberRestored?.(phoneNumber);
      this.#fail({ type: 'redirect-failed', error: toFlowError(error) }, signal);
    }
  }

  /** The `/authorize` leg: signed in right here after a popup, or (busy until then) by leaving the page. */
  async #authorize(authorizationParams: Record<string, string>, popup: Window | null): Promise<void> {
    const result = await this.redirect.authorize(authorizationParams, popup, this.state.phoneNumber);
    // null: the user closed the popup; back to where they were, nothing to report.
    if (result === null) this.apply({ type: 'cancelled' });
    else if (result) this.#signedIn(result);
  }

  // ——— outcomes

  /** The tokens are in: success step, then `authenticated`. */
  #signedIn(result: AuthenticatedDetail, returnedPhoneNumber?: string): void {
    const { phone_number } = result.profile;
    // The number the code went to; after a universal login only the ID token knows it.
    const phoneNumber = returnedPhoneNumber ?? this.state.phoneNumber ?? (typeof phone_number === 'string' ? phone_number : undefined);
    if (!this.apply({ type: 'verified', phoneNumber })) return;
    this.redirect.forgetTicket();
    // The code is spent: keep only the number.
    if (this.host.rememberPhone && this.state.phoneNumber) this.remember({ phoneNumber: this.state.phoneNumber });
    const before = openSetCount(this.host);
    emit(this.host, 'state-change', { state: this.state.step });
    emit(this.host, 'authenticated', result);
    // A listener that reopened the modal (show() for the next user) has the last word.
    if (this.host.autoclose && this.host.mode === 'modal' && openSetCount(this.host) === before) this.host.open = false;
    else void focusField(this.host, 'success');
  }

  /** Records a failed request and tells the page; false when the request was abandoned (reset, removed). */
  #fail(event: FailedEvent, signal: AbortSignal): boolean {
    if (signal.aborted || !this.apply(event)) return false;
    const flowError = event.error;
    const detail = {
      error: 'error' in flowError ? flowError.error : 'unknown_error',
      errorDescription: 'errorDescription' in flowError ? flowError.errorDescription : '',
      state: this.state.step,
    };
    if (flowError.kind === 'configuration') {
      console.error(`<sms-lock>: sign-in is misconfigured: ${detail.error}: ${detail.errorDescription}`);
    }
    emit(this.host, 'authorization-error', detail);
    return true;
  }

  /** A fresh abort signal for the next request; reset() and removal abort it. */
  #newRequest(): AbortSignal {
    this.#request = new AbortController();
    return this.#request.signal;
  }

  #abortRequest(): void {
    this.#request?.abort();
    this.#request = undefined;
  }

  #passwordless(): PasswordlessClient {
    const { domain, clientId, connection, audience, scope } = this.host;
    this.#client ??= new PasswordlessClient({
      domain,
      clientId,
      connection: connection || undefined,
      audience: audience || undefined,
      scope: scope || undefined,
      language: this.smsLanguage(),
    });
    return this.#client;
  }
}
