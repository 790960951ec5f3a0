/**
 * The one-file script's way to a shipped language: `i18n/<tag>.js`, fetched from the script's own
 * folder the first time an element needs it. The file registers itself through
 * `window.SmsLock.provideDictionary`. (The build puts this module in place of load-dictionary.ts.)
 */
import type { ShippedLanguage } from '../i18n/index.js';
import { loadScript } from './load-script.js';

export function loadDictionary(language: ShippedLanguage): Promise<void> {
  return loadScript(`i18n/${language}.js`);
}
