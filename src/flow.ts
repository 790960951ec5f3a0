/**
 * The sign-in flow as a pure state machine: no DOM, no network, no clock of its own.
 * The element feeds it what happened (`transition(state, event)`) and renders the state it gets back;
 * an event that makes no sense in the current state returns the same state object, which is how a
 * double tap or Enter + click never starts a second request.
 */
import type { PasswordlessErrorKind } from './client.js';
import type { PhoneCheck } from './phone/index.js';

export type Step = 'phone-entry' | 'code-entry' | 'success';

/** What went wrong, in terms the UI can explain. */
export type FlowError =
  | { kind: 'phone'; reason: Extract<PhoneCheck, { ok: false }>['reason'] | 'not-allowed' | 'non-geographic'; country: string }
  | { kind: 'code-incomplete' }
  | {
      kind: PasswordlessErrorKind;
      error: string;
      errorDescription: string;
      /** Clock time (ms) after which trying again makes sense, for rate limits. */
      retryAt?: number;
    };

export interface FlowState {
  readonly step: Step;
  /** The request in flight, if any. */
  readonly busy: 'sending' | 'verifying' | 'redirecting' | null;
  /** E.164 number the last code went to (kept when the user goes back to change it). */
  readonly phoneNumber: string | null;
  /** Clock time (ms) the last code was sent: the resend countdown runs from it. */
  readonly sentAt: number | null;
  /** How many codes went to `phoneNumber`; more than one means the last was a resend. */
  readonly sendCount: number;
  readonly error: FlowError | null;
}

export type FlowEvent =
  | { type: 'send'; phoneNumber: string }
  | { type: 'sent'; phoneNumber: string; at: number }
  | { type: 'send-failed'; error: FlowError; phoneNumber: string }
  | { type: 'verify' }
  | { type: 'redirect' }
  | { type: 'redirect-failed'; error: FlowError }
  | { type: 'cancelled' }
  | { type: 'verified'; phoneNumber?: string }
  | { type: 'verify-failed'; error: FlowError }
  | { type: 'rejected'; error: FlowError }
  | { type: 'resume'; phoneNumber: string; sentAt: number }
  | { type: 'change-number' }
  /** The error went away: the user edited what it was about, or its wait is over. Only `error` itself, or one of `kinds`, is cleared. */
  | { type: 'clear-error'; error?: FlowError; kinds?: readonly FlowError['kind'][] }
  | { type: 'reset' };

export const initialFlow: FlowState = {
  step: 'phone-entry',
  busy: null,
  phoneNumber: null,
  sentAt: null,
  sendCount: 0,
  error: null,
};

export function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'send':
      if (state.busy || state.step === 'success') return state;
      return { ...state, busy: 'sending', error: null };
    case 'sent': {
      if (state.busy !== 'sending') return state;
      const sameNumber = event.phoneNumber === state.phoneNumber && state.step === 'code-entry';
      return {
        step: 'code-entry',
        busy: null,
        phoneNumber: event.phoneNumber,
        sentAt: event.at,
        sendCount: sameNumber ? state.sendCount + 1 : 1,
        error: null,
      };
    }
    case 'send-failed':
      if (state.busy !== 'sending') return state;
      // The number is kept so the message can name it ("We can't text +1 …").
      return { ...state, busy: null, error: event.error, phoneNumber: event.phoneNumber };
    case 'verify':
      if (state.busy || state.step !== 'code-entry') return state;
      return { ...state, busy: 'verifying', error: null };
    case 'redirect':
      // Leaving for Universal Login, or back from /authorize with a code to exchange.
      if (state.busy || state.step === 'success') return state;
      return { ...state, busy: 'redirecting', error: null };
    case 'redirect-failed':
      if (state.busy !== 'redirecting' && state.busy !== 'verifying') return state;
      return { ...state, busy: null, error: event.error };
    case 'cancelled':
      // The user closed the sign-in popup.
      return state.busy ? { ...state, busy: null } : state;
    case 'verified':
      if (state.busy !== 'verifying' && state.busy !== 'redirecting') return state;
      // After a redirect, the number comes back with the result.
      return { ...state, step: 'success', busy: null, error: null, phoneNumber: event.phoneNumber ?? state.phoneNumber };
    case 'verify-failed':
      if (state.busy !== 'verifying') return state;
      return { ...state, busy: null, error: event.error };
    case 'rejected':
      // Input refused before any request (invalid number, incomplete code).
      if (state.busy) return state;
      return { ...state, error: event.error };
    case 'resume':
      if (state.busy || state.step !== 'phone-entry') return state;
      return { ...state, step: 'code-entry', phoneNumber: event.phoneNumber, sentAt: event.sentAt, sendCount: 1, error: null };
    case 'change-number':
      if (state.busy || state.step !== 'code-entry') return state;
      return { ...state, step: 'phone-entry', busy: null, error: null };
    case 'clear-error': {
      const { error } = state;
      if (!error || (event.error && event.error !== error) || (event.kinds && !event.kinds.includes(error.kind))) return state;
      return { ...state, error: null };
    }
    case 'reset':
      return initialFlow;
  }
}

/** Seconds until "send a new code" is offered; 0 once it is. */
export function resendWait(state: FlowState, now: number, resendAfterSeconds: number): number {
  if (state.step !== 'code-entry' || state.sentAt === null) return 0;
  return Math.max(0, Math.ceil((state.sentAt + resendAfterSeconds * 1000 - now) / 1000));
}
