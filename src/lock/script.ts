/**
 * `sms-lock-lock.min.js`: the one script tag a Lock page has. Registers `<sms-lock>` and sets
 * `window.Auth0LockPasswordless`, as Lock's own script does.
 */
import '../define.js';
import { Auth0LockPasswordless } from './lock.js';

declare global {
  interface Window {
    Auth0LockPasswordless: typeof Auth0LockPasswordless;
  }
}

window.Auth0LockPasswordless = Auth0LockPasswordless;
