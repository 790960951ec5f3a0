/**
 * What the copy of the package that defined `<sms-lock>` on this page publishes (under
 * `Symbol.for('sms-lock')` on `globalThis`), so that a second copy acts on the element actually defined.
 */
import type { Dictionary } from './i18n/index.js';

export interface DefinedLock {
  readonly version: string;
  readonly SmsLock: CustomElementConstructor;
  readonly registerDictionary: (language: string, strings: Partial<Dictionary>) => void;
  readonly provideDictionary: (language: string, strings: Partial<Dictionary>) => void;
}

// Replaced by the build with package.json's version; 'dev' when the sources run as they are (tests).
declare const __SMS_LOCK_VERSION__: string | undefined;
export const SMS_LOCK_VERSION = typeof __SMS_LOCK_VERSION__ === 'string' ? __SMS_LOCK_VERSION__ : 'dev';

export const definedLock = (): DefinedLock | undefined => (globalThis as { [key: symbol]: DefinedLock | undefined })[Symbol.for('sms-lock')];
