// Work that can wait for the first screen to show.

/** Runs `callback` when the browser is idle (within 200 ms), or on the next task where it cannot tell. */
export function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 200 });
  else setTimeout(callback, 0);
}
