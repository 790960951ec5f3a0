// How a string of digits is dialled from a given country: international
// prefixes, and which region a calling code points to.
import type { PhoneChar } from './digits.js';
import { callingCodeOfRegion, countries, regionsOfCallingCode, type CountryCode } from './metadata.js';

/** `code` as a region with phone rules (any case), or undefined. */
export function supportedCountry(code: string | undefined): CountryCode | undefined {
  if (!code) return undefined;
  const upper = code.trim().toUpperCase();
  return callingCodeOfRegion(upper) ? (upper as CountryCode) : undefined;
}

/** The calling code of a region with phone rules ('GB' → '44'). */
export const callingCodeOf = (country: CountryCode): string => callingCodeOfRegion(country) ?? '';

interface InternationalPrefix {
  /** Matches the country's international (IDD) prefix at the start of a digit string. */
  pattern: RegExp;
  /** The prefix people dial, when the metadata gives a plain one ('011' in the US, '0011' in Australia). */
  dialled: string | undefined;
}

const internationalPrefixes = new Map<CountryCode, InternationalPrefix | null>();

function internationalPrefixOf(country: CountryCode): InternationalPrefix | null {
  // Until the country's rules arrive, only '00' is read as an international prefix.
  const plan = countries[country];
  if (!plan) return null;
  let prefix = internationalPrefixes.get(country);
  if (prefix === undefined) {
    const pattern = plan[1];
    if (pattern) {
      // The default prefix may contain '~' ("wait for a tone", Russia's '8~10'); where the
      // metadata gives none, the pattern is the prefix when it is a plain one.
      const dialled = (plan[12] || pattern).replace(/~/g, '');
      prefix = { pattern: new RegExp(`^(?:${pattern})`), dialled: /^\d+$/.test(dialled) ? dialled : undefined };
    } else {
      prefix = null;
    }
    internationalPrefixes.set(country, prefix);
  }
  return prefix;
}

/**
 * How many leading digits of `digits` are an international prefix when dialled
 * from `country`: the country's own prefix ('011' in the US, '0011' in
 * Australia, '810' in Russia), else '00', which is the prefix almost everywhere
 * and what people paste from contact cards. While the digits are still the
 * start of the country's own longer prefix ('00' in Australia), it is not yet
 * an international prefix.
 */
export function internationalPrefixLength(digits: string, country: CountryCode | undefined): number {
  const own = country ? internationalPrefixOf(country) : null;
  if (own) {
    const match = own.pattern.exec(digits);
    if (match && match[0].length > 0) return match[0].length;
    if (own.dialled && own.dialled.length > digits.length && own.dialled.startsWith(digits)) return 0;
  }
  return digits.startsWith('00') ? 2 : 0;
}

/** What the phone engine reads: the digits, with an international prefix turned into '+'. */
export interface DialString {
  /** '+447400123456' or '07400123456'. */
  value: string;
  /** How many of the raw phone characters the value's leading '+' stands for (0: no '+'; 1: a typed '+'; 2+: an international prefix). */
  plusFrom: number;
}

export function toDialString(chars: readonly PhoneChar[], country: CountryCode | undefined): DialString {
  const typed = chars.map((phoneChar) => phoneChar.char).join('');
  if (typed.startsWith('+')) return { value: typed, plusFrom: 1 };
  const prefixLength = internationalPrefixLength(typed, country);
  if (prefixLength > 0) return { value: `+${typed.slice(prefixLength)}`, plusFrom: prefixLength };
  return { value: typed, plusFrom: 0 };
}

/** Index in the dial string that corresponds to `count` raw phone characters. */
export function dialIndex(dial: DialString, count: number): number {
  if (dial.plusFrom <= 1 || count === 0) return count;
  return count <= dial.plusFrom ? 1 : count - dial.plusFrom + 1;
}

/**
 * The region to show for an international number whose exact region is not
 * known yet: the selected country when it shares the calling code (Jersey stays
 * Jersey on '+44'), else the calling code's main region ('+1' → US, '+44' → GB);
 * undefined for unknown or non-geographic codes.
 */
export function regionForCallingCode(callingCode: string | undefined, selected: CountryCode | undefined): CountryCode | undefined {
  if (!callingCode) return undefined;
  if (selected && callingCodeOf(selected) === callingCode) return selected;
  return regionsOfCallingCode(callingCode)[0];
}

/** Regions listed first for each calling code in the metadata: the main one ('1' → US, '7' → RU). */
export function isMainRegionForCallingCode(country: CountryCode, callingCode: string): boolean {
  return regionsOfCallingCode(callingCode)[0] === country;
}
