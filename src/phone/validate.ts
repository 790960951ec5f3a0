// Checking a number before anything is sent, and showing a remembered one.
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/min';
import { regionForCallingCode, supportedCountry, toDialString } from './dialing.js';
import { normalizeDigits, readPhoneChars } from './digits.js';

export type PhoneCheck =
  | { ok: true; e164: string; country: CountryCode; national: string; region?: CountryCode }
  | { ok: false; reason: 'empty' | 'too-short' | 'too-long' | 'invalid-country' | 'invalid'; country: CountryCode };

const LENGTH_REASONS = {
  TOO_SHORT: 'too-short',
  TOO_LONG: 'too-long',
  INVALID_COUNTRY: 'invalid-country',
  // A length between the shortest and longest possible ones that no number has.
  INVALID_LENGTH: 'invalid',
  NOT_A_NUMBER: 'invalid',
} as const;

/**
 * Validation before anything is sent. Input with an international prefix ('+',
 * '00', the country's own) is checked as such whatever the selected country.
 * `country` is the country the message should name: the selected one for
 * national input, the number's region for international input (its calling
 * code's main region when the number is not valid anywhere). On success,
 * `e164` is what to send and `national` the number as people there write it;
 * `region` is the number's own region, absent for non-geographic numbers
 * (+800, +881, +882, +883…), which no country allow-list covers.
 * Only "a number of this country" is checked: the bundled metadata cannot tell
 * mobiles from landlines.
 */
export function checkPhone(text: string, country: CountryCode): PhoneCheck {
  const selected = supportedCountry(country);
  const dial = toDialString(readPhoneChars(text), selected);
  const international = dial.value.startsWith('+');
  // The country a failure message should name.
  const regionOf = (number: PhoneNumber | undefined): CountryCode =>
    (international ? (number?.country ?? regionForCallingCode(number?.countryCallingCode ?? callingCodeGuess(dial.value), selected)) : undefined) ??
    selected ??
    country;
  const fail = (reason: Extract<PhoneCheck, { ok: false }>['reason'], number?: PhoneNumber): PhoneCheck => ({ ok: false, reason, country: regionOf(number) });

  if (!/\d/.test(dial.value)) return fail('empty');
  if (!international && !selected) return fail('invalid-country');

  const number = parsePhoneNumberFromString(dial.value, selected);
  const lengthProblem = validatePhoneNumberLength(dial.value, selected);
  if (lengthProblem) return fail(LENGTH_REASONS[lengthProblem] ?? 'invalid', number);
  if (!number?.isValid()) return fail('invalid', number);
  return {
    ok: true,
    e164: number.number,
    country: number.country ?? selected ?? country,
    national: number.formatNational(),
    ...(number.country && { region: number.country }),
  };
}

/** The calling code at the start of '+…' when libphonenumber could not parse the number at all (calling codes are prefix-free). */
function callingCodeGuess(international: string): string | undefined {
  for (let length = 1; length <= 3; length += 1) {
    const code = international.slice(1, 1 + length);
    if (regionForCallingCode(code, undefined)) return code;
  }
  return undefined;
}

/**
 * A masked display for a remembered number, calling code and last 4 digits kept:
 * '+14155550100' → '+1 ••• ••• 0100', '+447400123456' → '+44 •••• ••3456'.
 */
export function maskPhone(e164: string): string {
  const digits = normalizeDigits(e164).replace(/[^\d+]/g, '');
  const number = parsePhoneNumberFromString(digits.startsWith('+') ? digits : `+${digits}`);
  const callingCode = number ? `+${number.countryCallingCode}` : '';
  const shown = number ? number.formatInternational().slice(callingCode.length) : digits.replace(/^\+/, '');
  const total = shown.replace(/\D/g, '').length;
  let seen = 0;
  return callingCode + shown.replace(/\d/g, (digit) => (++seen > total - 4 ? digit : '•'));
}

/** Whether `value` is an E.164 number ('+', a digit other than 0, then 3 to 14 digits): what may be read back from storage or a redirect. */
export function isE164(value: unknown): value is string {
  return typeof value === 'string' && /^\+[1-9]\d{3,14}$/.test(value);
}
