/** The package's entry: classes and types, no side effects (`sms-lock/define` registers the element). */
export { SmsLock } from './sms-lock.js';
export { extractCode } from './phone/index.js';
export { PasswordlessClient, PasswordlessError, resolveDomain } from './client.js';
export type { AuthResult, PasswordlessClientOptions, PasswordlessErrorKind } from './client.js';
export type { AuthenticatedDetail, AuthorizationErrorDetail, CloseDetail, CloseSource, CodeSentDetail, SmsLockEventMap, StateChangeDetail } from './events.js';
export type { Step } from './flow.js';
export { registerDictionary } from './i18n/index.js';
export type { Dictionary, MessageKey } from './i18n/index.js';
