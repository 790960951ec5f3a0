/** The package's entry: classes and types, no side effects (`sms-lock/define` registers the element). */
import { registerDictionary as registerHere, type Dictionary } from './i18n/index.js';
import { definedLock } from './defined.js';

export { SmsLock } from './sms-lock.js';
export { extractCode } from './phone/index.js';
export { PasswordlessClient, PasswordlessError, resolveDomain } from './client.js';
export type { AuthResult, PasswordlessClientOptions, PasswordlessErrorKind } from './client.js';
export type { AuthenticatedDetail, AuthorizationErrorDetail, CloseDetail, CloseSource, CodeSentDetail, SmsLockEventMap, StateChangeDetail } from './events.js';
export type { Step } from './flow.js';
export type { Dictionary, MessageKey } from './i18n/index.js';

/**
 * Adds (or replaces) a language's strings; missing keys fall back to English. On a page where
 * another copy of the package defined `<sms-lock>` (the one-file script, say), the strings go to that copy.
 */
export function registerDictionary(language: string, strings: Partial<Dictionary>): void {
  (definedLock()?.registerDictionary ?? registerHere)(language, strings);
}
