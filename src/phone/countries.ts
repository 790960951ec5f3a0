// The country picker's data: localized names, search, and a sensible default.
import { callingCodeOf, isMainRegionForCallingCode, supportedCountry } from './dialing.js';
import { normalizeDigits } from './digits.js';
import { allRegions, englishNames, type CountryCode } from './metadata.js';

export interface Country {
  code: CountryCode;
  /** Without '+': '44'. */
  callingCode: string;
  /** Localized name, or the code when the browser has none. */
  name: string;
}

/** `language` if the browser accepts it as a locale, else undefined (the browser's default). */
function usableLocale(language: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(language.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

function regionNames(locale: string | undefined): (code: string) => string {
  try {
    const names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
    return (code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
  } catch {
    // Older engines without Intl.DisplayNames: codes are still usable.
    return (code) => code;
  }
}

// One namer per language, so naming the selected country doesn't cost the whole list.
const namersByLanguage = new Map<string, (code: string) => string>();

function namer(language: string): (code: string) => string {
  let nameOf = namersByLanguage.get(language);
  if (!nameOf) namersByLanguage.set(language, (nameOf = regionNames(usableLocale(language))));
  return nameOf;
}

/**
 * True once countries can be named in `language` without delay: the first Intl.DisplayNames of a
 * language costs ~10 ms of start-up, so the first screen names its country after it has shown.
 */
export const countryNamesReady = (language: string): boolean => namersByLanguage.has(language);

/**
 * A country's name without Intl: in English, from its phone rules once they have arrived (undefined in
 * other languages, or before then).
 */
export const builtInName = (code: CountryCode, language: string): string | undefined => (inEnglish(language) ? englishNames[code] : undefined);

/** Whether a language tag is English ('en', 'en-GB'). */
export const inEnglish = (language: string): boolean => /^en(?:$|[-_])/i.test(language);

/** One country, named in `language`, without building the list (what the closed picker shows). */
export function countryInfo(code: CountryCode, language: string): Country {
  return { code, callingCode: callingCodeOf(code), name: namer(language)(code) };
}

/** The allow-list's known region codes; empty when it names none, which restricts nothing. */
export function allowedCountries(allow?: readonly string[]): CountryCode[] {
  return [...new Set(allow?.map(supportedCountry).filter((code) => code !== undefined))];
}

// Built once per language, when the picker first opens; it asks for the list on every render.
const countriesByLanguage = new Map<string, readonly Country[]>();

function allCountries(language: string): readonly Country[] {
  let countries = countriesByLanguage.get(language);
  if (!countries) {
    const locale = usableLocale(language);
    const nameOf = namer(language);
    const collator = new Intl.Collator(locale);
    countries = allRegions()
      .map((code): Country => Object.freeze({ code, callingCode: callingCodeOf(code), name: nameOf(code) }))
      .sort((a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
    countriesByLanguage.set(language, countries);
  }
  return countries;
}

/**
 * Every region with phone rules, names via Intl.DisplayNames(language,
 * {type:'region'}) with a fallback to the code, sorted with Intl.Collator(language).
 * `allow` = optional ISO allow-list (case-insensitive, unknown codes ignored).
 * An allow-list that names no known region restricts nothing, so the picker is
 * never empty. The Country objects are shared and frozen; the array is a copy.
 */
export function listCountries(language: string, allow?: readonly string[]): Country[] {
  const countries = allCountries(language);
  const allowed = new Set(allowedCountries(allow));
  return allowed.size > 0 ? countries.filter((country) => allowed.has(country.code)) : countries.slice();
}

// ——— search

/** Lower case, accents and punctuation gone, words separated by single spaces. */
function fold(text: string): string {
  return (
    ` ${text}`
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Letters that are not a base letter plus an accent in Unicode.
      .replace(/[øłđßæœıþ]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trimEnd()
  );
}

const FOLDED_LETTERS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

// Common names people type that are neither the ISO code nor the name's start.
const ALIASES: Record<string, CountryCode> = { uk: 'GB', usa: 'US', uae: 'AE' };

// Folded names, computed once per Country object (shared through listCountries' cache).
const foldedNames = new WeakMap<Country, string>();

function foldedName(country: Country): string {
  let folded = foldedNames.get(country);
  if (folded === undefined) {
    folded = fold(country.name);
    foldedNames.set(country, folded);
  }
  return folded;
}

// English names, folded, by code: people often type a country's English name whatever the widget's language.
const foldedEnglishNames = new Map<string, string>();

function foldedEnglishName(code: CountryCode): string {
  let folded = foldedEnglishNames.get(code);
  if (folded === undefined) foldedEnglishNames.set(code, (folded = fold(namer('en')(code))));
  return folded;
}

const NO_MATCH = -1;

/** Lower is better. Folded names start with a space, so ' query' finds word starts. */
function wordRank(name: string, query: string): number {
  const at = name.indexOf(` ${query}`);
  if (at === 0) return 1; // the name starts with it
  if (at > 0) return 2; // a later word starts with it
  return name.includes(query) ? 3 : NO_MATCH;
}

/** The name in the widget's language first; its English name after ("Germany" finds Allemagne). */
function nameRank(country: Country, query: string): number {
  if (query.length === 2 && country.code === query.toUpperCase()) return 0;
  if (ALIASES[query] === country.code) return 0;
  const localized = wordRank(foldedName(country), query);
  if (localized !== NO_MATCH) return localized;
  const english = wordRank(foldedEnglishName(country.code), query);
  return english === NO_MATCH ? NO_MATCH : english + 3;
}

function callingCodeRank(country: Country, digits: string): number {
  if (country.callingCode === digits) return isMainRegionForCallingCode(country.code, digits) ? 0 : 1;
  return country.callingCode.startsWith(digits) ? 2 : NO_MATCH;
}

/**
 * Filter for the country picker: by localized name (case- and accent-insensitive,
 * the start of the name first, then the start of any word, then anywhere), ISO
 * code ('gb', listed first) and calling code ('+44', '44': exact codes first, the
 * code's main region before the others sharing it, then codes starting with it).
 * Ties keep the list's order. Empty query → all.
 */
export function searchCountries(countries: readonly Country[], query: string): Country[] {
  const trimmed = normalizeDigits(query).trim();
  if (!trimmed) return countries.slice();
  const callingCode = /^(?:\+|00)?\s*(\d[\d\s]*)$/.exec(trimmed)?.[1]?.replace(/\s/g, '');
  const folded = callingCode ? '' : fold(trimmed).trim();
  if (!callingCode && !folded) return countries.slice();
  const rank = callingCode ? (country: Country) => callingCodeRank(country, callingCode) : (country: Country) => nameRank(country, folded);
  return countries
    .map((country, index) => ({ country, index, rank: rank(country) }))
    .filter((entry) => entry.rank !== NO_MATCH)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.country);
}

// ——— default

function regionOf(tag: string, likely: boolean): CountryCode | undefined {
  try {
    const locale = new Intl.Locale(tag.trim().replace(/_/g, '-'));
    return supportedCountry((likely ? locale.maximize() : locale).region);
  } catch {
    return undefined;
  }
}

/**
 * Region of the first language tag with one (`en-GB` → GB, `pt-BR` → BR), else a
 * likely region via Intl.Locale.maximize() (`fr` → FR), else 'US'; only regions
 * with phone rules (`es-419` has none, so the next tag decides).
 */
export function defaultCountry(languages: readonly string[]): CountryCode {
  for (const tag of languages) {
    const region = regionOf(tag, false);
    if (region) return region;
  }
  for (const tag of languages) {
    const region = regionOf(tag, true);
    if (region) return region;
  }
  return 'US';
}
