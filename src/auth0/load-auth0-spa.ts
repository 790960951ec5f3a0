/**
 * auth0-spa-js is an optional peer dependency: only the redirect flows and `connectAuth0` need it.
 * So the element never imports it (a bundler would have to resolve it for every app); the entry
 * `sms-lock/auth0-spa` (auth0-spa.ts), which the app imports for `connectAuth0` or just for its
 * effect, registers itself under a global symbol when it runs, and the redirect flows use that.
 */
import { PasswordlessError } from '../client.js';

type Auth0SpaModule = typeof import('./auth0-spa.js');

export const MISSING_AUTH0_SPA =
  'sms-lock: flow="cross-origin" and flow="universal" run through @auth0/auth0-spa-js, which is not loaded. Install it (npm install @auth0/auth0-spa-js) and import "sms-lock/auth0-spa" in the app (or import { connectAuth0 } from it); the one-file script fetches sms-lock-auth0.min.js by itself.';

export function loadAuth0Spa(): Promise<Auth0SpaModule> {
  const registered = (globalThis as { [key: symbol]: Auth0SpaModule | undefined })[Symbol.for('sms-lock.auth0-spa')];
  // A configuration error: the element logs it to the console and tells the page (authorization-error).
  return registered
    ? Promise.resolve(registered)
    : Promise.reject(new PasswordlessError('missing_dependency', MISSING_AUTH0_SPA, 0, undefined, 'configuration'));
}
