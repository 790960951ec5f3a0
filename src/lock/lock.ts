/**
 * `Auth0LockPasswordless` for SMS with a code, on `<sms-lock>`: Lock's constructor, `show()`, `hide()`,
 * `on()` and `logout()`, its options mapped onto the element's properties, slots, texts and custom
 * properties, and its events fired from the element's. Lock's defaults apply where they differ from
 * the element's (`closable` in a modal, `rememberLastLogin`, the scope). See "Migrating from Lock" in
 * the README for every option and event.
 */
import { resolveDomain, type AuthResult } from '../client.js';
import { loadAuth0Spa } from '../auth0/load-auth0-spa.js';
import type { AuthorizationErrorDetail, StateChangeDetail } from '../events.js';
import type { SmsLock } from '../sms-lock.js';
import { mapLanguageDictionary, termsNodes } from './dictionary.js';
import type { LockAuthResult, LockError, LockOptions, LockShowOptions } from './types.js';

export type { LockAuthOptions, LockAuthResult, LockError, LockOptions, LockShowOptions, LockTheme } from './types.js';

const EVENTS = [
  'show',
  'hide',
  'unrecoverable_error',
  'authenticated',
  'authorization_error',
  'hash_parsed',
  'signin ready',
  'signup ready',
  'socialOrPhoneNumber ready',
  'socialOrEmail ready',
  'vcode ready',
  'forgot_password ready',
  'forgot_password submit',
  'signin submit',
  'signup submit',
  'signup success',
  'signup error',
  'socialOrPhoneNumber submit',
  'socialOrEmail submit',
  'vcode submit',
  'federated login',
  'ssodata fetched',
  'sso login',
] as const;
export type LockEvent = (typeof EVENTS)[number];

// Lock's options handled here; any other is reported once as unsupported.
const HANDLED = new Set([
  'allowedConnections',
  'useCustomPasswordlessConnection',
  'passwordlessMethod',
  'container',
  'closable',
  'autoclose',
  'autofocus',
  'language',
  'languageDictionary',
  'theme',
  'defaultLocation',
  'prefill',
  'rememberLastLogin',
  'mustAcceptTerms',
  'showTerms',
  'auth',
  'disableWarnings',
  'flow',
  'flashMessage',
  // Lock v10's switch to what v11 (and this) always does.
  'oidcConformant',
]);
// Where Lock fetches its client configuration and dictionaries from; everything is built in here.
const NOT_NEEDED = new Set(['configurationBaseUrl', 'languageBaseUrl', 'clientBaseUrl', 'assetsUrl']);
const HANDLED_AUTH = new Set(['params', 'audience', 'redirect', 'redirectUrl', 'responseType']);

// Lock's default scope.
const LOCK_SCOPE = 'openid profile email';

const warned = new Set<string>();

export class Auth0LockPasswordless {
  /** The `<sms-lock>` showing this Lock; null after an unrecoverable configuration error. */
  readonly element: SmsLock | null = null;
  readonly #listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  readonly #options: LockOptions;
  readonly #terms: HTMLElement;
  readonly #checkbox: HTMLInputElement;
  readonly #flash: HTMLElement;
  readonly #logo: HTMLImageElement;
  #prefilled = false;

  constructor(
    private readonly clientID: string,
    private readonly domain: string,
    options: LockOptions = {},
  ) {
    if (typeof clientID !== 'string' || !clientID) throw new Error('A `clientID` string must be provided as first argument.');
    if (typeof domain !== 'string' || !domain) throw new Error('A `domain` string must be provided as second argument.');
    this.#options = options;
    this.#terms = Object.assign(document.createElement('label'), { slot: 'footer' });
    this.#checkbox = Object.assign(document.createElement('input'), { type: 'checkbox', required: true });
    this.#flash = Object.assign(document.createElement('p'), { slot: 'footer', hidden: true });
    this.#flash.setAttribute('role', 'alert');
    this.#logo = Object.assign(document.createElement('img'), { slot: 'logo', alt: '', hidden: true });
    this.#notes(options);

    const container = options.container === undefined ? null : document.getElementById(options.container);
    if (options.container !== undefined && !container) {
      this.#fail(`Can't find element with id ${options.container}`);
      return;
    }
    const connection = this.#connection(options.allowedConnections);
    if (!connection) return;
    const el = document.createElement('sms-lock');
    this.element = el;
    el.connection = connection;
    el.domain = domain;
    el.clientId = clientID;
    // Inline, hidden until show(). Not with `hidden`: the element's own `display` outranks it.
    if (container) el.style.display = 'none';
    el.mode = container ? 'inline' : 'modal';
    // Lock: closable unless inline; autoclose only where the user could close it.
    el.closable = !container && options.closable !== false;
    el.autoclose = el.closable && !!options.autoclose;
    el.scope = options.auth?.params?.scope ?? LOCK_SCOPE;
    if (options.auth?.audience) el.audience = options.auth.audience;
    if (options.defaultLocation) el.defaultCountry = options.defaultLocation.toUpperCase();
    el.flow = options.flow ?? 'cross-origin';
    el.popup = options.auth?.redirect === false;
    el.append(this.#logo, this.#flash, this.#terms);
    this.#configure(options);
    this.#listen(el);
    (container ?? document.body).append(el);
    const { redirectUrl } = options.auth ?? {};
    if (el.flow !== 'otp' && redirectUrl) {
      // auth0-spa-js (fetched now, only for this flow) comes back to Lock's redirectUrl.
      void loadAuth0Spa().then((spa) => spa.connectAuth0(el, { authorizationParams: { redirect_uri: redirectUrl } }));
    }
  }

  /** Listens to one of Lock's events; an event name Lock doesn't know is an `unrecoverable_error`, as in Lock. */
  on(event: LockEvent, handler: (...args: never[]) => void): this {
    if (!(EVENTS as readonly string[]).includes(event)) {
      this.#fail('Invalid event');
      return this;
    }
    const set = this.#listeners.get(event) ?? new Set();
    set.add(handler as (...args: unknown[]) => void);
    this.#listeners.set(event, set);
    return this;
  }

  /** Stops listening. */
  off(event: LockEvent, handler: (...args: never[]) => void): this {
    this.#listeners.get(event)?.delete(handler as (...args: unknown[]) => void);
    return this;
  }

  /** Opens the modal (or shows the inline widget in `container`); `options` override some of the constructor's, as in Lock. */
  show(options: LockShowOptions = {}): void {
    const el = this.element;
    if (!el) return;
    const connection = options.allowedConnections ? this.#connection(options.allowedConnections) : el.connection;
    if (!connection) return;
    el.connection = connection;
    this.#configure({ ...this.#options, ...options, theme: { ...this.#options.theme, ...options.theme } });
    if (options.auth?.params?.scope) el.scope = options.auth.params.scope;
    this.#flash.hidden = !options.flashMessage;
    this.#flash.textContent = options.flashMessage?.text ?? '';
    if (el.mode === 'inline') {
      if (el.state === 'success') el.reset();
      el.style.display = '';
    } else {
      el.show();
    }
    this.#emit('show');
    void el.updateComplete.then(() => {
      this.#prefill();
      if (el.state === 'phone-entry') this.#emit('socialOrPhoneNumber ready');
      // Lock's default: focus the first field, except inline and on small screens. A modal always takes focus.
      if (el.mode === 'inline' && (this.#options.autofocus ?? false)) {
        el.shadowRoot!.querySelector<HTMLElement>('[part~="phone-input"], [part~="submit-button"]')?.focus();
      }
    });
  }

  /** Closes the modal, or hides the inline widget. */
  hide(): void {
    const el = this.element;
    if (!el) return;
    if (el.mode === 'inline') {
      if (el.style.display !== 'none') this.#emit('hide');
      el.style.display = 'none';
    } else {
      // The `open` attribute going away fires `hide`.
      el.hide();
    }
  }

  /**
   * Ends the Auth0 session as Lock does: the browser goes to `/v2/logout` on the domain, which comes back to `returnTo` (it must be an
   * Allowed Logout URL). Tokens the page kept are the page's to drop.
   */
  logout(query: { returnTo?: string; federated?: boolean; client_id?: string; clientID?: string } = {}): void {
    const params = new URLSearchParams({ client_id: query.client_id ?? query.clientID ?? this.clientID });
    if (query.returnTo) params.set('returnTo', query.returnTo);
    if (query.federated) params.set('federated', '');
    window.location.assign(`${resolveDomain(this.domain)}/v2/logout?${params.toString()}`);
  }

  // ——— options

  /** The SMS connection among Lock's `allowedConnections`; null (after `unrecoverable_error`) when there is none. */
  #connection(allowed: string[] | undefined): string | null {
    const candidates = (allowed ?? ['sms']).filter((name) => name !== 'email');
    const name = candidates.includes('sms') ? 'sms' : this.#options.useCustomPasswordlessConnection ? candidates[0] : undefined;
    if (!name) {
      this.#fail(
        allowed?.includes('email')
          ? 'This Lock signs in with SMS only: allowedConnections lists no SMS connection (email passwordless is not supported).'
          : 'allowedConnections lists no SMS connection (a custom one needs useCustomPasswordlessConnection: true).',
      );
      return null;
    }
    return name;
  }

  /** The options `show()` may change too. */
  #configure(options: LockOptions): void {
    const el = this.element!;
    if (options.language) el.language = options.language.trim().toLowerCase();
    const dictionary = mapLanguageDictionary(options.languageDictionary);
    el.strings = dictionary.strings;
    for (const key of dictionary.unknown)
      this.#warn(`languageDictionary.${key}`, `languageDictionary key "${key}" has no <sms-lock> counterpart and is ignored.`);
    el.rememberPhone = options.rememberLastLogin ?? true;
    const { primaryColor, logo } = options.theme ?? {};
    if (primaryColor) {
      el.style.setProperty('--sms-lock-color-primary', primaryColor);
      el.style.setProperty('--sms-lock-color-on-primary', textColorOn(primaryColor));
    }
    this.#logo.hidden = !logo;
    if (logo) this.#logo.src = logo;
    // Lock shows the terms when there are some to show, and needs them ticked with mustAcceptTerms.
    const terms = dictionary.terms;
    const shown = options.showTerms !== false && (!!terms || !!options.mustAcceptTerms);
    this.#terms.hidden = !shown;
    this.#terms.replaceChildren(...(options.mustAcceptTerms ? [this.#checkbox, ' '] : []), ...termsNodes(terms ?? ''));
  }

  #prefill(): void {
    const national = this.#options.prefill?.phoneNumber;
    const input = this.element!.shadowRoot!.querySelector<HTMLInputElement>('[part~="phone-input"]');
    if (this.#prefilled || !national || !input || input.value) return;
    this.#prefilled = true;
    // As if pasted: the element formats it and picks the country of a number given with its calling code.
    input.value = national;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  }

  /** Lock's options with no counterpart, each reported once (unless `disableWarnings`). */
  #notes(options: LockOptions): void {
    for (const key of Object.keys(options)) {
      if (NOT_NEEDED.has(key)) this.#note(key, `${key} is not needed: <sms-lock> has its configuration and texts built in. It is ignored.`);
      else if (!HANDLED.has(key)) this.#warn(key, `option ${key} is not supported and is ignored (see "Migrating from Lock" in the sms-lock README).`);
    }
    for (const key of Object.keys(options.auth ?? {})) {
      if (!HANDLED_AUTH.has(key)) this.#warn(`auth.${key}`, `option auth.${key} is not supported and is ignored.`);
    }
    for (const key of Object.keys(options.auth?.params ?? {})) {
      if (key !== 'scope') this.#warn(`auth.params.${key}`, `auth.params.${key} is not sent: only auth.params.scope is.`);
    }
    if (options.passwordlessMethod === 'link') this.#warn('passwordlessMethod', 'SMS always sends a code: passwordlessMethod "link" is ignored.');
    if (options.prefill?.email) this.#warn('prefill.email', 'prefill.email is ignored: this Lock signs in with SMS.');
  }

  #note(key: string, message: string): void {
    if (warned.has(key)) return;
    warned.add(key);
    console.info(`Auth0LockPasswordless: ${message}`);
  }

  #warn(key: string, message: string): void {
    if (this.#options.disableWarnings || warned.has(key)) return;
    warned.add(key);
    console.warn(`Auth0LockPasswordless: ${message}`);
  }

  // ——— events

  #listen(el: SmsLock): void {
    el.addEventListener('authenticated', ({ detail }) => this.#emit('authenticated', lockAuthResult(detail)));
    el.addEventListener('authorization-error', ({ detail }) => this.#emit('authorization_error', lockError(detail)));
    el.addEventListener('state-change', ({ detail }: CustomEvent<StateChangeDetail>) => {
      if (detail.state === 'code-entry') this.#emit('vcode ready');
      else if (detail.state === 'phone-entry') this.#emit('socialOrPhoneNumber ready');
    });
    // The modal closed, however it was closed (close button, Escape, backdrop, autoclose, hide()).
    new MutationObserver(() => {
      if (!el.open && el.mode === 'modal') this.#emit('hide');
    }).observe(el, { attributes: true, attributeFilter: ['open'] });
    // Sending the number: the terms must be ticked first (mustAcceptTerms), then Lock's submit event.
    // Capturing at the shadow root runs before the phone step's form sees the submission.
    void el.updateComplete.then(() =>
      el.shadowRoot!.addEventListener(
        'submit',
        (event) => {
          const form = event.target as HTMLElement;
          if (!form.querySelector('[part~="phone-input"], [part~="remembered"]')) return;
          if (this.#options.mustAcceptTerms && !this.#terms.hidden && !this.#checkbox.checked) {
            event.preventDefault();
            event.stopPropagation();
            this.#checkbox.reportValidity();
            this.#checkbox.focus();
            return;
          }
          this.#emit('socialOrPhoneNumber submit');
        },
        true,
      ),
    );
  }

  /** As Lock: asynchronously, and an `unrecoverable_error` nobody listens to is thrown. */
  #emit(event: LockEvent, ...args: unknown[]): void {
    setTimeout(() => {
      const handlers = this.#listeners.get(event);
      if (event === 'unrecoverable_error' && !handlers?.size) throw args[0];
      for (const handler of handlers ?? []) handler(...args);
    });
  }

  #fail(message: string): void {
    this.#emit('unrecoverable_error', new Error(message));
  }
}

function lockAuthResult(result: AuthResult): LockAuthResult {
  return {
    accessToken: result.accessToken,
    idToken: result.idToken,
    idTokenPayload: result.profile,
    expiresIn: result.expiresIn,
    tokenType: result.tokenType,
    ...(result.refreshToken && { refreshToken: result.refreshToken }),
    ...(result.scope && { scope: result.scope }),
    appState: null,
  };
}

function lockError({ error, errorDescription }: AuthorizationErrorDetail): LockError {
  return { error, errorDescription, error_description: errorDescription, code: error, description: errorDescription };
}

/** Black or white, whichever reads better on `color` (WCAG relative luminance); white when the colour can't be read. */
function textColorOn(color: string): string {
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) return '#ffffff';
  probe.fillStyle = color;
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(probe.fillStyle);
  if (!hex) return '#ffffff';
  const [r, g, b] = hex.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white is 1.05 / (L + 0.05), with black (L + 0.05) / 0.05: white wins below L ≈ 0.179.
  return luminance < 0.179 ? '#ffffff' : '#000000';
}
