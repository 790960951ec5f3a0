/**
 * Registers `<sms-lock>`, once per page even when the package is loaded twice (two copies of the
 * one-file script, or the one-file script beside the ES build): the first copy defines the element
 * and publishes what acts on it under a global symbol; a later copy stays quiet, and warns only when
 * its version differs. On a server (no `window`) it does nothing: lit's server build brings a
 * `customElements` of its own there, and registering into it is a server renderer's business.
 */
import { SmsLock } from './sms-lock.js';
import { provideDictionary, registerDictionary } from './i18n/index.js';
import { definedLock, SMS_LOCK_VERSION, type DefinedLock } from './defined.js';

if (typeof window !== 'undefined') {
  const defined = definedLock();
  if (!customElements.get('sms-lock')) {
    customElements.define('sms-lock', SmsLock);
    (globalThis as Record<symbol, DefinedLock>)[Symbol.for('sms-lock')] = { version: SMS_LOCK_VERSION, SmsLock, registerDictionary, provideDictionary };
  } else if (defined?.version !== SMS_LOCK_VERSION) {
    console.warn(`sms-lock ${SMS_LOCK_VERSION} unused: the page has ${defined?.version}`);
  }
}

export { SmsLock };
