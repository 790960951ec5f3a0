/**
 * The one-file script cannot split chunks, so auth0-spa-js (~63 KiB) ships beside it as
 * `sms-lock-auth0.min.js`, and is fetched from the same folder the first time a redirect flow runs.
 * (The build puts this module in place of load-auth0-spa.ts for the one-file script.)
 */
type Auth0SpaModule = typeof import('./auth0-spa.js');

declare global {
  interface Window {
    SmsLockAuth0?: Auth0SpaModule;
  }
}

// Read while the script runs: document.currentScript is null afterwards.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
let loading: Promise<Auth0SpaModule> | undefined;

export const loadAuth0Spa = (): Promise<Auth0SpaModule> => loadAuth0SpaBeside(scriptUrl);

/** Loads `sms-lock-auth0.min.js` from the folder of `url` (once), unless the page has run it already. */
export function loadAuth0SpaBeside(url: string): Promise<Auth0SpaModule> {
  loading ??= new Promise<Auth0SpaModule>((resolve, reject) => {
    if (window.SmsLockAuth0) return resolve(window.SmsLockAuth0);
    // A page that loads it itself (for connectAuth0) has run it by now: the element waits for the page's scripts.
    const script = Object.assign(document.createElement('script'), { src: new URL('sms-lock-auth0.min.js', url).href });
    script.onload = () => (window.SmsLockAuth0 ? resolve(window.SmsLockAuth0) : reject(new Error(`${script.src} did not define SmsLockAuth0`)));
    script.onerror = () => reject(new Error(`Could not load ${script.src}`));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
