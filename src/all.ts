/**
 * The one-file script (`dist/sms-lock.min.js`): registers `<sms-lock>` and exposes the headless
 * client for pages that build their own UI, as `window.SmsLock`.
 */
import { SmsLock } from './define.js';
import { PasswordlessClient, PasswordlessError } from './client.js';
import { registerDictionary } from './i18n/index.js';

const api = { SmsLock, PasswordlessClient, PasswordlessError, registerDictionary };

declare global {
  interface Window {
    SmsLock: typeof api;
  }
}

window.SmsLock = api;
