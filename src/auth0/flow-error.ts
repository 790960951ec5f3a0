/**
 * Errors from Auth0, whichever way they came back, as the flow's `FlowError`: the headless client's
 * `PasswordlessError`, or an auth0-spa-js error (an `/authorize` error sent back to the page, a
 * timed-out popup), which carries Auth0's `error` and `error_description` too.
 */
import { errorKind, PasswordlessError } from '../client.js';
import type { FlowError } from '../flow.js';

/** Turns any failure into something the UI can explain; unknown errors count as server errors. */
export function toFlowError(error: unknown, now = Date.now()): FlowError {
  if (error instanceof PasswordlessError) {
    return {
      kind: error.kind,
      error: error.error,
      errorDescription: error.errorDescription,
      retryAt: error.retryAfter !== undefined ? now + error.retryAfter * 1000 : undefined,
    };
  }
  const { error: code, error_description: description } = (error ?? {}) as { error?: unknown; error_description?: unknown };
  if (typeof code === 'string') {
    const text = typeof description === 'string' ? description : '';
    return { kind: errorKind(code, text, 0), error: code, errorDescription: text };
  }
  return { kind: 'server', error: 'unexpected_error', errorDescription: error instanceof Error ? error.message : String(error) };
}
