// Checking a number before anything is sent, and showing a remembered one.
import { callingCodeOf, regionForCallingCode, supportedCountry, toDialString, type DialString } from './dialing.js';
import { normalizeDigits, readPhoneChars } from './digits.js';
import { checkLength, formatPhone, isValidNational, parsePhone, type ParsedPhone } from './engine.js';
import { callingCodeAt, hasFailed, hasMetadata, missingMetadata, type CountryCode } from './metadata.js';

export type PhoneCheck =
  | { ok: true; e164: string; country: CountryCode; national: string; region?: CountryCode }
  | { ok: false; reason: 'empty' | 'too-short' | 'too-long' | 'invalid-country' | 'invalid'; country: CountryCode };

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
 * mobiles from landlines. Without the rules of the number's calling code (not loaded,
 * or failed to load: see `loadMetadata`), only the shape of an E.164 number is checked.
 */
export function checkPhone(text: string, country: CountryCode): PhoneCheck {
  const selected = supportedCountry(country);
  const dial = toDialString(readPhoneChars(text), selected);
  const international = dial.value.startsWith('+');
  // The country a failure message should name.
  const regionOf = (number: ParsedPhone | undefined): CountryCode =>
    (international
      ? ((number?.country as CountryCode | undefined) ?? regionForCallingCode(number?.callingCode ?? callingCodeGuess(dial.value), selected))
      : undefined) ??
    selected ??
    country;
  const fail = (reason: Extract<PhoneCheck, { ok: false }>['reason'], number?: ParsedPhone): PhoneCheck => ({ ok: false, reason, country: regionOf(number) });

  if (!/\d/.test(dial.value)) return fail('empty');
  if (!international && !selected) return fail('invalid-country');
  if (missingMetadata(dial.value, selected).length > 0) return genericCheck(dial, selected ?? country, fail);

  const number = parsePhone(dial.value, selected);
  const problem =
    typeof number === 'string' ? number : checkLength(number.national, number.plan) || (isValidNational(number.national, number.plan) ? '' : 'invalid');
  if (typeof number === 'string' || problem) {
    // Not a number of the regions whose rules are here. When the other regions' rules (a `-more` slice)
    // failed to load, only its shape can be checked; not fetched yet, it is refused: the element fetches
    // them when this check fails, and checks again.
    if (missingMetadata(dial.value, selected, 'both').some(hasFailed)) return genericCheck(dial, selected ?? country, fail);
    return fail(problem || 'invalid', typeof number === 'string' ? undefined : number);
  }
  const region = number.country as CountryCode | undefined;
  return {
    ok: true,
    e164: `+${number.callingCode}${number.national}`,
    country: region ?? selected ?? country,
    national: formatPhone(number),
    ...(region && { region }),
  };
}

/** The calling code at the start of '+…' when the number could not be parsed at all (calling codes are prefix-free). */
function callingCodeGuess(international: string): string | undefined {
  const code = callingCodeAt(international);
  return code && regionForCallingCode(code, undefined) ? code : undefined;
}

// What people dial before a national number where it is not '0' (the check without rules drops it).
const TRUNK_PREFIXES: Record<string, string> = { 1: '1', 7: '8', 39: '' };

/** E.164's shape only: a '+', a calling code that does not start with 0, at most 15 digits in all. */
function genericCheck(dial: DialString, country: CountryCode, fail: (reason: 'too-short' | 'too-long' | 'invalid') => PhoneCheck): PhoneCheck {
  const ownCode = callingCodeOf(country);
  const trunk = TRUNK_PREFIXES[ownCode] ?? '0';
  const e164 = dial.value.startsWith('+') ? dial.value : `+${ownCode}${trunk && dial.value.startsWith(trunk) ? dial.value.slice(trunk.length) : dial.value}`;
  if (!/^\+[1-9]\d{6,14}$/.test(e164)) return fail(e164.length < 8 ? 'too-short' : e164.length > 16 ? 'too-long' : 'invalid');
  const region = regionForCallingCode(callingCodeAt(e164), country);
  return { ok: true, e164, country: region ?? country, national: e164, ...(region && { region }) };
}

/**
 * A masked display for a remembered number, calling code and last 4 digits kept:
 * '+14155550100' → '+1 ••• ••• 0100', '+447400123456' → '+44 •••• ••3456'.
 */
export function maskPhone(e164: string): string {
  const digits = normalizeDigits(e164).replace(/[^\d+]/g, '');
  const international = digits.startsWith('+') ? digits : `+${digits}`;
  const knownCode = callingCodeAt(international);
  // Without the calling code's rules, the digits after it are shown in one group.
  if (knownCode && !hasMetadata(knownCode)) return `+${knownCode} ${mask(international.slice(1 + knownCode.length))}`;
  const parsed = parsePhone(international);
  const number = typeof parsed === 'string' ? undefined : parsed;
  const callingCode = number ? `+${number.callingCode}` : '';
  const shown = number ? formatPhone(number, true).slice(callingCode.length) : digits.replace(/^\+/, '');
  return callingCode + mask(shown);
}

/** Every digit but the last 4 as '•'. */
function mask(shown: string): string {
  const total = shown.replace(/\D/g, '').length;
  let seen = 0;
  return shown.replace(/\d/g, (digit) => (++seen > total - 4 ? digit : '•'));
}

/** Whether `value` is an E.164 number ('+', a digit other than 0, then 3 to 14 digits): what may be read back from storage or a redirect. */
export function isE164(value: unknown): value is string {
  return typeof value === 'string' && /^\+[1-9]\d{3,14}$/.test(value);
}
