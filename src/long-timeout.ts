// Timers for any delay. setTimeout takes at most 2^31 − 1 ms (about 24.8 days) and fires at once for
// anything longer, so a far-off wait (a long Retry-After, a huge timeout) is waited out in steps.

/** The longest delay setTimeout honours. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Calls `callback` once `delayMs` have passed (an infinite delay: never; not a number: at once, but
 * asynchronously, as setTimeout does). Returns the function that cancels it.
 */
export function setLongTimeout(callback: () => void, delayMs: number): () => void {
  const due = Date.now() + (Number.isNaN(delayMs) ? 0 : delayMs);
  let id: ReturnType<typeof setTimeout>;
  const wait = () => {
    const left = due - Date.now();
    id = setTimeout(() => (due - Date.now() > 0 ? wait() : callback()), Math.min(Math.max(left, 0), MAX_TIMEOUT_MS));
  };
  wait();
  return () => clearTimeout(id);
}
