/**
 * The one-file script (`dist/sms-lock.min.js`): registers `<sms-lock>` and exposes the headless
 * client for pages that build their own UI, as `window.SmsLock`. When another copy of the package
 * defined the element first, `SmsLock` and `registerDictionary` are that copy's, so they act on the
 * element the page actually has.
 */
import { SmsLock as DefinedHere } from './define.js';
import { definedLock } from './defined.js';
import { PasswordlessClient, PasswordlessError } from './client.js';
import { registerDictionary as registerHere } from './i18n/index.js';

// The copy that defined the element published these (src/define.ts): this one's when it was first.
const { SmsLock, registerDictionary } = (definedLock() ?? { SmsLock: DefinedHere, registerDictionary: registerHere }) as {
  SmsLock: typeof DefinedHere;
  registerDictionary: typeof registerHere;
};
const api = { SmsLock, PasswordlessClient, PasswordlessError, registerDictionary };

declare global {
  interface Window {
    SmsLock: typeof api;
  }
}

window.SmsLock = api;
