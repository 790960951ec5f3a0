/**
 * `<sms-lock>` and `@auth0/auth0-spa-js` together (entry `sms-lock/auth0-spa`; the one-file script
 * loads it from `sms-lock-auth0.min.js` on first use). Only this module imports auth0-spa-js, so apps
 * that don't use it never download it.
 *
 * `connectAuth0(lock)` creates the app's `Auth0Client` and wires it to the element:
 * - the default flow (Passwordless OTP grant) hands its tokens to the client's cache, so
 *   `isAuthenticated()`, `getUser()`, `getTokenSilently()` (refreshing through the refresh token when
 *   it expires) and `logout()` work as if auth0-spa-js had signed the user in itself;
 * - `flow="cross-origin"` and `flow="universal"` run their `/authorize` leg through the client:
 *   `cross-origin` checks the code at `/co/authenticate` and redirects with the login ticket,
 *   `universal` hands off to Universal Login for the SMS connection; both come back with
 *   `?code=…&state=…`, which `completeRedirect` turns into the result the OTP flow gives.
 */
import {
  Auth0Client,
  CacheKey,
  InMemoryCache,
  LocalStorageCache,
  type Auth0ClientOptions,
  type CacheEntry,
  type DecodedToken,
  type ICache,
  type WrappedCacheEntry,
} from '@auth0/auth0-spa-js';
import { resolveDomain, type AuthResult, type IdTokenClaims } from '../client.js';
import { isE164 } from '../phone/index.js';
import type { RedirectClient } from './redirect-client.js';

export { Auth0Client };
export type { RedirectClient };

/**
 * What `connectAuth0()` needs of the element: its settings, read as they are, and the two hooks it
 * sets. `<sms-lock>` is one; any object of this shape will do.
 */
export interface Auth0Connectable {
  readonly domain: string;
  readonly clientId: string;
  readonly audience?: string;
  readonly scope: string;
  auth0Client?: RedirectClient;
  sessionHandoff?: (result: AuthResult) => void | Promise<void>;
}

export interface ConnectAuth0Options extends Partial<Auth0ClientOptions> {
  /** Where auth0-spa-js keeps the session: an `ICache` with `allKeys()` (both built-in caches have it). Default: `cacheLocation`'s. */
  cache?: ICache;
}

// auth0-spa-js's names for "no audience" and for the claims that describe the token rather than the user.
const DEFAULT_AUDIENCE = 'default';
const PROTOCOL_CLAIMS = new Set(
  'iss aud exp nbf iat jti azp nonce auth_time at_hash c_hash acr amr sub_jwk cnf sip_from_tag sip_date sip_callid sip_cseq_num sip_via_branch orig dest mky events toe txn rph sid vot vtm'.split(
    ' ',
  ),
);

/**
 * Creates an `Auth0Client` for the element's domain, client id, audience and scope (refresh tokens on),
 * and connects the two. Call it once the element is configured; `options` go to the `Auth0Client`.
 * The element's `scope` is the one scope both ask for: set it on the element (a different
 * `authorizationParams.scope` here is refused, since the session would be stored under a scope the
 * client never looks up).
 */
export function connectAuth0(lock: Auth0Connectable, options: ConnectAuth0Options = {}): Auth0Client {
  const cache = options.cache ?? (options.cacheLocation === 'localstorage' ? new LocalStorageCache() : new InMemoryCache().enclosedCache);
  if (typeof cache.allKeys !== 'function') {
    throw new TypeError('connectAuth0: the cache must implement allKeys(), so that logout() can find the entries <sms-lock> adds.');
  }
  // auth0-spa-js types its authorization parameters loosely (any extra key is allowed).
  const authorizationParams = (options.authorizationParams ?? {}) as Record<string, unknown>;
  const { audience: requestedAudience, scope: requested } = authorizationParams;
  const audience = typeof requestedAudience === 'string' ? requestedAudience : lock.audience;
  const { scope } = lock;
  // auth0-spa-js also takes a scope per audience; the element asks for one scope string, its own.
  if (requested !== undefined && requested !== scope) {
    throw new TypeError(
      `connectAuth0: authorizationParams.scope (${JSON.stringify(requested)}) differs from the element's scope (${JSON.stringify(scope)}); set the element's scope attribute instead.`,
    );
  }
  const useRefreshTokens = options.useRefreshTokens ?? true;
  // The cache is ours to create (so the element can write to it): cacheLocation only chose which.
  const { cacheLocation: _chosen, ...clientOptions } = options;
  const client = new Auth0Client({
    // Checked as the element checks it (https, or http on loopback only), not as auth0-spa-js would.
    domain: resolveDomain(lock.domain),
    clientId: lock.clientId,
    ...clientOptions,
    useRefreshTokens,
    cache,
    authorizationParams: {
      redirect_uri: location.origin + location.pathname,
      ...authorizationParams,
      scope,
      ...(audience && { audience }),
    },
  });
  const now: () => number | Promise<number> = options.nowProvider ?? Date.now;
  lock.auth0Client = client;
  lock.sessionHandoff = async (result) => {
    const clientId = lock.clientId;
    // The key auth0-spa-js looks its tokens up by: its own scope string for this audience.
    const sessionScope = unique(['openid', ...scope.split(/\s+/), ...(useRefreshTokens ? ['offline_access'] : [])]);
    await storeSession(cache, { clientId, audience: audience || DEFAULT_AUDIENCE, scope: sessionScope, now: Math.floor((await now()) / 1000) }, result);
  };
  return client;
}

/** Writes tokens in the entries auth0-spa-js's exported cache types describe. */
async function storeSession(
  cache: ICache,
  { clientId, audience, scope, now }: { clientId: string; audience: string; scope: string; now: number },
  result: AuthResult,
): Promise<void> {
  const claims = { ...result.profile, __raw: result.idToken } as DecodedToken['claims'];
  const user = Object.fromEntries(Object.entries(result.profile).filter(([name]) => !PROTOCOL_CLAIMS.has(name)));
  const userEntry: { id_token: string; decodedToken: DecodedToken } = {
    id_token: result.idToken,
    decodedToken: { claims, user },
  };
  const body: CacheEntry = {
    access_token: result.accessToken,
    token_type: result.tokenType,
    expires_in: result.expiresIn,
    scope,
    audience,
    client_id: clientId,
    ...(result.refreshToken && { refresh_token: result.refreshToken }),
    ...(result.scope && { oauthTokenScope: result.scope }),
  };
  const tokens: WrappedCacheEntry = { body, expiresAt: now + result.expiresIn };
  await cache.set(new CacheKey({ clientId }, undefined, '@@user@@').toKey(), userEntry);
  await cache.set(new CacheKey({ clientId, audience, scope }).toKey(), tokens);
}

function unique(scopes: string[]): string {
  return [...new Set(scopes.filter(Boolean))].join(' ');
}

/**
 * Finishes a redirect return: exchanges the code through auth0-spa-js, takes `code` and `state`
 * out of the address bar (history.replaceState), and returns the result with the phone number the
 * element put in the transaction. Resolves to null, touching nothing, when the return was not
 * auth0-spa-js's (no transaction of its own): another library's callback, say.
 */
export async function completeRedirect(client: RedirectClient, url: URL): Promise<{ result: AuthResult; phoneNumber?: string } | null> {
  let appState: unknown;
  try {
    ({ appState } = await client.handleRedirectCallback(url.href));
  } catch (error) {
    if ((error as { error?: string }).error === 'missing_transaction') return null;
    cleanAddressBar(url);
    throw error;
  }
  cleanAddressBar(url);
  const phoneNumber = (appState as { smsLockPhoneNumber?: unknown } | undefined)?.smsLockPhoneNumber;
  return { result: await signedInResult(client), ...(isE164(phoneNumber) && { phoneNumber }) };
}

function cleanAddressBar(url: URL): void {
  const clean = new URL(url.href);
  for (const name of ['code', 'state', 'error', 'error_description']) clean.searchParams.delete(name);
  history.replaceState(history.state, '', clean.href);
}

/**
 * The `/authorize` leg of the redirect flows. With the popup the element opened: resolves to the
 * result, or to null when the user closed it. Without: leaves the page, carrying the phone number
 * in auth0-spa-js's transaction so the page that comes back can name it (see completeRedirect).
 */
export async function authorize(
  client: RedirectClient,
  authorizationParams: Record<string, string>,
  popup: Window | null,
  phoneNumber: string | null,
): Promise<AuthResult | null | undefined> {
  if (!popup) {
    await client.loginWithRedirect({ authorizationParams, appState: { smsLockPhoneNumber: phoneNumber } });
    return undefined;
  }
  try {
    await client.loginWithPopup({ authorizationParams }, { popup });
  } catch (error) {
    if ((error as { error?: string }).error === 'cancelled') return null;
    throw error;
  }
  return signedInResult(client);
}

/** After a popup or redirect login: the tokens and claims auth0-spa-js now holds, as the OTP flow reports them. */
export async function signedInResult(client: RedirectClient): Promise<AuthResult> {
  const tokens = await client.getTokenSilently({ detailedResponse: true });
  if (!tokens) throw new Error('auth0-spa-js holds no tokens after the login.');
  const { __raw: _raw, ...claims } = (await client.getIdTokenClaims()) ?? {};
  return {
    accessToken: tokens.access_token,
    idToken: tokens.id_token,
    expiresIn: tokens.expires_in,
    tokenType: tokens.token_type ?? 'Bearer',
    ...(tokens.scope && { scope: tokens.scope }),
    profile: claims as IdTokenClaims,
  };
}

// auth0-spa-js is an optional peer dependency, so the element never imports this module (a bundler
// would have to resolve auth0-spa-js for every app): importing it is what lets the redirect flows run
// (load-auth0-spa.ts looks it up here).
Object.defineProperty(globalThis, Symbol.for('sms-lock.auth0-spa'), {
  value: { connectAuth0, completeRedirect, authorize, signedInResult, Auth0Client },
  configurable: true,
});
