/**
 * The one-file script (`dist/sms-lock.min.js`): registers `<sms-lock>` and exposes the headless
 * client for pages that build their own UI, as `window.SmsLock`. When another copy of the package
 * defined the element first, `SmsLock` and `registerDictionary` are that copy's, so they act on the
 * element the page actually has.
 */
import { SmsLock } from './define.js';
import { definedLock } from './defined.js';
import { PasswordlessClient, PasswordlessError } from './client.js';
import { registerDictionary } from './i18n/index.js';

const defined = definedLock();
const api = {
  SmsLock: (defined?.SmsLock ?? SmsLock) as typeof SmsLock,
  PasswordlessClient,
  PasswordlessError,
  registerDictionary: defined?.registerDictionary ?? registerDictionary,
};

declare global {
  interface Window {
    SmsLock: typeof api;
  }
}

window.SmsLock = api;
