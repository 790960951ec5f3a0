// Phone metadata by calling code, loaded on demand: the calling codes of every region are built in,
// the rules of a calling code's regions (formats, lengths, prefixes) arrive as a slice when a number
// needs them, and stay (in libphonenumber-js's `min` format, which src/phone/engine.ts reads).
// Small calling codes of one world zone share a slice (scripts/phone-metadata.mjs), named after its first code.
import { CALLING_CODES, type CountryCode } from './calling-codes.js';
import { loadMetadataSlice } from './metadata-loader.js';
import type { MetadataSlice, Plan } from './metadata-slice.js';

export type { CountryCode, MetadataSlice };

/** Fetches a slice by its name: the first calling code of those it holds ('1', '44', '211'). */
export type MetadataSliceLoader = (slice: string) => Promise<MetadataSlice>;

const regionsByCallingCode: Record<string, CountryCode[]> = {};
const callingCodeByRegion = new Map<string, string>();
/** Calling code → the slice that holds its rules, named after the slice's first calling code. */
const sliceByCallingCode: Record<string, string> = {};
for (const slice of CALLING_CODES.split('|')) {
  const name = slice.slice(0, slice.indexOf(':'));
  for (const entry of slice.split(';')) {
    const [callingCode, regions] = entry.split(':');
    const codes = (regions ? regions.split(',') : []) as CountryCode[];
    regionsByCallingCode[callingCode] = codes;
    sliceByCallingCode[callingCode] = name;
    for (const region of codes) if (!callingCodeByRegion.has(region)) callingCodeByRegion.set(region, callingCode);
  }
}

const sliceOf = (callingCode: string): string => sliceByCallingCode[callingCode];
const callingCodesOf = (slice: string): string[] => Object.keys(regionsByCallingCode).filter((code) => sliceOf(code) === slice);

/** The numbering plans of the regions whose slices have arrived. */
export const countries: Record<string, Plan> = {};
/** The numbering plans of the non-geographic calling codes (+800, +882…) whose slices have arrived. */
export const nonGeographic: Record<string, Plan> = {};

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
const listeners = new Set<(callingCode: string) => void>();
let loader: MetadataSliceLoader = loadMetadataSlice;

export const hasMetadata = (callingCode: string): boolean => loaded.has(callingCode);

/** The calling codes whose rules `dial` ('+44…' or national digits) needs in `country` and that have not arrived. */
export function missingMetadata(dial: string, country: CountryCode | undefined): string[] {
  const needed = [country && callingCodeByRegion.get(country), dial.startsWith('+') ? callingCodeAt(dial) : undefined];
  return [...new Set(needed.filter((code): code is string => code !== undefined && !loaded.has(code)))];
}

/**
 * Loads a calling code's rules once; true when they are there. A failure is warned about once and
 * resolves false: the numbers of that code then get only the generic E.164 check.
 */
export function loadMetadata(callingCode: string): Promise<boolean> {
  if (loaded.has(callingCode)) return Promise.resolve(true);
  // No second try after a failure: every keystroke would fetch it again.
  if (!regionsByCallingCode[callingCode] || failed.has(callingCode)) return Promise.resolve(false);
  const name = sliceOf(callingCode);
  let pending = loading.get(name);
  if (!pending) {
    const codes = callingCodesOf(name);
    pending = loader(name).then(
      (slice) => {
        Object.assign(countries, slice.countries);
        Object.assign(nonGeographic, slice.nonGeographic);
        for (const code of codes) loaded.add(code);
        loading.delete(name);
        for (const code of codes) for (const listener of listeners) listener(code);
        return true;
      },
      (error: unknown) => {
        loading.delete(name);
        console.warn(`sms-lock: the phone rules of ${codes.map((code) => `+${code}`).join(', ')} could not be loaded; numbers get a generic check.`, error);
        for (const code of codes) failed.add(code);
        return false;
      },
    );
    loading.set(name, pending);
  }
  return pending;
}

/** Calls `listener` with each calling code whose rules arrive; returns the unsubscribe. */
export function onMetadataLoaded(listener: (callingCode: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Replaces how slices are fetched and forgets every slice loaded so far (tests delay or fail loads with it); no argument restores the built-in one. */
export function setMetadataLoader(replacement: MetadataSliceLoader = loadMetadataSlice): void {
  loader = replacement;
  loaded.clear();
  failed.clear();
  loading.clear();
  for (const plans of [countries, nonGeographic]) for (const key of Object.keys(plans)) delete plans[key];
}
