// Phone metadata by calling code, loaded on demand: the calling codes of every region are built in,
// the rules of a calling code's regions (formats, lengths, prefixes) arrive as a slice when a number
// needs them, and stay (in libphonenumber-js's `min` format, which src/phone/engine.ts reads).
// Small calling codes of one world zone share a slice (scripts/phone-metadata.mjs), named after its first code;
// a big calling code of several regions keeps all but its main one in `<code>-more` (+1: US, then CA and
// the Caribbean), so that formatting in the main region needs only the main one's rules.
import { CALLING_CODES, type CountryCode } from './calling-codes.js';
import { loadMetadataSlice } from './metadata-loader.js';
import type { MetadataSlice, Plan } from './metadata-slice.js';

export type { CountryCode, MetadataSlice };

/** Fetches a slice by its name: the first calling code of those it holds ('1', '44', '211'). */
export type MetadataSliceLoader = (slice: string) => Promise<MetadataSlice>;

const regionsByCallingCode: Record<string, CountryCode[]> = {};
const callingCodeByRegion = new Map<string, string>();
/** Calling code → the slice with its main region's rules (the formats all its regions use) or its non-geographic plan. */
const sliceByCallingCode: Record<string, string> = {};
/** Region → the slice with its rules. */
const sliceByRegion = new Map<string, string>();
for (const slice of CALLING_CODES.split('|')) {
  const name = slice.slice(0, slice.indexOf(':'));
  for (const entry of slice.split(';')) {
    const [callingCode, regions = ''] = entry.split(':');
    const [here, more] = regions.split('/').map((list) => (list ? (list.split(',') as CountryCode[]) : []));
    regionsByCallingCode[callingCode] = [...here, ...(more ?? [])];
    sliceByCallingCode[callingCode] = name;
    for (const region of here) sliceByRegion.set(region, name);
    for (const region of more ?? []) sliceByRegion.set(region, `${callingCode}-more`);
    for (const region of regionsByCallingCode[callingCode]) if (!callingCodeByRegion.has(region)) callingCodeByRegion.set(region, callingCode);
  }
}

/** Every slice with rules of a calling code's regions (or its non-geographic plan). */
const slicesOfCallingCode = (callingCode: string): string[] => [
  ...new Set([sliceByCallingCode[callingCode], ...regionsByCallingCode[callingCode].map((region) => sliceByRegion.get(region)!)]),
];
/** The calling codes a slice has rules for. */
const callingCodesOf = (slice: string): string[] => Object.keys(regionsByCallingCode).filter((code) => slicesOfCallingCode(code).includes(slice));

/**
 * The regions of the calling codes a slice has rules for. (A `countries` allow-list that admits one
 * region of +1 lets every slice of +1 be fetched: telling that a number is Canadian, and not a US one,
 * takes Canada's rules.)
 */
export const regionsServedBy = (slice: string): CountryCode[] => callingCodesOf(slice).flatMap((code) => regionsByCallingCode[code]);

/** The numbering plans of the regions whose slices have arrived. */
export const countries: Record<string, Plan> = {};
/** The numbering plans of the non-geographic calling codes (+800, +882…) whose slices have arrived. */
export const nonGeographic: Record<string, Plan> = {};
/** The English names of the regions whose slices have arrived. */
export const englishNames: Record<string, string> = {};

/** Every calling code, non-geographic ones included. */
export const allCallingCodes = (): string[] => Object.keys(regionsByCallingCode);

/** Every region with a calling code. */
export const allRegions = (): CountryCode[] => [...callingCodeByRegion.keys()] as CountryCode[];

/** The calling code of a region ('GB' → '44'), undefined for a code that is not one. */
export const callingCodeOfRegion = (region: string): string | undefined => callingCodeByRegion.get(region);

/** The regions of a calling code, main one first ('44' → GB, GG, IM, JE); empty for non-geographic or unknown codes. */
export const regionsOfCallingCode = (callingCode: string): readonly CountryCode[] => regionsByCallingCode[callingCode] ?? [];

/** The calling code at the start of '+…' (calling codes are prefix-free), undefined while it is incomplete. */
export function callingCodeAt(international: string): string | undefined {
  for (let length = 1; length <= 3; length += 1) {
    const code = international.slice(1, 1 + length);
    if (code.length === length && regionsByCallingCode[code]) return code;
  }
  return undefined;
}

const loaded = new Set<string>();
const failed = new Set<string>();
const loading = new Map<string, Promise<boolean>>();
const listeners = new Set<() => void>();
let loader: MetadataSliceLoader = loadMetadataSlice;

/** Whether a slice failed to load (it is not asked for again). */
export const hasFailed = (slice: string): boolean => failed.has(slice);

/** Whether the slice with a region's rules is on its way (asked for, neither arrived nor failed). */
export const regionRulesLoading = (region: CountryCode): boolean => loading.has(sliceByRegion.get(region)!);

/** Whether a calling code's formats (its main region's rules, or its non-geographic plan) have arrived. */
export const hasMetadata = (callingCode: string): boolean => loaded.has(sliceByCallingCode[callingCode]);

/**
 * The slices not yet arrived that formatting `dial` ('+44…' or national digits) in `country` needs: the
 * country's rules and its calling code's formats, and the formats of the calling code typed. Telling a
 * number's region takes the rules of every region of its calling code: `everyRegion` adds those of the
 * calling code typed ('typed') or of both ('both').
 */
export function missingMetadata(dial: string, country: CountryCode | undefined, everyRegion?: 'typed' | 'both'): string[] {
  const own = country && callingCodeByRegion.get(country);
  const typed = dial.startsWith('+') ? callingCodeAt(dial) : undefined;
  const needed = [own && sliceByCallingCode[own], country && sliceByRegion.get(country), typed && sliceByCallingCode[typed]];
  for (const code of everyRegion === 'both' ? [own, typed] : everyRegion ? [typed] : []) if (code) needed.push(...slicesOfCallingCode(code));
  return [...new Set(needed.filter((slice): slice is string => !!slice && !loaded.has(slice)))];
}

/**
 * Loads a slice once; true when it is there. A failure is warned about once and resolves false: the
 * numbers it has rules for then get only the generic E.164 check.
 */
export function loadSlice(name: string): Promise<boolean> {
  if (loaded.has(name)) return Promise.resolve(true);
  // No second try after a failure: every keystroke would fetch it again.
  if (failed.has(name)) return Promise.resolve(false);
  let pending = loading.get(name);
  if (!pending) {
    pending = loader(name).then(
      (slice) => {
        Object.assign(countries, slice.countries);
        Object.assign(nonGeographic, slice.nonGeographic);
        Object.assign(englishNames, slice.names);
        loaded.add(name);
        loading.delete(name);
        for (const listener of listeners) listener();
        return true;
      },
      (error: unknown) => {
        loading.delete(name);
        const codes = callingCodesOf(name).map((code) => `+${code}`);
        console.warn(`sms-lock: the phone rules of ${codes.join(', ')} could not be loaded; numbers get a generic check.`, error);
        failed.add(name);
        // Told too: what waited for the slice (a country's name, say) stops waiting.
        for (const listener of listeners) listener();
        return false;
      },
    );
    loading.set(name, pending);
  }
  return pending;
}

/** Loads every rule of a calling code (each of its slices); true when all are there. */
export async function loadMetadata(callingCode: string): Promise<boolean> {
  if (!regionsByCallingCode[callingCode]) return false;
  return (await Promise.all(slicesOfCallingCode(callingCode).map(loadSlice))).every(Boolean);
}

/** Calls `listener` each time a slice of rules arrives or fails to; returns the unsubscribe. */
export function onMetadataLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Replaces how slices are fetched and forgets every slice loaded so far (tests delay or fail loads with it); no argument restores the built-in one. */
export function setMetadataLoader(replacement: MetadataSliceLoader = loadMetadataSlice): void {
  loader = replacement;
  loaded.clear();
  failed.clear();
  loading.clear();
  for (const table of [countries, nonGeographic, englishNames]) for (const key of Object.keys(table)) delete table[key];
}
