/**
 * The one-file script (`dist/sms-lock.min.js`): registers `<sms-lock>` and exposes the headless
 * client for pages that build their own UI, as `window.SmsLock`. The language files beside it
 * (`i18n/<tag>.js`) register through `provideDictionary`, also when a page loaded one first.
 */
import { SmsLock } from './define.js';
import { PasswordlessClient, PasswordlessError } from './client.js';
import { provideDictionary, registerDictionary, type Dictionary } from './i18n/index.js';

const api = { SmsLock, PasswordlessClient, PasswordlessError, registerDictionary, provideDictionary };

declare global {
  interface Window {
    SmsLock: typeof api;
    /** Language files that ran before this script: [tag, texts] pairs. */
    SmsLockDictionaries?: Array<[string, Partial<Dictionary>]>;
  }
}

window.SmsLock = api;
for (const [language, strings] of window.SmsLockDictionaries?.splice(0) ?? []) provideDictionary(language, strings);
