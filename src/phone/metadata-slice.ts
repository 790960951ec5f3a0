/** One calling code's rules: the metadata of its regions, or its non-geographic numbering plan (a src/phone/slices/ module). */
export interface MetadataSlice {
  countries: Record<string, Plan>;
  nonGeographic?: Record<string, Plan>;
  /** The English names of its regions (CLDR's), so that an English page names its country without Intl.DisplayNames. */
  names?: Record<string, string>;
}

/**
 * A number format: pattern, format, leading-digits patterns (longer and longer prefixes),
 * national prefix formatting rule, national prefix optional when formatting, international format.
 */
export type Format = [string, string, (string[] | 0)?, (string | 0)?, (1 | 0)?, (string | 0)?];

/**
 * A numbering plan, in libphonenumber-js's `min` metadata (version 4): calling code, IDD prefix,
 * national number pattern, possible lengths, formats, national prefix, national prefix formatting
 * rule, national prefix for parsing, its transform rule, national prefix optional when formatting,
 * leading digits, number types ([pattern, lengths?] each), default IDD prefix. Absent fields are 0
 * or missing.
 */
export type Plan = [
  string,
  string,
  string,
  (number[] | 0)?,
  (Format[] | 0)?,
  (string | 0)?,
  (string | 0)?,
  (string | 0)?,
  (string | 0)?,
  (1 | 0)?,
  (string | 0)?,
  (([string, number[]?] | 0)[] | 0)?,
  (string | 0)?,
];
