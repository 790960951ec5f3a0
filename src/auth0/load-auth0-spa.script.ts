/**
 * The one-file script cannot split chunks, so auth0-spa-js (~63 KiB) ships beside it as
 * `sms-lock-auth0.min.js`, and is fetched from the same folder the first time a redirect flow runs.
 * (The build puts this module in place of load-auth0-spa.ts for the one-file script.)
 */
import { loadScript } from '../platform/load-script.js';

type Auth0SpaModule = typeof import('./auth0-spa.js');

declare global {
  interface Window {
    SmsLockAuth0?: Auth0SpaModule;
  }
}

let loading: Promise<Auth0SpaModule> | undefined;

export function loadAuth0Spa(): Promise<Auth0SpaModule> {
  // A page that loads it itself (for connectAuth0) has run it by now: the element waits for the page's scripts.
  loading ??= (window.SmsLockAuth0 ? Promise.resolve() : loadScript('sms-lock-auth0.min.js'))
    .then(() => window.SmsLockAuth0 ?? Promise.reject(new Error('sms-lock-auth0.min.js did not define SmsLockAuth0')))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
