/**
 * `sms-lock.module.min.js`: registers `<sms-lock>` and exports the package's API, with lit and
 * the phone engine inside, for a page that imports it from a CDN with `<script type="module">`.
 */
import './define.js';

export { SmsLock, PasswordlessClient, PasswordlessError, extractCode, registerDictionary, resolveDomain } from './index.js';
export type * from './index.js';
