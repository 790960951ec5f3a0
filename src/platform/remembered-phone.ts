/**
 * The opt-in memory of `remember-phone`: the last number a code went to, and when, so a return
 * visit can offer it (masked) and, while that code can still be used, go straight to code entry.
 * Nothing else is stored, and never a token.
 */
export interface RememberedPhone {
  phoneNumber: string;
  /** When the last code was sent (ms), while it may still be valid. */
  sentAt?: number;
}

const KEY = 'sms-lock:phone';

export function readRememberedPhone(): RememberedPhone | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as RememberedPhone | null;
    return value && typeof value.phoneNumber === 'string' && /^\+\d{4,15}$/.test(value.phoneNumber) ? value : null;
  } catch {
    // Storage blocked (private mode, sandboxed frame) or corrupted: behave as a first visit.
    return null;
  }
}

export function rememberPhone(value: RememberedPhone | null): void {
  try {
    if (value) localStorage.setItem(KEY, JSON.stringify(value));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: remembering is a convenience, never a requirement.
  }
}
