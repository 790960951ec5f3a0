// Headless client for Auth0's Passwordless API over SMS: /passwordless/start
// sends the code, the Passwordless OTP grant at /oauth/token exchanges it for
// tokens. No UI and no dependencies; <sms-lock> is built on it.
import { PasswordlessError } from './auth0-errors.js';
import { setLongTimeout } from './long-timeout.js';

export { PasswordlessError, errorKind } from './auth0-errors.js';
export type { PasswordlessErrorKind } from './auth0-errors.js';

/** Settings for {@link PasswordlessClient}. */
export interface PasswordlessClientOptions {
  /**
   * The Auth0 domain (`example.us.auth0.com`, https implied) or a full origin
   * (`https://login.example.com`, `http://127.0.0.1:4000`). Plain `http:` is
   * accepted only for loopback hosts; see {@link resolveDomain}.
   */
  domain: string;
  /** The Auth0 application's client id (the Passwordless OTP grant must be enabled on it). */
  clientId: string;
  /** The SMS passwordless connection. Default `sms`. */
  connection?: string;
  /** The API the access token is for (Auth0's `audience`). */
  audience?: string;
  /** Requested scopes. Default `openid profile phone offline_access`; `openid` is always added. */
  scope?: string;
  /** Language of the SMS text, sent as `x-request-language` to /passwordless/start. */
  language?: string;
  /** Milliseconds each request may take, body included. Default 15000; `0` disables it. */
  timeout?: number;
  /** A `fetch` to use instead of the global one (e.g. to add headers). */
  fetch?: typeof fetch;
}

/** The claims of the ID token: `sub`, `phone_number`, … as the scopes allow. */
export interface IdTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat?: number;
  phone_number?: string;
  phone_number_verified?: boolean;
  name?: string;
  updated_at?: string;
  [claim: string]: unknown;
}

/** What a successful {@link PasswordlessClient.login} resolves to. */
export interface AuthResult {
  accessToken: string;
  idToken: string;
  /** Present when `offline_access` was granted. */
  refreshToken?: string;
  /** Access token lifetime in seconds. */
  expiresIn: number;
  tokenType: string;
  /** The scopes granted, when Auth0 says. */
  scope?: string;
  /** The ID token's claims. */
  profile: IdTokenClaims;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborts the request; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
}

const DEFAULT_SCOPE = 'openid profile phone offline_access';
const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
// Auth0 tolerates this much clock skew between parties; so do we for `exp`.
const CLOCK_LEEWAY_SECONDS = 60;

// The message quotes the setting, minus any password in it, since errors end up in logs.
const invalidDomain = (domain: string, why: string) =>
  new PasswordlessError('invalid_domain', `Invalid domain "${String(domain).replace(/[^/]*@/, '…@')}": ${why}`);
const DOMAIN_SHAPE = 'expected a host name like "example.us.auth0.com" or an origin like "https://login.example.com", with no path, query or credentials.';

/**
 * Turns the `domain` setting into an origin: `example.us.auth0.com` →
 * `https://example.us.auth0.com`. A full origin is kept; `http:` is allowed
 * only for loopback hosts (`localhost`, `127.0.0.0/8`, `[::1]`), since tokens
 * must never cross a network in clear text. Paths, queries, fragments and
 * credentials are refused rather than silently dropped.
 *
 * @throws {PasswordlessError} kind `configuration`, error `invalid_domain`.
 */
export function resolveDomain(domain: string): string {
  const trimmed = String(domain ?? '').trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw invalidDomain(domain, DOMAIN_SHAPE);
  }
  const host = url.hostname;
  // URL quietly drops an empty "?" or "#", and "user@" may be empty: look at the text too.
  // Chromium also lets spaces and other oddities through in host names; accept only DNS-style names and IP literals.
  if (!/^[a-z\d_-]+(\.[a-z\d_-]+)*\.?$|^\[[\da-f:.]+\]$/.test(host) || url.pathname !== '/' || /[?#@\\]/.test(trimmed)) {
    throw invalidDomain(domain, DOMAIN_SHAPE);
  }
  const loopback = host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw invalidDomain(domain, 'use https (plain http is allowed only for localhost, 127.0.0.0/8 and [::1]).');
  }
  return url.origin;
}

/**
 * Signs people in with a one-time code sent by SMS, through Auth0's
 * Passwordless API, with no UI. Every failure is a {@link PasswordlessError},
 * except an abort through the caller's `signal`, which rejects with its reason.
 *
 * An identical call made while the first is still pending (`start` for the
 * same number, `login` with the same number and code) returns the first
 * call's promise, so a double click never sends two SMS or burns two
 * attempts. That promise follows the first call's `signal`; once that call is aborted, the next identical call sends a request of its own.
 *
 * ```js
 * const client = new PasswordlessClient({ domain: 'example.us.auth0.com', clientId: '…' });
 * await client.start('+14155550100');
 * const { accessToken, profile } = await client.login('+14155550100', '123456');
 * ```
 */
export class PasswordlessClient {
  /** The origin requests go to, e.g. `https://example.us.auth0.com`. */
  readonly origin: string;
  readonly #options: PasswordlessClientOptions;
  readonly #fetch: typeof fetch;
  readonly #pending = new Map<string, { promise: Promise<unknown>; signal?: AbortSignal }>();

  /** @throws {PasswordlessError} kind `configuration` for a bad domain or a missing client id. */
  constructor(options: PasswordlessClientOptions) {
    this.origin = resolveDomain(options.domain);
    if (!options.clientId) throw new PasswordlessError('bad.client_id', 'Missing required option: clientId');
    this.#options = options;
    // Looked up per call so that a fetch patched or polyfilled later is used.
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /**
   * Sends a code by SMS to `phoneNumber` (E.164, e.g. `+14155550100`).
   * Resolves once Auth0 has accepted the request.
   */
  start(phoneNumber: string, options: RequestOptions = {}): Promise<{ phoneNumber: string }> {
    const { clientId, connection = 'sms', language } = this.#options;
    return this.#once(JSON.stringify(['start', phoneNumber]), options.signal, async () => {
      // Auth0 answers 200 with a body whose shape varies, or 204: success is the status alone.
      await this.#post(
        '/passwordless/start',
        { client_id: clientId, connection, phone_number: phoneNumber, send: 'code' },
        { signal: options.signal, headers: language ? { 'x-request-language': language } : {} },
      );
      return { phoneNumber };
    });
  }

  /**
   * Exchanges the code the user received for tokens (the Passwordless OTP
   * grant) and checks the ID token's issuer, audience and expiry.
   */
  login(phoneNumber: string, code: string, options: RequestOptions = {}): Promise<AuthResult> {
    const { clientId, connection = 'sms', audience, scope = DEFAULT_SCOPE } = this.#options;
    return this.#once(JSON.stringify(['login', phoneNumber, code]), options.signal, async () => {
      const body = await this.#post(
        '/oauth/token',
        {
          grant_type: OTP_GRANT,
          client_id: clientId,
          username: phoneNumber,
          otp: code,
          realm: connection,
          // Without `openid` there is no ID token, hence no profile.
          scope: /(^|\s)openid(\s|$)/.test(scope) ? scope : `openid ${scope}`,
          audience,
        },
        options,
      );
      const tokens = (body ?? {}) as Record<string, unknown>;
      const { access_token, id_token, refresh_token, token_type, expires_in, scope: granted } = tokens;
      if (typeof access_token !== 'string' || typeof id_token !== 'string' || typeof token_type !== 'string' || typeof expires_in !== 'number') {
        throw new PasswordlessError('invalid_response', 'The token response lacks access_token, id_token, token_type or expires_in.', 200);
      }
      return {
        accessToken: access_token,
        idToken: id_token,
        ...(typeof refresh_token === 'string' && { refreshToken: refresh_token }),
        expiresIn: expires_in,
        tokenType: token_type,
        ...(typeof granted === 'string' && { scope: granted }),
        profile: this.#claims(id_token),
      };
    });
  }

  /**
   * Cross-origin authentication, for apps of Auth0's Single Page Application type (which may not
   * use the Passwordless OTP grant): checks the code at `/co/authenticate` and returns the one-time
   * login ticket that `/authorize` then turns into tokens. Sent with cookies, since Auth0 ties the
   * ticket to its session cookie.
   */
  authenticateCrossOrigin(phoneNumber: string, code: string, options: RequestOptions = {}): Promise<{ loginTicket: string }> {
    const { clientId, connection = 'sms' } = this.#options;
    return this.#once(JSON.stringify(['co', phoneNumber, code]), options.signal, async () => {
      const body = (await this.#post(
        '/co/authenticate',
        { client_id: clientId, username: phoneNumber, otp: code, realm: connection, credential_type: OTP_GRANT },
        { signal: options.signal, credentials: 'include' },
      ).catch((error: unknown) => {
        // /co/authenticate says a wrong code with 403 access_denied ("Wrong phone number or
        // verification code."), where the token endpoint says invalid_grant; Lock reads it the same way.
        if (error instanceof PasswordlessError && error.error === 'access_denied' && /verification code/i.test(error.errorDescription)) {
          throw new PasswordlessError(error.error, error.errorDescription, error.status, error.retryAfter, 'invalid-code');
        }
        throw error;
      })) as { login_ticket?: unknown } | undefined;
      if (typeof body?.login_ticket !== 'string') {
        throw new PasswordlessError('invalid_response', 'The cross-origin authentication response lacks login_ticket.', 200);
      }
      return { loginTicket: body.login_ticket };
    });
  }

  #once<T>(key: string, signal: AbortSignal | undefined, run: () => Promise<T>): Promise<T> {
    const pending = this.#pending.get(key);
    // A call its caller has given up on is no one else's to share.
    if (pending && !pending.signal?.aborted) return pending.promise as Promise<T>;
    const entry = { promise: run(), signal };
    const forget = () => this.#pending.get(key) === entry && this.#pending.delete(key);
    entry.promise.then(forget, forget);
    this.#pending.set(key, entry);
    return entry.promise;
  }

  /** POSTs JSON and returns the parsed body of a 2xx answer; anything else throws. */
  async #post(
    path: string,
    body: object,
    { signal, headers = {}, credentials = 'omit' }: RequestOptions & { headers?: Record<string, string>; credentials?: RequestCredentials } = {},
  ): Promise<unknown> {
    signal?.throwIfAborted();
    const controller = new AbortController();
    const abort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', abort);
    const { timeout = 15000 } = this.#options;
    let timedOut = false;
    const stopTimer =
      timeout > 0
        ? setLongTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeout)
        : undefined;
    let response: Response;
    let text: string;
    try {
      // Everything travels in the POST body; nothing but the fixed path goes into the URL.
      response = await this.#fetch(this.origin + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
        // No cookies unless the endpoint needs Auth0's session (cross-origin authentication).
        credentials,
        signal: controller.signal,
      });
      text = await response.text();
    } catch (cause) {
      if (timedOut) throw new PasswordlessError('timeout', `No response from ${this.origin} within ${timeout} ms.`);
      if (signal?.aborted) throw signal.reason;
      // fetch reports offline, DNS, TLS and CORS failures alike as a TypeError.
      throw new PasswordlessError('network_error', `Could not reach ${this.origin}: ${(cause as Error)?.message ?? cause}`);
    } finally {
      stopTimer?.();
      signal?.removeEventListener('abort', abort);
    }

    let data: unknown;
    try {
      data = text ? JSON.parse(text) : {};
    } catch {
      data = undefined;
    }
    if (response.ok) return data;
    const { status } = response;
    const { error, error_description, message } = (data ?? {}) as Record<string, unknown>;
    const description = typeof error_description === 'string' ? error_description : typeof message === 'string' ? message : '';
    throw typeof error === 'string' && error
      ? new PasswordlessError(error, description, status, retryAfter(response))
      : new PasswordlessError('invalid_response', `Unexpected ${status} response from ${path}.`, status, retryAfter(response));
  }

  /**
   * Decodes the ID token's claims and checks who issued it, for whom, and
   * until when. The signature is not verified: the token came straight from
   * the token endpoint over TLS, which OIDC Core 3.1.3.7 accepts in place of
   * signature validation; verifying would also cost a JWKS fetch and a crypto
   * library in the bundle.
   */
  #claims(idToken: string): IdTokenClaims {
    const fail = (why: string) => new PasswordlessError('invalid_id_token', why, 200);
    const parts = idToken.split('.');
    let claims: IdTokenClaims | undefined;
    try {
      // atob yields one char per byte; TextDecoder makes UTF-8 claims (names, …) come out right.
      const bytes = Uint8Array.from(atob(parts[1].replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
      claims = JSON.parse(new TextDecoder().decode(bytes)) as IdTokenClaims;
    } catch {
      // reported below
    }
    if (parts.length !== 3 || !claims || typeof claims !== 'object') throw fail('The ID token is not a readable JWT.');
    const { clientId } = this.#options;
    const { iss, aud, azp, exp, sub } = claims;
    if (iss !== `${this.origin}/`) throw fail(`The ID token was issued by ${String(iss)}, not ${this.origin}/.`);
    if (!(Array.isArray(aud) ? aud.includes(clientId) : aud === clientId) || (azp !== undefined && azp !== clientId)) {
      throw fail('The ID token was issued for another client.');
    }
    if (typeof exp !== 'number' || exp + CLOCK_LEEWAY_SECONDS < Date.now() / 1000) throw fail('The ID token has expired.');
    if (typeof sub !== 'string') throw fail('The ID token has no subject.');
    return claims;
  }
}

/**
 * Seconds to wait, from `Retry-After` (seconds or an HTTP date) or, for a
 * 429, Auth0's `x-ratelimit-reset` (epoch seconds). The server must list them
 * in Access-Control-Expose-Headers for a browser to see them.
 */
function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  const reset = response.status === 429 ? response.headers.get('x-ratelimit-reset') : null;
  const seconds = header
    ? /^\s*\d+\s*$/.test(header)
      ? Number(header)
      : (Date.parse(header) - Date.now()) / 1000
    : reset
      ? Number(reset) - Date.now() / 1000
      : NaN;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}
