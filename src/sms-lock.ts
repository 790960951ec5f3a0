import { adoptStyles, LitElement, supportsAdoptingStyleSheets, type PropertyValues, type TemplateResult } from 'lit';
import type { AuthResult } from './client.js';
import type { RedirectClient } from './auth0/redirect-client.js';
import { CountryPicker } from './controllers/country-picker.js';
import { focusField, noteOpenSet, type SmsLockHost } from './controllers/host.js';
import { LanguageController } from './controllers/language.js';
import { ModalController } from './controllers/modal.js';
import { PhoneEntry } from './controllers/phone-entry.js';
import { RedirectController } from './controllers/redirect.js';
import { SignInController } from './controllers/sign-in.js';
import { TimersController } from './controllers/timers.js';
import { WebOtpController } from './controllers/web-otp.js';
import type { SmsLockEventMap } from './events.js';
import type { Step } from './flow.js';
import type { Dictionary } from './i18n/index.js';
import { infoMessage } from './messages.js';
import type { CodeStyle } from './views/code.js';
import { dialogView, panelView } from './views/panel.js';
import { renderPane, type Pane } from './sms-lock.panes.js';
import { stepStyles, styles } from './sms-lock.styles.js';
import { whenIdle } from './platform/idle.js';

// Settings whose change means a new Auth0 client.
const CLIENT_SETTINGS = ['domain', 'clientId', 'connection', 'audience', 'scope', 'language'] as const;

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
 * @csspart code-input - The one-time code field: the real input, transparent over the boxes with `code-style="boxes"`.
 * @csspart code-boxes - The row of digit boxes and the input over them (`code-style="boxes"`).
 * @csspart code-box - One digit's box; with `code-box-active` (where the next digit goes), `code-box-filled`, `code-box-invalid` (a wrong code).
 * @csspart code-box-active - The box the next digit goes into (the last one when the code is full); highlighted while the field has focus.
 * @csspart code-box-filled - A box holding a digit.
 * @csspart code-box-invalid - Every box while the code is marked wrong.
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
 * @cssprop [--sms-lock-color-text=#1c1b1f] - Text colour. Each colour's default is the light theme's; `theme="dark"` has its own (see "Theming" in the README), and setting the property overrides both.
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
 * @cssprop [--sms-lock-duration=160ms] - Open animation and box highlight duration; zero under `prefers-reduced-motion`.
 * @cssprop [--sms-lock-caret-blink=1.2s] - The caret blink in the active code box; no blinking under `prefers-reduced-motion`.
 */
export class SmsLock extends LitElement implements SmsLockHost {
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
    open: { type: Boolean, reflect: true, noAccessor: true },
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
    theme: { reflect: true },
    codeStyle: { attribute: 'code-style' },
  };

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

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
  get open(): boolean {
    return this.#isOpen;
  }
  set open(value: boolean) {
    const old = this.#isOpen;
    this.#isOpen = value;
    noteOpenSet(this);
    this.requestUpdate('open', old);
  }
  #isOpen = false;

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

  /**
   * `light`, `dark`, or `auto` (follows the system's `prefers-color-scheme`). Light by default, so a widget on a
   * light-only page does not turn dark with the system; use `auto` when your page follows the system too.
   * The `--sms-lock-color-*` properties override the colours of either theme.
   */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** How the code is entered: `boxes` (one box per digit, over one real input) or `field` (a single text field). */
  codeStyle: CodeStyle = 'boxes';

  readonly #i18n = new LanguageController(this);
  readonly #redirect: RedirectController = new RedirectController(this, {
    returned: () => this.#signIn.finishRedirect(),
    restored: () => this.#signIn.apply({ type: 'cancelled' }),
  });
  readonly #signIn: SignInController = new SignInController(this, this.#redirect, () => this.#i18n.locale);
  readonly #phone = new PhoneEntry(this, this.#signIn, () => this.#i18n.languages());
  readonly #picker = new CountryPicker(this, this.#phone, () => this.#i18n.locale);
  readonly #modal = new ModalController(this, () => this.#focusStep());
  readonly #timers = new TimersController(this, this.#signIn);

  constructor() {
    super();
    new WebOtpController(this, this.#signIn);
  }

  /** The step the user is on: `phone-entry`, `code-entry` or `success`. Reflected as the `state` attribute, for CSS such as `sms-lock[state="success"]`. */
  get state(): Step {
    return this.#signIn.state.step;
  }

  /** `true` while a request is in flight. Reflected as the `busy` attribute, for CSS such as `sms-lock[busy]`. */
  get busy(): boolean {
    return this.#signIn.state.busy !== null;
  }

  /** Opens the modal (sets `open`). After a sign-in, it opens on a fresh, empty phone entry. */
  show(): void {
    if (this.#signIn.state.step === 'success') this.reset();
    this.open = true;
  }

  /** Closes the modal. Fires no `close` event. */
  hide(): void {
    this.open = false;
  }

  /** Back to an empty phone entry. A request in flight is abandoned and fires no events. */
  reset(): void {
    this.#signIn.reset();
    this.#picker.reset();
    this.#phone.reset();
  }

  override addEventListener<K extends keyof SmsLockEventMap>(
    type: K,
    listener: (this: SmsLock, event: SmsLockEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the document (frameworks re-parent elements): timers start again, and an open modal
    // opens again where it now is.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const languages = this.#i18n.refresh(changed.has('language')) || !this.hasUpdated;
    if (!this.hasUpdated) whenIdle(() => this.#adoptStepStyles());
    this.#phone.configure({ languages, countries: changed.has('countries'), defaultCountry: changed.has('defaultCountry') });
    if (changed.has('rememberPhone')) this.#signIn.readRemembered();
    // The SMS follows the element's language too, so a new language means a new client.
    if (languages || CLIENT_SETTINGS.some((key) => changed.has(key))) {
      this.#signIn.settingsChanged();
      this.#redirect.settingsChanged();
    }
  }

  /** The other steps' rules (src/styles/steps.ts), once: before one of them first renders, or when the browser is idle. */
  #stepStylesAdopted = false;
  #adoptStepStyles(): void {
    if (this.#stepStylesAdopted) return;
    this.#stepStylesAdopted = true;
    const root = this.renderRoot as ShadowRoot;
    if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, stepStyles.styleSheet!];
    else adoptStyles(root, [stepStyles]);
  }

  protected override updated(): void {
    // Written only on a change: each write, even of the same value, is a mutation and a style check.
    if (this.getAttribute('state') !== this.state) this.setAttribute('state', this.state);
    this.toggleAttribute('busy', this.busy);
  }

  protected override render(): TemplateResult {
    const panel = panelView({
      t: this.#i18n.t,
      busy: this.busy || this.#i18n.pending,
      closable: this.mode === 'modal' && this.closable,
      message: infoMessage(this.#signIn.state, this.#i18n),
      dir: this.#i18n.direction,
      pane: renderPane(this.#pane(), {
        i18n: this.#i18n,
        signIn: this.#signIn,
        phone: this.#phone,
        picker: this.#picker,
        timers: this.#timers,
        busy: this.busy,
        codeLength: this.codeLength,
        codeStyle: this.codeStyle,
      }),
      onClose: () => this.#modal.requestClose('close-button'),
    });
    return this.mode === 'inline' ? panel : dialogView(panel, this.#modal);
  }

  // The rules of every step but the phone entry come as a sheet of their own, before the step renders.
  protected override update(changed: PropertyValues<this>): void {
    if (this.#pane() !== 'phone') this.#adoptStepStyles();
    super.update(changed);
  }

  #pane(): Pane {
    const { step } = this.#signIn.state;
    if (step === 'success') return 'success';
    if (this.flow === 'universal') return 'universal';
    if (step === 'code-entry') return 'code';
    if (this.#picker.isOpen) return 'picker';
    return this.#signIn.remembered ? 'remembered' : 'phone';
  }

  /** Focuses the field of the current step (the modal has just opened). */
  #focusStep(): void {
    const pane = this.#pane();
    const id = pane === 'code' ? 'code' : pane === 'success' ? 'success' : pane === 'remembered' ? 'remembered-submit' : 'phone';
    void focusField(this, id);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sms-lock': SmsLock;
  }
}
