/**
 * Loads a shipped language the first time an element needs it: in ES builds a chunk of its own,
 * which the app's bundler splits off (`import('…/locales/<tag>.ts')`). The one-file script uses
 * load-dictionary.script.ts instead, which fetches `i18n/<tag>.js` beside it.
 */
import { provideDictionary, type Dictionary, type ShippedLanguage } from '../i18n/index.js';

export async function loadDictionary(language: ShippedLanguage): Promise<void> {
  const module = (await import(`../i18n/locales/${language}.ts`)) as { default: Dictionary };
  provideDictionary(language, module.default);
}
