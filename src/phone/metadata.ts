// Phone metadata by calling code, loaded on demand: the calling codes of every region are built in,
// the rules of a calling code's regions (formats, lengths, prefixes) arrive as a slice when a number
// needs them, and stay (in libphonenumber-js's `min` format, which src/phone/engine.ts reads).
import { CALLING_CODES, type CountryCode } from './calling-codes.js';
import { loadMetadataSlice } from './metadata-loader.js';
import type { MetadataSlice, Plan } from './metadata-slice.js';

export type { CountryCode, MetadataSlice };

export type MetadataSliceLoader = (callingCode: string) => Promise<MetadataSlice>;

const regionsByCallingCode: Record<string, CountryCode[]> = {};
const callingCodeByRegion = new Map<string, string>();
for (const entry of CALLING_CODES.split(';')) {
  const [callingCode, regions] = entry.split(':');
  const codes = (regions ? regions.split(',') : []) as CountryCode[];
  regionsByCallingCode[callingCode] = codes;
  for (const region of codes) if (!callingCodeByRegion.has(region)) callingCodeByRegion.set(region, callingCode);
}

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
  let pending = loading.get(callingCode);
  if (!pending) {
    pending = loader(callingCode).then(
      (slice) => {
        Object.assign(countries, slice.countries);
        Object.assign(nonGeographic, slice.nonGeographic);
        loaded.add(callingCode);
        loading.delete(callingCode);
        for (const listener of listeners) listener(callingCode);
        return true;
      },
      (error: unknown) => {
        loading.delete(callingCode);
        console.warn(`sms-lock: the phone rules of +${callingCode} could not be loaded; numbers get a generic check.`, error);
        failed.add(callingCode);
        return false;
      },
    );
    loading.set(callingCode, pending);
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
