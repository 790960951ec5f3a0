/**
 * The opt-in memory of `remember-phone`: the last number a code went to, and when, so a return
 * visit can offer it (masked) and, while that code can still be used, go straight to code entry.
 * Nothing else is stored, and never a token.
 */
import { isE164 } from '../phone/index.js';
export interface RememberedPhone {
  phoneNumber: string;
  /** When the last code was sent (ms), while it may still be valid. */
  sentAt?: number;
}

const KEY = 'sms-lock:phone';

/**
 * The entry as stored, when it is one this element could have written: anything else (another
 * script's data, a hand edit, a clock that went back) is dropped, as if it were a first visit.
 */
export function readRememberedPhone(now = Date.now()): RememberedPhone | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { phoneNumber, sentAt } = value as Record<string, unknown>;
    if (!isE164(phoneNumber)) return null;
    if (sentAt === undefined) return { phoneNumber };
    // A send time in the future (beyond a little clock drift) or not a time at all is not ours.
    const validTime = typeof sentAt === 'number' && Number.isFinite(sentAt) && sentAt > 0 && sentAt <= now + 60_000;
    return validTime ? { phoneNumber, sentAt } : null;
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
