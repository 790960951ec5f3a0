/**
 * `sms-lock/lock`: `Auth0LockPasswordless` for pages moving from Auth0 Lock's passwordless SMS mode.
 * Registers `<sms-lock>` (a side effect), which the adapter shows.
 */
import '../define.js';

export { Auth0LockPasswordless } from './lock.js';
export type { LockAuthResult, LockError, LockEvent, LockOptions, LockShowOptions } from './lock.js';
