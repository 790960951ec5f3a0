// The one-time code inside whatever the code field received.
import { normalizeDigits } from './digits.js';

/**
 * The code out of whatever was typed, pasted or autofilled: `123 456`, `123-456` and
 * `Your code is 123456` all give `123456`; digits in other scripts count.
 */
export function extractCode(text: string, length: number): string {
  const runs = normalizeDigits(text).match(/\d+/g) ?? [];
  const whole = runs.find((run) => run.length === length);
  return (whole ?? runs.join('')).slice(0, length);
}
