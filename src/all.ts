/**
 * The one-file script (`dist/sms-lock.min.js`): registers `<sms-lock>` and exposes the headless
 * client for pages that build their own UI, as `window.SmsLock`. When another copy of the package
 * defined the element first, `SmsLock`, `registerDictionary` and `provideDictionary` are that copy's,
 * so they act on the element the page actually has. The language files beside the script
 * (`i18n/<tag>.js`) register through `provideDictionary`, also when a page loaded one first.
 */
import { SmsLock as DefinedHere } from './define.js';
import { definedLock } from './defined.js';
import { PasswordlessClient, PasswordlessError } from './client.js';
import { provideDictionary as provideHere, registerDictionary as registerHere, type Dictionary } from './i18n/index.js';

// The copy that defined the element published these (src/define.ts): this one's when it was first.
const { SmsLock, registerDictionary, provideDictionary } = (definedLock() ?? {
  SmsLock: DefinedHere,
  registerDictionary: registerHere,
  provideDictionary: provideHere,
}) as { SmsLock: typeof DefinedHere; registerDictionary: typeof registerHere; provideDictionary: typeof provideHere };
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
