/** The element's events: all bubble and cross shadow roots, and fire only for what the user did. */
import type { AuthResult } from './client.js';
import type { Step } from './flow.js';

export interface CodeSentDetail {
  /** E.164 number the code went to. */
  phoneNumber: string;
}

export type AuthenticatedDetail = AuthResult;

export interface AuthorizationErrorDetail {
  /** Auth0's error code (`invalid_grant`, `bad.phone_number`, `too_many_requests`, …) or a local one (`network_error`, `timeout`). */
  error: string;
  /** Auth0's description, plain text. */
  errorDescription: string;
  /** The step the user was on. */
  state: Step;
}

export type CloseSource = 'close-button' | 'escape' | 'backdrop';

export interface CloseDetail {
  source: CloseSource;
}

export interface StateChangeDetail {
  state: Step;
}

export interface SmsLockEventMap {
  'code-sent': CustomEvent<CodeSentDetail>;
  authenticated: CustomEvent<AuthenticatedDetail>;
  'authorization-error': CustomEvent<AuthorizationErrorDetail>;
  close: CustomEvent<CloseDetail>;
  'state-change': CustomEvent<StateChangeDetail>;
}

declare global {
  // `close` is already typed there as a plain Event (by <dialog>); the element's own
  // addEventListener overload gives it its detail.
  interface HTMLElementEventMap {
    'code-sent': CustomEvent<CodeSentDetail>;
    authenticated: CustomEvent<AuthenticatedDetail>;
    'authorization-error': CustomEvent<AuthorizationErrorDetail>;
    'state-change': CustomEvent<StateChangeDetail>;
  }
}
