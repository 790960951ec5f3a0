// As-you-type formatting for the phone field, keeping the caret on the same digit.
import { formatAsYouType } from './as-you-type.js';
import { dialIndex, regionForCallingCode, supportedCountry, toDialString } from './dialing.js';
import { readPhoneChars } from './digits.js';
import type { PhoneChar } from './digits.js';
import { callingCodeAt, missingMetadata, type CountryCode } from './metadata.js';

export type PhoneEdit = 'insert' | 'delete-backward' | 'delete-forward';

export interface FormattedPhone {
  /** What the field should show. */
  text: string;
  /** Where the caret goes in `text`. */
  caret: number;
  /** The selected country, or the region an international number belongs to. */
  country: CountryCode;
  /** What was typed, ASCII digits only, with a leading '+' for international input ('00'/'011' become '+'). */
  digits: string;
}

/** The edit kind for an InputEvent's `inputType`. */
export function editFromInputType(inputType: string | undefined): PhoneEdit {
  if (inputType?.startsWith('delete')) return inputType.endsWith('Forward') ? 'delete-forward' : 'delete-backward';
  return 'insert';
}

interface Formatted {
  text: string;
  country: CountryCode | undefined;
  digits: string;
  plusFrom: number;
}

function format(chars: readonly PhoneChar[], selected: CountryCode | undefined): Formatted {
  const dial = toDialString(chars, selected);
  if (!dial.value) return { text: '', country: selected, digits: '', plusFrom: 0 };
  if (missingMetadata(dial.value, selected).length > 0) {
    // The rules have not arrived: the digits as they are, formatted again once they do.
    const country = dial.plusFrom > 0 ? (regionForCallingCode(callingCodeAt(dial.value), selected) ?? selected) : selected;
    return { text: dial.value, country, digits: dial.value, plusFrom: dial.plusFrom };
  }
  const typed = formatAsYouType(dial.value, selected);
  const country = dial.plusFrom > 0 ? ((typed.country as CountryCode | undefined) ?? regionForCallingCode(typed.callingCode, selected) ?? selected) : selected;
  return { text: typed.text, country, digits: dial.value, plusFrom: dial.plusFrom };
}

function isPhoneChar(character: string): boolean {
  return character === '+' || (character >= '0' && character <= '9');
}

/** Index in `text` just after its `count`-th digit (or '+'); the end when `count` covers them all. */
function indexAfter(text: string, count: number, total: number): number {
  if (count >= total) return text.length;
  if (count <= 0) return 0;
  let seen = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (isPhoneChar(text[index]) && ++seen === count) return index + 1;
  }
  return text.length;
}

/**
 * True when `edited` is `formatted` with one formatting character removed at
 * `caret`: the user deleted a ')' or ' ', and formatting again would just put it
 * back, so the deletion would seem to do nothing.
 */
function deletedOnlyASeparator(formatted: string, edited: string, caret: number): boolean {
  return (
    formatted.length === edited.length + 1 &&
    !isPhoneChar(formatted[caret] ?? '0') &&
    formatted.startsWith(edited.slice(0, caret)) &&
    formatted.endsWith(edited.slice(caret))
  );
}

/**
 * As-you-type national formatting that keeps the caret where the user is typing.
 *
 * - `text` is the field's value after the edit, `caret` its selectionStart.
 * - Letters and symbols are dropped; digits of any script become ASCII.
 * - International input — a leading '+', '00', or the country's own prefix
 *   ('011' in the US) — is shown in international format with a '+'
 *   ('0044 7400 123456' → '+44 7400 123456'), and `country` becomes the number's
 *   region as soon as it is known (GB for '+44 7400…', US while only '+1' is typed
 *   unless the selected country also uses +1). Switching to national format
 *   would move digits under the user's thumb, so international stays international.
 * - National input keeps the selected country.
 * - Deleting a formatting character (backspace over ')' or ' ', delete before
 *   '-') deletes the digit beyond it instead. Pass `edit` from the InputEvent
 *   (see `editFromInputType`); without it, such a deletion is treated as a backspace.
 * - The caret stays after the same digit; at the end it stays at the end.
 * - Until the rules of the number's calling code are loaded (`loadMetadata`), the text is the dial
 *   string unformatted ('+447400', '4155550100'): no digit is lost, and formatting it again later formats it.
 */
export function formatPhoneInput(text: string, caret: number, country: CountryCode, edit?: PhoneEdit): FormattedPhone {
  const selected = supportedCountry(country);
  const caretAt = Number.isFinite(caret) ? Math.min(Math.max(0, Math.trunc(caret)), text.length) : text.length;
  const chars = readPhoneChars(text);
  let before = chars.filter((phoneChar) => phoneChar.end <= caretAt).length;
  let result = format(chars, selected);

  if (edit !== 'insert' && deletedOnlyASeparator(result.text, text, caretAt)) {
    if (edit === 'delete-forward') {
      if (before < chars.length) chars.splice(before, 1);
    } else if (before > 0) {
      chars.splice(before - 1, 1);
      before -= 1;
    }
    result = format(chars, selected);
  }

  const caretInDial = dialIndex({ value: result.digits, plusFrom: result.plusFrom }, before);
  return {
    text: result.text,
    caret: indexAfter(result.text, caretInDial, result.digits.length),
    country: result.country ?? country,
    digits: result.digits,
  };
}

/** An E.164 number as people read it, kept on one line: '+1 415 555 0100'. */
export function displayPhone(e164: string): string {
  return formatPhoneInput(e164, e164.length, 'US').text.replace(/ /g, '\u00a0');
}
