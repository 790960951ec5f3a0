// Turning whatever the keyboard, autofill or clipboard produced into ASCII digits.

const DECIMAL_DIGIT = /\p{Nd}/u;
const DECIMAL_DIGITS = /\p{Nd}/gu;
const ONLY_ASCII = /^\p{ASCII}*$/u;

const digitValueCache = new Map<string, string>();

/**
 * ASCII value of any Unicode decimal digit. Unicode guarantees every script's
 * digits are encoded as contiguous runs 0–9, so a digit's value is its distance
 * from the start of its run of decimal digits, modulo 10 (some runs, like the
 * mathematical digits, hold several sets back to back). This covers every
 * script without a table.
 */
function asciiDigit(digit: string): string {
  if (digit >= '0' && digit <= '9') return digit;
  let value = digitValueCache.get(digit);
  if (value === undefined) {
    const codePoint = digit.codePointAt(0)!;
    let runStart = codePoint;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(runStart - 1))) runStart -= 1;
    value = String((codePoint - runStart) % 10);
    digitValueCache.set(digit, value);
  }
  return value;
}

/** Arabic-Indic, Eastern Arabic (Persian), full-width and other Unicode decimal digits → ASCII; keeps other characters. */
export function normalizeDigits(text: string): string {
  if (ONLY_ASCII.test(text)) return text;
  return text.replace(DECIMAL_DIGITS, asciiDigit);
}

/** One character that matters for a phone number, and where it ends in the raw text. */
export interface PhoneChar {
  /** '+' or an ASCII digit. */
  char: string;
  /** UTF-16 index just after this character in the raw text (for caret mapping). */
  end: number;
}

// Plus signs people actually produce: ASCII, full-width (CJK keyboards), and the
// small/superscript forms some autofill sources emit.
const PLUS_SIGNS = new Set(['+', '\uFF0B', '\uFE62', '\u207A']);

/**
 * The digits of `text`, in order, with a '+' only when it comes before every
 * digit (a '+' typed in the middle of a number means nothing). Everything else
 * — spaces, punctuation, letters — is dropped.
 */
export function readPhoneChars(text: string): PhoneChar[] {
  const chars: PhoneChar[] = [];
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index)!;
    const character = String.fromCodePoint(codePoint);
    index += character.length;
    if (PLUS_SIGNS.has(character)) {
      if (chars.length === 0) chars.push({ char: '+', end: index });
    } else if (character >= '0' && character <= '9') {
      chars.push({ char: character, end: index });
    } else if (codePoint > 0x7f && DECIMAL_DIGIT.test(character)) {
      chars.push({ char: asciiDigit(character), end: index });
    }
  }
  return chars;
}
