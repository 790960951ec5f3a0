import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { errorKind, PasswordlessClient, PasswordlessError, type AuthResult } from './client.js';
import { loadAuth0Spa } from './load-auth0-spa.js';
import type { RedirectClient } from './auth0-spa.js';
import type { SmsLockEventMap, CloseSource, AuthenticatedDetail } from './events.js';
import { initialFlow, resendWait, transition, type FlowError, type FlowEvent, type FlowState, type Step } from './flow.js';
import { dictionaryVersion, fill, formatClock, formatWait, pickDictionary, type Dictionary, type MessageKey } from './i18n/index.js';
import {
  checkPhone,
  defaultCountry as regionOfLanguages,
  maskPhone,
  editFromInputType,
  formatPhoneInput,
  listCountries,
  normalizeDigits,
  searchCountries,
  supportedCountry,
  allowedCountries,
  countryInfo,
  type Country,
  type CountryCode,
} from './phone/index.js';
import { findNativeBridge } from './native-bridge.js';
import { readRememberedPhone, rememberPhone, type RememberedPhone } from './remembered-phone.js';
import { lockPageScroll } from './scroll-lock.js';
import { followVisualViewport } from './visual-viewport.js';
import { receiveSmsCode } from './web-otp.js';
import { styles } from './sms-lock.styles.js';

type Pane = 'phone' | 'remembered' | 'picker' | 'code' | 'success' | 'universal';

/** Auth0's default one-time code lifetime: a remembered code older than this is not offered. */
const CODE_LIFETIME_MS = 180_000;

/**
 * Signs people in with a one-time code sent by SMS, on Auth0's Passwordless API:
 * phone entry → code entry → success, as a modal dialog or inline.
 *
 * @summary SMS one-time-code sign-in for Auth0.
 *
 * @fires {CustomEvent<CodeSentDetail>} code-sent - A code was sent, the first time or on resend. `detail: { phoneNumber }`, the E.164 number it went to.
 * @fires {CustomEvent<StateChangeDetail>} state-change - The user moved to another step. `detail: { state }`. On sign-in it fires just before `authenticated`.
 * @fires {CustomEvent<AuthenticatedDetail>} authenticated - The user signed in. `detail: { accessToken, idToken, refreshToken?, expiresIn, tokenType, scope?, profile }`; `profile` holds the ID token's claims (`sub`, `phone_number`, `phone_number_verified`, `name`, …, as the scopes allow).
 * @fires {CustomEvent<AuthorizationErrorDetail>} authorization-error - Sending or checking a code failed. `detail: { error, errorDescription, state }`: Auth0's `error` code (or `network_error`, `timeout`, `invalid_domain`, …), its description, and the step the user was on. Configuration errors are also written to the console with `console.error`.
 * @fires {CustomEvent<CloseDetail>} close - The user asked to close a `closable` modal. `detail: { source: 'close-button' | 'escape' | 'backdrop' }`. Cancelable: `preventDefault()` keeps it open. `autoclose` and `hide()` don't fire it.
 *
 * @slot logo - Shown above the title, e.g. your logo.
 * @slot footer - Shown below the form, e.g. terms of service.
 *
 * @csspart dialog - The native `<dialog>` (modal mode only).
 * @csspart panel - The box holding everything, in both modes.
 * @csspart header - The header with the title and the close button.
 * @csspart title - The title.
 * @csspart close-button - The close button (closable modals).
 * @csspart form - The form of the current step.
 * @csspart instructions - The text above the phone field.
 * @csspart country-select - The button that shows and changes the country.
 * @csspart country-picker - The country search pane.
 * @csspart country-search - The country search field.
 * @csspart country-list - The list of countries.
 * @csspart country-option - One country in the list.
 * @csspart phone-input - The phone number field.
 * @csspart code-input - The one-time code field.
 * @csspart submit-button - The main button of the step (send, verify).
 * @csspart resend-button - "Send a new code".
 * @csspart countdown - The text counting down to "Send a new code".
 * @csspart back-button - "Change number", and the country picker's back button.
 * @csspart message - Information such as where the code was sent (a polite live region).
 * @csspart error - The error message (a live region).
 * @csspart success - The success pane.
 * @csspart remembered - The remembered number offered on a return visit (`remember-phone`).
 * @csspart forget-button - "Not you?", which forgets the remembered number.
 * @csspart resume-button - "I already have a code", while a code sent earlier may still be valid.
 * @csspart continue-button - The button that goes to Universal Login (`flow="universal"`).
 *
 * @cssprop [--sms-lock-font=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font family.
 * @cssprop [--sms-lock-font-size=1rem] - Base font size; fields never go below 16px so iOS doesn't zoom.
 * @cssprop [--sms-lock-color-text=#1c1b1f] - Text colour.
 * @cssprop [--sms-lock-color-muted=#55535c] - Secondary text colour.
 * @cssprop [--sms-lock-color-background=#ffffff] - Panel background.
 * @cssprop [--sms-lock-color-field=#ffffff] - Field background.
 * @cssprop [--sms-lock-color-border=#79767f] - Field and panel borders.
 * @cssprop [--sms-lock-color-primary=#1a56db] - Buttons, links and focus ring.
 * @cssprop [--sms-lock-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--sms-lock-color-error=#b3261e] - Error text and invalid fields.
 * @cssprop [--sms-lock-color-success=#146c2e] - Success text.
 * @cssprop [--sms-lock-color-hover=rgb(0 0 0 / 0.06)] - Hover and active option background.
 * @cssprop [--sms-lock-backdrop=rgb(0 0 0 / 0.5)] - The modal backdrop.
 * @cssprop [--sms-lock-radius=0.75rem] - Panel corner radius.
 * @cssprop [--sms-lock-field-radius=0.5rem] - Field and button corner radius.
 * @cssprop [--sms-lock-spacing=1rem] - Base spacing.
 * @cssprop [--sms-lock-width=24rem] - Panel width.
 * @cssprop [--sms-lock-shadow=0 10px 40px rgb(0 0 0 / 0.25)] - Modal panel shadow.
 * @cssprop [--sms-lock-duration=160ms] - Open animation duration; zero under `prefers-reduced-motion`.
 */
export class SmsLock extends LitElement {
  static override styles = styles;
  // Declared here rather than with decorators: the same metadata, fewer bytes for every download.
  static override properties = {
    domain: {},
    clientId: { attribute: 'client-id' },
    connection: {},
    audience: {},
    scope: {},
    defaultCountry: { attribute: 'default-country' },
    countries: {},
    codeLength: { type: Number, attribute: 'code-length' },
    resendAfter: { type: Number, attribute: 'resend-after' },
    mode: { reflect: true },
    open: { type: Boolean, reflect: true },
    closable: { type: Boolean },
    autoclose: { type: Boolean },
    language: {},
    nativeBridge: { attribute: 'native-bridge' },
    rememberPhone: { type: Boolean, attribute: 'remember-phone' },
    flow: {},
    auth0Client: { attribute: false },
    popup: { type: Boolean },
    loginTicketHandler: { attribute: false },
    sessionHandoff: { attribute: false },
    strings: { attribute: false },
    progress: { state: true },
    country: { state: true },
    phoneText: { state: true },
    codeText: { state: true },
    pickerOpen: { state: true },
    pickerQuery: { state: true },
    activeOption: { state: true },
    now: { state: true },
    remembered: { state: true },
  };

  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /**
   * Auth0 domain (`example.us.auth0.com`, https implied) or a full origin (`http://127.0.0.1:4000`). Plain http only for
   * loopback hosts; anything else is reported as a configuration error when the user sends.
   */
  domain = '';

  /** The Auth0 application's client id. */
  clientId = '';

  /** The passwordless SMS connection's name. */
  connection = 'sms';

  /** API identifier to get an access token for. */
  audience?: string;

  /** Scopes to ask for. Auth0 returns `phone_number` only with `phone`, a refresh token only with `offline_access`. */
  scope = 'openid profile phone offline_access';

  /**
   * ISO 3166 alpha-2 country selected at first. It applies until the user picks a country or types a number with a calling
   * code. With `countries`, a country outside the list falls back to the first one listed there. Unset: the region of the
   * element's language (`language`, then `lang` on the element, an ancestor or `<html>`, then the browser's: `en-GB` → GB,
   * `fr` → FR), else `US`.
   */
  defaultCountry?: string;

  /**
   * Comma-separated ISO 3166 alpha-2 codes of the countries offered, e.g. `US,CA,MX`; unset: all. Numbers from other
   * countries are refused with a message, and so are non-geographic numbers (+800, +881, …), which belong to no country.
   */
  countries?: string;

  /** Digits in a code; the form submits by itself when this many are in. */
  codeLength = 6;

  /** Seconds before "Send a new code" is offered. */
  resendAfter = 30;

  /** `modal` (a `<dialog>` opened with `show()` or `open`) or `inline` (rendered in place). */
  mode: 'modal' | 'inline' = 'modal';

  /** Whether the modal is open. */
  open = false;

  /** Lets the user close the modal (close button, Escape, backdrop). */
  closable = false;

  /** Closes the modal by itself after a successful sign-in. */
  autoclose = false;

  /** BCP 47 tag for the texts and country names. Unset: `lang` of the element or an ancestor, then the browser's languages. */
  language?: string;

  /**
   * Name of the hybrid app's message handler that receives every event as `{ type, detail }`
   * (WKWebView `messageHandlers[name]`, an Android `@JavascriptInterface` `window[name]`, or React Native's WebView); `off` disables it.
   * See "Hybrid apps" in the README.
   */
  nativeBridge = 'smsLock';

  /** Remembers the last number on this device (never a token) and offers it, masked, on the next visit. */
  rememberPhone = false;

  /**
   * How the code becomes tokens: `otp` (the Passwordless OTP grant, for Native and Regular Web apps),
   * `cross-origin` (`/co/authenticate` then `/authorize`, for Single Page Application-type apps), or
   * `universal` (Auth0's Universal Login for the SMS connection). The last two redirect through
   * auth0-spa-js and fire `authenticated` when the page comes back. See "Choosing a flow" in the README.
   */
  flow: 'otp' | 'cross-origin' | 'universal' = 'otp';

  /**
   * The auth0-spa-js `Auth0Client` the redirect flows use; `connectAuth0()` from `sms-lock/auth0-spa`
   * sets it. Without one, the element creates it on first use from its own settings.
   */
  auth0Client?: RedirectClient;

  /**
   * For `cross-origin` and `universal`: sign in in a popup (auth0-spa-js's `loginWithPopup`) instead of
   * leaving the page. Where the browser blocks the popup, the page redirects after all; a popup the user
   * closes takes them back to where they were.
   */
  popup = false;

  /**
   * Where the login ticket of `flow="cross-origin"` goes. By default the element continues with
   * auth0-spa-js (`loginWithRedirect` with the ticket); a hosted login page sets this to resume
   * the `/authorize` request it is serving. It is awaited; a rejection shows as a failed verification.
   */
  loginTicketHandler?: (loginTicket: string) => void | Promise<void>;

  /**
   * Called with the tokens before `authenticated` fires, to hand the session to a store such as
   * auth0-spa-js's cache (`connectAuth0()` sets it). A rejection counts as a failed sign-in.
   */
  sessionHandoff?: (result: AuthResult) => void | Promise<void>;

  /** Replaces any of the texts, e.g. `{ title: 'Welcome back' }`. */
  strings?: Partial<Dictionary>;

  private progress: FlowState = initialFlow;
  private country: CountryCode = 'US';
  private phoneText = '';
  private codeText = '';
  private pickerOpen = false;
  private pickerQuery = '';
  private activeOption = 0;
  private now = Date.now();
  private remembered: RememberedPhone | null = null;

  /** The `countries` allow-list as known region codes; null: every country. */
  private allowed: Set<CountryCode> | null = null;
  private dictionary: Dictionary = pickDictionary(['en']).strings;
  private dictionaryVersion = -1;
  /** The language of the texts shown, which numbers and durations inside them follow. */
  private dictionaryLanguage = 'en';
  private resolvedLanguage = 'en';
  private client: PasswordlessClient | null = null;
  private countdown?: ReturnType<typeof setInterval>;
  private retryTimer?: { at: number; id: ReturnType<typeof setTimeout> };
  private releaseScroll?: () => void;
  private stopViewport?: () => void;
  private webOtp?: { controller: AbortController; sentAt: number };
  private request?: AbortController;
  private ownAuth0Client?: RedirectClient;
  private loginTicket?: { attempt: string; ticket: string; at: number };
  private opener: HTMLElement | null = null;
  private pointerDownOnBackdrop = false;
  private redirectReturn?: Promise<void>;

  /** Back (from Auth0) restores the page from the back/forward cache as it was: busy redirecting. */
  private onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) this.apply({ type: 'cancelled' });
  };
  private closedForMove = false;
  private escapeHandled = false;
  private lastAutoSubmitted = '';
  private countryChosen = false;

  /** The step the user is on: `phone-entry`, `code-entry` or `success`. Reflected as the `state` attribute, for CSS such as `sms-lock[state="success"]`. */
  get state(): Step {
    return this.progress.step;
  }

  /** `true` while a request is in flight. Reflected as the `busy` attribute, for CSS such as `sms-lock[busy]`. */
  get busy(): boolean {
    return this.progress.busy !== null;
  }

  /** Opens the modal (sets `open`). After a sign-in, it opens on a fresh, empty phone entry. */
  show(): void {
    if (this.progress.step === 'success') this.reset();
    this.open = true;
  }

  /** Closes the modal. Fires no `close` event. */
  hide(): void {
    this.open = false;
  }

  /** Back to an empty phone entry. A request in flight is abandoned and fires no events. */
  reset(): void {
    this.abortRequest();
    this.loginTicket = undefined;
    this.progress = initialFlow;
    this.phoneText = '';
    this.codeText = '';
    this.pickerOpen = false;
    this.lastAutoSubmitted = '';
    this.countryChosen = false;
    this.country = this.startingCountry();
    this.remembered = this.rememberPhone ? readRememberedPhone() : null;
  }

  override addEventListener<K extends keyof SmsLockEventMap>(type: K, listener: (this: SmsLock, event: SmsLockEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from /authorize with ?code=…&state=… (or ?error=…&state=…); once, even if the element moves meanwhile.
    const query = new URLSearchParams(location.search);
    if (this.flow !== 'otp' && query.has('state') && (query.has('code') || query.has('error'))) this.redirectReturn ??= this.finishRedirect();
    window.addEventListener('pageshow', this.onPageShow);
    this.stopViewport = followVisualViewport(this, () => {
      const root = this.shadowRoot;
      // Only while the user is in the widget: the page's own fields are not ours to scroll to.
      if (!root?.activeElement) return [];
      return [root.activeElement, root.querySelector('[part~="submit-button"]')];
    });
    // Moved in the document (frameworks re-parent elements): timers start again, and an open modal
    // opens again where it now is.
    if (this.hasUpdated) {
      this.requestUpdate();
      if (this.open) this.requestUpdate('open', false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCountdown();
    clearTimeout(this.retryTimer?.id);
    this.retryTimer = undefined;
    this.stopWebOtp();
    window.removeEventListener('pageshow', this.onPageShow);
    // A request abandoned by removal leaves the flow ready for the next try, should the element come
    // back; a redirect return being exchanged carries on, and signs in wherever the element is then.
    if (this.progress.busy !== 'redirecting') {
      this.abortRequest();
      this.apply({ type: 'cancelled' });
    }
    this.stopViewport?.();
    this.closeDialog(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const languageChanged = changed.has('language') || !this.hasUpdated;
    // A dictionary registered after the element rendered applies from its next update.
    if (languageChanged || this.dictionaryVersion !== dictionaryVersion) {
      this.dictionaryVersion = dictionaryVersion;
      ({ strings: this.dictionary, language: this.dictionaryLanguage } = pickDictionary(this.languages()));
    }
    if (languageChanged || changed.has('countries')) {
      this.resolvedLanguage = this.languages()[0] ?? 'en';
      // Only the codes: the named, sorted list is built when the picker first opens.
      const allowed = allowedCountries(this.countries?.split(','));
      this.allowed = allowed.length ? new Set(allowed) : null;
      if (!this.countryChosen || !this.admits(this.country)) {
        this.country = this.startingCountry();
      }
    } else if (changed.has('defaultCountry') && !this.countryChosen) {
      this.country = this.startingCountry();
    }
    if (changed.has('rememberPhone')) {
      this.remembered = this.rememberPhone ? readRememberedPhone() : null;
    }
    const configChanged = ['domain', 'clientId', 'connection', 'audience', 'scope', 'language'].some((key) => (changed as Map<PropertyKey, unknown>).has(key));
    if (configChanged) {
      this.client = null;
      // A client the element made itself follows its settings; one the page gave it is the page's.
      if (this.auth0Client && this.auth0Client === this.ownAuth0Client) this.auth0Client = this.ownAuth0Client = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.setAttribute('state', this.progress.step);
    this.toggleAttribute('busy', this.busy);
    if (changed.has('open') || changed.has('mode')) this.syncDialog();
    this.syncCountdown();
    this.syncWebOtp();
    this.syncRetryTimer();
  }

  protected override render(): TemplateResult {
    const panel = this.renderPanel();
    if (this.mode === 'inline') return panel;
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @cancel=${this.onDialogCancel}
      @keydown=${this.onDialogKeydown}
      @pointerdown=${this.onDialogPointerDown}
      @click=${this.onDialogClick}
      @close=${this.onDialogClosed}
    >${panel}</dialog>`;
  }

  private renderPanel(): TemplateResult {
    const pane = this.pane();
    const showClose = this.mode === 'modal' && this.closable;
    return html`<div class="panel" part="panel" ?aria-busy=${this.busy}>
      <div class="header" part="header">
        <slot name="logo"></slot>
        <h2 id="title" part="title">${this.t('title')}</h2>
        ${showClose
          ? html`<button type="button" class="close" part="close-button" aria-label=${this.t('close')} @click=${() => this.requestClose('close-button')}>
              <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20"><path d="M6 6l12 12M18 6L6 18" /></svg>
            </button>`
          : nothing}
      </div>
      <p id="message" class="message" part="message" role="status">${this.infoMessage()}</p>
      ${pane === 'phone' ? this.renderPhone()
        : pane === 'remembered' ? this.renderRemembered()
        : pane === 'picker' ? this.renderPicker()
        : pane === 'code' ? this.renderCode()
        : pane === 'universal' ? this.renderUniversal()
        : this.renderSuccess()}
      <slot name="footer"></slot>
    </div>`;
  }

  private renderPhone(): TemplateResult {
    const country = this.selectedCountry();
    const invalid = this.progress.error?.kind === 'phone' || this.progress.error?.kind === 'invalid-phone';
    return html`<form part="form" novalidate @submit=${this.onPhoneSubmit}>
      <p class="instructions" part="instructions">${this.t('phoneInstructions')}</p>
      <label for="phone">${this.t('phoneLabel')}</label>
      <div class="phone-row">
        <button
          type="button"
          id="country"
          class="country"
          part="country-select"
          aria-haspopup="listbox"
          aria-label=${this.t('countryButton', { country: country?.name ?? this.country, callingCode: country?.callingCode ?? '' })}
          @click=${this.openPicker}
        >
          <span class="flag" aria-hidden="true">${flagOf(this.country)}</span>
          <span aria-hidden="true">+${country?.callingCode}</span>
          <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" width="16" height="16"><path d="M7 10l5 5 5-5" /></svg>
        </button>
        <input
          id="phone"
          part="phone-input"
          type="tel"
          autocomplete="tel"
          inputmode="tel"
          enterkeyhint="send"
          spellcheck="false"
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="error"
          .value=${this.phoneText}
          @input=${this.onPhoneInput}
        />
      </div>
      <p id="error" class="error" part="error" role="alert">${this.errorMessage()}</p>
      <button type="submit" class="primary" part="submit-button" aria-disabled=${this.busy ? 'true' : 'false'}>
        ${this.progress.busy === 'sending' ? this.t('sending') : this.t('sendCode')}
      </button>
    </form>`;
  }

  private renderUniversal(): TemplateResult {
    return html`<form part="form" novalidate @submit=${this.onUniversalSubmit}>
      <p class="instructions" part="instructions">${this.t('universalInstructions')}</p>
      <p id="error" class="error" part="error" role="alert">${this.errorMessage()}</p>
      <button type="submit" id="continue" class="primary" part="submit-button continue-button" aria-disabled=${this.busy ? 'true' : 'false'}>
        ${this.busy ? this.t('redirecting') : this.t('continue')}
      </button>
    </form>`;
  }

  private renderRemembered(): TemplateResult {
    const { phoneNumber, sentAt } = this.remembered!;
    const codeMayBeValid = sentAt !== undefined && Date.now() - sentAt < CODE_LIFETIME_MS;
    return html`<form part="form" novalidate @submit=${this.onRememberedSubmit}>
      <p class="instructions" part="instructions">${this.t('rememberedInstructions')}</p>
      <p class="remembered" part="remembered">
        <span aria-hidden="true">${maskPhone(phoneNumber)}</span>
        <span class="visually-hidden">${this.t('rememberedNumber', { last: phoneNumber.slice(-4) })}</span>
        <span aria-hidden="true">—</span>
        <button type="button" class="link" part="forget-button" @click=${this.forgetPhone}>${this.t('notYou')}</button>
      </p>
      <p id="error" class="error" part="error" role="alert">${this.errorMessage()}</p>
      <button type="submit" id="remembered-submit" class="primary" part="submit-button" aria-disabled=${this.busy ? 'true' : 'false'}>
        ${this.progress.busy === 'sending' ? this.t('sending') : this.t('sendCode')}
      </button>
      ${codeMayBeValid
        ? html`<button type="button" class="link" part="resume-button" @click=${this.resumeWithCode}>${this.t('haveCode')}</button>`
        : nothing}
    </form>`;
  }

  private renderPicker(): TemplateResult {
    const matches = this.pickerMatches();
    const active = matches[Math.min(this.activeOption, matches.length - 1)];
    return html`<div class="picker" part="country-picker">
      <div class="picker-head">
        <button type="button" class="icon" part="back-button" aria-label=${this.t('countryBack')} @click=${() => this.closePicker()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20"><path d="M15 5l-7 7 7 7" /></svg>
        </button>
        <label for="country-search" class="visually-hidden">${this.t('countrySearchLabel')}</label>
        <input
          id="country-search"
          part="country-search"
          type="search"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="go"
          aria-expanded="true"
          aria-controls="country-list"
          aria-autocomplete="list"
          aria-activedescendant=${active ? `country-${active.code}` : ''}
          placeholder=${this.t('countrySearchPlaceholder')}
          .value=${this.pickerQuery}
          @input=${this.onPickerInput}
          @keydown=${this.onPickerKeydown}
        />
      </div>
      <ul id="country-list" part="country-list" role="listbox" aria-label=${this.t('countryLabel')}>
        ${matches.map(
          (country) => html`<li
            id="country-${country.code}"
            part="country-option"
            role="option"
            aria-selected=${country === active ? 'true' : 'false'}
            @click=${() => this.chooseCountry(country.code)}
          >
            <span class="flag" aria-hidden="true">${flagOf(country.code)}</span>
            <span class="name">${country.name}</span>
            <span class="calling-code">+${country.callingCode}</span>
          </li>`,
        )}
      </ul>
      <p class="no-match" role="status">${matches.length ? '' : this.t('countryNoMatch', { query: this.pickerQuery })}</p>
    </div>`;
  }

  private renderCode(): TemplateResult {
    // After a wrong or expired code, a new code is offered at once: the old one may be spent.
    const wait = this.progress.error?.kind === 'invalid-code' ? 0 : resendWait(this.progress, this.now, this.resendAfter);
    const invalid = this.progress.error?.kind === 'invalid-code' || this.progress.error?.kind === 'code-incomplete';
    return html`<form part="form" novalidate @submit=${this.onCodeSubmit}>
      <label for="code">${this.t('codeLabel')}</label>
      <input
        id="code"
        part="code-input"
        type="text"
        autocomplete="one-time-code"
        inputmode="numeric"
        enterkeyhint="done"
        spellcheck="false"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="message error"
        .value=${this.codeText}
        @input=${this.onCodeInput}
      />
      <p id="error" class="error" part="error" role="alert">${this.errorMessage()}</p>
      <button type="submit" class="primary" part="submit-button" aria-disabled=${this.busy ? 'true' : 'false'}>
        ${this.progress.busy === 'verifying' ? this.t('verifying') : this.t('verify')}
      </button>
      <div class="secondary">
        <button type="button" class="link" part="back-button" @click=${this.changeNumber}>${this.t('changeNumber')}</button>
        ${wait > 0
          ? html`<span class="countdown" part="countdown">${this.t('resendIn', { time: formatClock(wait) })}</span>`
          : html`<button type="button" class="link" part="resend-button" @click=${this.resend}>${this.t('resendCode')}</button>`}
      </div>
    </form>`;
  }

  private renderSuccess(): TemplateResult {
    return html`<div class="success" part="success" id="success" tabindex="-1">
      <svg viewBox="0 0 24 24" aria-hidden="true" width="40" height="40"><path d="M5 12.5l4.5 4.5L19 7.5" /></svg>
      <p class="success-title">${this.t('success')}</p>
      ${this.progress.phoneNumber ? html`<p>${this.t('successDetail', { phone: displayPhone(this.progress.phoneNumber) })}</p>` : nothing}
    </div>`;
  }

  // ——— texts

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return fill(this.strings?.[key] ?? this.dictionary[key], params);
  }

  private infoMessage(): string {
    const { step, phoneNumber, sendCount } = this.progress;
    if (step !== 'code-entry' || !phoneNumber) return '';
    return this.t(sendCount > 1 ? 'codeResent' : 'codeInstructions', { phone: displayPhone(phoneNumber) });
  }

  private errorMessage(): string {
    const error = this.progress.error;
    if (!error) return '';
    const countryName = (code: string) => countryInfo(code as CountryCode, this.resolvedLanguage).name;
    switch (error.kind) {
      case 'phone':
        return this.t(`phone.${error.reason}`, { country: countryName(error.country) });
      case 'code-incomplete':
        return this.t('code.incomplete', { length: this.codeLength });
      case 'rate-limited':
      case 'too-many-attempts': {
        const wait = error.retryAt ? (error.retryAt - Date.now()) / 1000 : 0;
        const [withWait, withoutWait] = error.kind === 'rate-limited'
          ? (['error.rate-limited', 'error.rate-limited-later'] as const)
          : (['error.too-many-attempts-wait', 'error.too-many-attempts'] as const);
        return wait > 0 ? this.t(withWait, { wait: formatWait(wait, this.dictionaryLanguage) }) : this.t(withoutWait);
      }
      case 'invalid-phone':
        return this.t('error.invalid-phone', { phone: this.progress.phoneNumber ? displayPhone(this.progress.phoneNumber) : this.phoneText });
      default:
        return this.t(`error.${error.kind}`);
    }
  }

  // ——— phone entry

  // The fields' values are written here as the user types, and rendered from the same state: lit sets
  // .value only when the state changes, and setting a field to its own value leaves the caret alone.
  private onPhoneInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const result = formatPhoneInput(input.value, input.selectionStart ?? input.value.length, this.country, editFromInputType(event.inputType));
    input.value = result.text;
    if (document.activeElement === this || this.shadowRoot?.activeElement === input) input.setSelectionRange(result.caret, result.caret);
    this.phoneText = result.text;
    if (result.country !== this.country) {
      this.country = result.country;
      this.countryChosen = true;
    }
    if (this.progress.error?.kind === 'phone') this.clearError();
  }

  private onPhoneSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.sendCode();
  }

  private async sendCode(): Promise<void> {
    if (this.busy) return;
    const phoneNumber = this.numberToSend(this.phoneText);
    if (phoneNumber) await this.requestCode(phoneNumber);
  }

  /** The E.164 number a code may go to, or null after telling the user why not (rules of its country, `countries`). */
  private numberToSend(text: string): string | null {
    const check = checkPhone(text, this.country);
    if (check.ok && this.admits(check.region)) return check.e164;
    const error: FlowError = check.ok
      ? { kind: 'phone', reason: check.region ? 'not-allowed' : 'non-geographic', country: check.country }
      : { kind: 'phone', reason: check.reason, country: check.country };
    this.apply({ type: 'rejected', error });
    this.focusField('phone');
    return null;
  }

  /** Any country's numbers without `countries`, else only the listed ones; non-geographic numbers (+800, +881…) belong to no country. */
  private admits(region: CountryCode | undefined): boolean {
    return region ? !this.allowed || this.allowed.has(region) : !this.allowed;
  }

  private async requestCode(phoneNumber: string): Promise<void> {
    if (!this.apply({ type: 'send', phoneNumber })) return;
    const from = this.progress.step;
    const signal = this.newRequest();
    try {
      await this.passwordless().start(phoneNumber, { signal });
      this.now = Date.now();
      // Refused when reset() came first: the answer is for a flow that no longer exists.
      if (!this.apply({ type: 'sent', phoneNumber, at: this.now })) return;
      this.codeText = '';
      this.lastAutoSubmitted = '';
      if (this.rememberPhone) this.remember({ phoneNumber, sentAt: this.now });
      this.emit('code-sent', { phoneNumber });
      if (from !== this.progress.step) this.emit('state-change', { state: this.progress.step });
      this.focusField('code');
    } catch (error) {
      if (!this.fail({ type: 'send-failed', error: toFlowError(error), phoneNumber }, signal)) return;
      this.focusField(from === 'code-entry' ? 'code' : 'phone');
    }
  }

  private onRememberedSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const phoneNumber = this.remembered && !this.busy ? this.numberToSend(this.remembered.phoneNumber) : null;
    if (phoneNumber) void this.requestCode(phoneNumber);
  }

  private forgetPhone(): void {
    this.remember(null);
    this.focusField('phone');
  }

  private resumeWithCode(): void {
    const { phoneNumber, sentAt } = this.remembered ?? {};
    if (!phoneNumber || sentAt === undefined) return;
    this.now = Date.now();
    if (!this.apply({ type: 'resume', phoneNumber, sentAt })) return;
    this.codeText = '';
    this.emit('state-change', { state: this.progress.step });
    this.focusField('code');
  }

  private remember(value: RememberedPhone | null): void {
    rememberPhone(value);
    this.remembered = value;
  }

  // ——— country picker

  private openPicker(): void {
    this.pickerQuery = '';
    this.activeOption = Math.max(0, this.countryList().findIndex((c) => c.code === this.country));
    this.pickerOpen = true;
    this.focusField('country-search').then(() => this.scrollActiveOption());
  }

  private closePicker(focus: 'country' | 'phone' = 'country'): void {
    this.pickerOpen = false;
    this.focusField(focus);
  }

  private pickerMatches(): Country[] {
    return searchCountries(this.countryList(), this.pickerQuery);
  }

  private onPickerInput(event: Event): void {
    this.pickerQuery = (event.target as HTMLInputElement).value;
    this.activeOption = 0;
  }

  private onPickerKeydown(event: KeyboardEvent): void {
    const matches = this.pickerMatches();
    const last = matches.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, this.activeOption + 1),
      ArrowUp: Math.max(0, this.activeOption - 1),
      PageDown: Math.min(last, this.activeOption + 8),
      PageUp: Math.max(0, this.activeOption - 8),
    };
    if (event.key in moves) {
      event.preventDefault();
      this.activeOption = moves[event.key];
      void this.updateComplete.then(() => this.scrollActiveOption());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = matches[Math.min(this.activeOption, last)];
      if (chosen) this.chooseCountry(chosen.code);
    } else if (event.key === 'Escape') {
      // The picker is a step inside the dialog: Escape leaves the picker, not the dialog.
      event.preventDefault();
      event.stopPropagation();
      this.closePicker();
    }
  }

  private scrollActiveOption(): void {
    this.renderRoot.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  private chooseCountry(code: CountryCode): void {
    // A number typed with the calling code of the country it selected keeps its national digits:
    // picking another country means the user wants that country's code, not the typed one.
    const { digits } = formatPhoneInput(this.phoneText, this.phoneText.length, this.country);
    const callingCode = `+${this.selectedCountry()?.callingCode}`;
    const national = digits.startsWith(callingCode) ? digits.slice(callingCode.length) : digits;
    this.country = code;
    this.countryChosen = true;
    if (this.phoneText) this.phoneText = formatPhoneInput(national, national.length, code).text;
    if (this.progress.error?.kind === 'phone') this.clearError();
    this.closePicker('phone');
  }

  // ——— code entry

  private onCodeInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const code = extractCode(input.value, this.codeLength);
    input.value = code;
    this.codeText = code;
    if (this.progress.error?.kind === 'code-incomplete') this.clearError();
    if (code.length === this.codeLength && code !== this.lastAutoSubmitted) {
      this.lastAutoSubmitted = code;
      void this.verifyCode();
    }
  }

  private onCodeSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.verifyCode();
  }

  private async verifyCode(): Promise<void> {
    if (this.busy) return;
    const { phoneNumber } = this.progress;
    if (!phoneNumber) return;
    if (this.codeText.length !== this.codeLength) {
      this.apply({ type: 'rejected', error: { kind: 'code-incomplete' } });
      this.focusField('code');
      return;
    }
    if (!this.apply({ type: 'verify' })) return;
    const signal = this.newRequest();
    const code = this.codeText;
    // Opened now, while the keystroke still counts as a user action: browsers block popups opened later.
    const popup = this.flow === 'cross-origin' && !this.loginTicketHandler ? this.openPopup() : null;
    try {
      if (this.flow === 'cross-origin') {
        // A ticket the user didn't get to use (they closed the popup) is still good for the same code.
        const attempt = `${phoneNumber} ${code}`;
        // Auth0's tickets are short-lived and single-use: reused only soon after a closed popup.
        const fresh = this.loginTicket?.attempt === attempt && Date.now() - this.loginTicket.at < 30_000;
        const loginTicket = fresh
          ? this.loginTicket!.ticket
          : (await this.passwordless().authenticateCrossOrigin(phoneNumber, code, { signal })).loginTicket;
        this.loginTicket = { attempt, ticket: loginTicket, at: Date.now() };
        if (this.loginTicketHandler) await this.loginTicketHandler(loginTicket);
        else await this.authorize({ login_ticket: loginTicket, realm: this.connection }, popup);
        return;
      }
      const result = await this.passwordless().login(phoneNumber, code, { signal });
      // Abandoned meanwhile (reset, removed): the session is not handed over either.
      if (signal.aborted) return;
      await this.sessionHandoff?.(result);
      this.signedIn(result);
    } catch (error) {
      popup?.close();
      this.loginTicket = undefined;
      if (!this.fail({ type: 'verify-failed', error: toFlowError(error) }, signal)) return;
      this.lastAutoSubmitted = '';
      await this.focusField('code');
      (this.renderRoot.querySelector('#code') as HTMLInputElement | null)?.select();
    }
  }

  private async onUniversalSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.apply({ type: 'redirect' })) return;
    const signal = this.newRequest();
    const popup = this.openPopup();
    try {
      await this.authorize({ connection: this.connection }, popup);
    } catch (error) {
      popup?.close();
      this.fail({ type: 'redirect-failed', error: toFlowError(error) }, signal);
    }
  }

  /**
   * With `popup`, the sign-in window, opened empty right away (auth0-spa-js's name and size) and
   * given to auth0-spa-js; null without `popup` or when the browser blocks it.
   */
  private openPopup(): Window | null {
    if (!this.popup) return null;
    const width = 400;
    const height = 600;
    const left = Math.round(window.screenX + (window.innerWidth - width) / 2);
    const top = Math.round(window.screenY + (window.innerHeight - height) / 2);
    return window.open('', 'auth0:authorize:popup', `left=${left},top=${top},width=${width},height=${height},resizable,scrollbars=yes,status=1`);
  }

  /**
   * The `/authorize` leg through auth0-spa-js (loaded now): in the popup, then signed in right here,
   * or by leaving the page, which comes back through finishRedirect() — busy until then.
   */
  private async authorize(authorizationParams: Record<string, string>, popup: Window | null): Promise<void> {
    const spa = await loadAuth0Spa();
    const result = await spa.authorize(this.redirectClient(spa), authorizationParams, popup, this.progress.phoneNumber);
    // null: the user closed the popup; back to where they were, nothing to report.
    if (result === null) this.apply({ type: 'cancelled' });
    else if (result) this.signedIn(result);
  }

  /** The tokens are in: success step, then `authenticated`. */
  private signedIn(result: AuthenticatedDetail, returnedPhoneNumber?: string): void {
    const { phone_number } = result.profile;
    // The number the code went to; after a universal login only the ID token knows it.
    const phoneNumber = returnedPhoneNumber ?? this.progress.phoneNumber ?? (typeof phone_number === 'string' ? phone_number : undefined);
    if (!this.apply({ type: 'verified', phoneNumber })) return;
    this.loginTicket = undefined;
    // The code is spent: keep only the number.
    if (this.rememberPhone && this.progress.phoneNumber) this.remember({ phoneNumber: this.progress.phoneNumber });
    this.emit('state-change', { state: this.progress.step });
    this.emit('authenticated', result);
    if (this.autoclose && this.mode === 'modal') this.open = false;
    else void this.focusField('success');
  }

  /** Back from /authorize (cross-origin or universal flow): the code becomes tokens through auth0-spa-js. */
  private async finishRedirect(): Promise<void> {
    // The page's own scripts (which may set domain and auth0Client) must run first: module and
    // deferred scripts run while readyState is already "interactive", up to DOMContentLoaded.
    await pageScriptsDone();
    await this.updateComplete;
    if (!this.apply({ type: 'redirect' })) return;
    const signal = this.newRequest();
    try {
      const spa = await loadAuth0Spa();
      const completed = await spa.completeRedirect(this.redirectClient(spa), new URL(location.href));
      if (completed) this.signedIn(completed.result, completed.phoneNumber);
      else this.apply({ type: 'cancelled' });
    } catch (error) {
      const phoneNumber = (error as { appState?: { smsLockPhoneNumber?: string } }).appState?.smsLockPhoneNumber;
      // The number typed before the redirect survives a failed return.
      if (phoneNumber) this.phoneText = displayPhone(phoneNumber);
      this.fail({ type: 'redirect-failed', error: toFlowError(error) }, signal);
    }
  }

  /** The page's auth0-spa-js client, or one made from the element's settings. */
  private redirectClient({ connectAuth0 }: typeof import('./auth0-spa.js')): RedirectClient {
    if (!this.auth0Client) this.ownAuth0Client = connectAuth0(this);
    return this.auth0Client!;
  }

  private changeNumber(): void {
    if (!this.apply({ type: 'change-number' })) return;
    this.codeText = '';
    this.emit('state-change', { state: this.progress.step });
    this.focusField('phone');
  }

  private resend(): void {
    if (this.progress.phoneNumber) void this.requestCode(this.progress.phoneNumber);
  }

  // ——— modal

  private syncDialog(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    const shouldBeOpen = this.mode === 'modal' && this.open;
    if (shouldBeOpen && dialog && !dialog.open) {
      this.opener ??= deepActiveElement();
      dialog.showModal();
      this.releaseScroll = lockPageScroll();
      const pane = this.pane();
      this.focusField(pane === 'code' ? 'code' : pane === 'success' ? 'success' : pane === 'remembered' ? 'remembered-submit' : 'phone');
    } else if (!shouldBeOpen) {
      this.closeDialog(false);
    }
  }

  /** Closes the dialog and frees the page; `moving`: the element left the document, `open` stays as it is. */
  private closeDialog(moving: boolean): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) {
      this.closedForMove = moving;
      dialog.close();
    }
    this.releaseScroll?.();
    this.releaseScroll = undefined;
    // Moving keeps the opener: focus goes back to it when the moved modal closes.
    if (moving) return;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  private requestClose(source: CloseSource): void {
    if (!this.closable || this.mode !== 'modal') return;
    const request = this.emit('close', { source }, true);
    if (!request.defaultPrevented) this.open = false;
  }

  private onDialogKeydown(event: KeyboardEvent): void {
    // Escape while composing (IME) cancels the composition, not the dialog.
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    // Chromium honours cancel.preventDefault() only once in a row, so Escape is stopped here,
    // before it becomes a cancel request, and routed through requestClose.
    event.preventDefault();
    this.escapeHandled = true;
    queueMicrotask(() => (this.escapeHandled = false));
    this.requestClose('escape');
  }

  private onDialogCancel(event: Event): void {
    event.preventDefault();
    if (!this.escapeHandled) this.requestClose('escape');
  }

  private onDialogPointerDown(event: PointerEvent): void {
    this.pointerDownOnBackdrop = event.target === event.currentTarget;
  }

  private onDialogClick(event: MouseEvent): void {
    // The panel fills the dialog box, so a click whose target is the dialog itself hit the backdrop.
    // Requiring the press to start there too ignores a text selection dragged out of the panel.
    const onBackdrop = event.target === event.currentTarget && this.pointerDownOnBackdrop;
    this.pointerDownOnBackdrop = false;
    if (onBackdrop) this.requestClose('backdrop');
  }

  private onDialogClosed(): void {
    // Closed because the element left the document: it opens again if it comes back.
    if (this.closedForMove) {
      this.closedForMove = false;
      return;
    }
    // Closed by the browser itself (e.g. a close watcher): keep `open` truthful.
    if (this.open) this.open = false;
  }

  // ——— plumbing

  private pane(): Pane {
    if (this.progress.step === 'success') return 'success';
    if (this.flow === 'universal') return 'universal';
    if (this.progress.step === 'code-entry') return 'code';
    if (this.pickerOpen) return 'picker';
    return this.remembered ? 'remembered' : 'phone';
  }

  /** Applies a flow event; false when the flow refused it (e.g. a second submit while busy). */
  private apply(event: FlowEvent): boolean {
    const next = transition(this.progress, event);
    if (next === this.progress) return false;
    this.progress = next;
    return true;
  }

  private clearError(): void {
    this.progress = { ...this.progress, error: null };
  }

  /** Records a failed request and tells the page; false when the request was abandoned (reset, removed). */
  private fail(event: Extract<FlowEvent, { type: 'send-failed' | 'verify-failed' | 'redirect-failed' }>, signal: AbortSignal): boolean {
    if (signal.aborted || !this.apply(event)) return false;
    const flowError = event.error;
    const detail = {
      error: 'error' in flowError ? flowError.error : 'unknown_error',
      errorDescription: 'errorDescription' in flowError ? flowError.errorDescription : '',
      state: this.progress.step,
    };
    if (flowError.kind === 'configuration') {
      console.error(`<sms-lock>: sign-in is misconfigured: ${detail.error}: ${detail.errorDescription}`);
    }
    this.emit('authorization-error', detail);
    return true;
  }

  /** A fresh abort signal for the next request; reset() and removal abort it. */
  private newRequest(): AbortSignal {
    this.request = new AbortController();
    return this.request.signal;
  }

  private abortRequest(): void {
    this.request?.abort();
    this.request = undefined;
  }

  private passwordless(): PasswordlessClient {
    this.client ??= new PasswordlessClient({
      domain: this.domain,
      clientId: this.clientId,
      connection: this.connection || undefined,
      audience: this.audience || undefined,
      scope: this.scope || undefined,
      language: this.resolvedLanguage,
    });
    return this.client;
  }

  private emit<K extends keyof SmsLockEventMap>(name: K, detail: SmsLockEventMap[K]['detail'], cancelable = false): SmsLockEventMap[K] {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }) as SmsLockEventMap[K];
    this.dispatchEvent(event);
    // A close the page cancelled did not happen, so the app must not dismiss its web view.
    if (!event.defaultPrevented) findNativeBridge(this.nativeBridge)?.({ type: name, detail });
    return event;
  }

  private async focusField(id: string): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector(`#${id}`) as HTMLElement | null)?.focus();
  }

  private syncCountdown(): void {
    const waiting = this.isConnected && resendWait(this.progress, Date.now(), this.resendAfter) > 0;
    if (waiting && !this.countdown) {
      this.countdown = setInterval(() => (this.now = Date.now()), 1000);
    } else if (!waiting) {
      this.stopCountdown();
    }
  }

  /** Listens for the code through WebOTP while in code entry; leaving code entry aborts it. */
  private syncWebOtp(): void {
    // One request per code sent: a resend starts a new one for the new SMS.
    const sentAt = this.progress.step === 'code-entry' && this.isConnected ? this.progress.sentAt : null;
    if (sentAt === (this.webOtp?.sentAt ?? null)) return;
    this.stopWebOtp();
    if (sentAt === null) return;
    const controller = new AbortController();
    this.webOtp = { controller, sentAt };
    void receiveSmsCode(controller.signal).then((code) => {
      if (controller.signal.aborted || !code || this.progress.step !== 'code-entry') return;
      this.codeText = extractCode(code, this.codeLength);
      this.lastAutoSubmitted = this.codeText;
      void this.verifyCode();
    });
  }

  private stopWebOtp(): void {
    this.webOtp?.controller.abort();
    this.webOtp = undefined;
  }

  /** A "try again in …" message goes away once the wait is over (updating it every second would re-announce it). */
  private syncRetryTimer(): void {
    const { error } = this.progress;
    const retryAt = this.isConnected && error && 'retryAt' in error ? error.retryAt : undefined;
    if (retryAt === this.retryTimer?.at) return;
    clearTimeout(this.retryTimer?.id);
    this.retryTimer = retryAt
      ? { at: retryAt, id: setTimeout(() => this.progress.error === error && this.clearError(), retryAt - Date.now()) }
      : undefined;
  }

  private stopCountdown(): void {
    clearInterval(this.countdown);
    this.countdown = undefined;
  }

  private languages(): string[] {
    // closest() stops at a shadow root: the page's own language is the fallback.
    const own = this.language || this.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
    // Browsers started with a POSIX locale report tags like "C", which Intl rejects.
    return [...(own ? [own] : []), ...(navigator.languages ?? [navigator.language])].filter(isLanguageTag);
  }

  /** The countries offered, named and sorted in the element's language. */
  private countryList(): Country[] {
    return listCountries(this.resolvedLanguage, this.allowed ? [...this.allowed] : undefined);
  }

  private startingCountry(): CountryCode {
    const wanted = supportedCountry(this.defaultCountry) ?? regionOfLanguages(this.languages());
    // Else the first country of `countries` (a Set keeps the attribute's order).
    return this.admits(wanted) ? wanted : [...this.allowed!][0];
  }

  /** Also a country outside `countries`, which a number typed with its calling code may select. */
  private selectedCountry(): Country {
    return countryInfo(this.country, this.resolvedLanguage);
  }
}

/** Settles once the page's deferred and module scripts have run (DOMContentLoaded, or load if that already fired). */
function pageScriptsDone(): Promise<void> {
  return new Promise((done) => {
    const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (document.readyState === 'complete' || (navigation?.domContentLoadedEventEnd ?? 0) > 0) return done();
    document.addEventListener('DOMContentLoaded', () => done(), { once: true });
    window.addEventListener('load', () => done(), { once: true });
  });
}

/** Turns any failure into something the UI can explain; unknown errors count as server errors. */
function toFlowError(error: unknown): FlowError {
  if (error instanceof PasswordlessError) {
    return {
      kind: error.kind,
      error: error.error,
      errorDescription: error.errorDescription,
      retryAt: error.retryAfter !== undefined ? Date.now() + error.retryAfter * 1000 : undefined,
    };
  }
  // auth0-spa-js's errors (an /authorize error sent back to the page, a timed-out popup) carry Auth0's code too.
  const { error: code, error_description: description } = (error ?? {}) as { error?: unknown; error_description?: unknown };
  if (typeof code === 'string') {
    const text = typeof description === 'string' ? description : '';
    return { kind: errorKind(code, text, 0), error: code, errorDescription: text };
  }
  return { kind: 'server', error: 'unexpected_error', errorDescription: error instanceof Error ? error.message : String(error) };
}

/**
 * The code out of whatever was typed, pasted or autofilled: `123 456`, `123-456` and
 * `Your code is 123456` all give `123456`; digits in other scripts count.
 */
export function extractCode(text: string, length: number): string {
  const runs = normalizeDigits(text).match(/\d+/g) ?? [];
  const whole = runs.find((run) => run.length === length);
  return (whole ?? runs.join('')).slice(0, length);
}

function isLanguageTag(tag: string | undefined): tag is string {
  try {
    return !!tag && Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
  }
}

function flagOf(code: string): string {
  return String.fromCodePoint(...[...code.toUpperCase()].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}

/** An E.164 number as people read it, kept on one line: '+1 415 555 0100'. */
function displayPhone(e164: string): string {
  return formatPhoneInput(e164, e164.length, 'US').text.replace(/ /g, '\u00a0');
}

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'sms-lock': SmsLock;
  }
}
