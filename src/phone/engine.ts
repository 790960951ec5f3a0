// Reading libphonenumber-js's `min` metadata (the slices in src/phone/slices/): national numbers,
// lengths, validity, the region of a number, and formatting a complete number. A port of what
// libphonenumber-js does with that metadata, limited to what sms-lock needs (no extensions, no
// number types beyond "valid", no other metadata versions); test/phone-oracle.test.ts compares
// the two on every region's example number.
import { countries, nonGeographic, regionsOfCallingCode } from './metadata.js';
import type { Format, Plan } from './metadata-slice.js';

export type { Format, Plan };

/** A region's plan; for a calling code, its main region's plan or its non-geographic one. */
export const planOf = (code: string): Plan | undefined => countries[code] ?? countries[regionsOfCallingCode(code)[0] ?? ''] ?? nonGeographic[code];

export const hasCallingCode = (code: string): boolean => regionsOfCallingCode(code).length > 0 || !!nonGeographic[code];

// The metadata's patterns, compiled once: formatting compiles the same few on every keystroke.
// Never with the g or y flag, so a cached expression keeps no state between uses.
const compiled = new Map<string, RegExp>();
export function regex(source: string): RegExp {
  let expression = compiled.get(source);
  if (!expression) compiled.set(source, (expression = new RegExp(source)));
  return expression;
}

export const matches = (text: string, pattern: string): boolean => regex(`^(?:${pattern})$`).test(text);

/** Only the digits: what a formatted text holds. */
export const digitsOf = (text: string): string => text.replace(/\D/g, '');

// libphonenumber's punctuation: what the international style turns into single spaces.
export const PUNCTUATION = '-\u2010-\u2015\u2212\u30fc\uff0d\uff0f/\uff0e. \u00a0\u00ad\u200b\u2060\u3000()\uff08\uff09\uff3b\uff3d\\[\\]~\u2053\u223c\uff5e';
const PUNCTUATION_RUN = new RegExp(`[${PUNCTUATION}]+`, 'g');

/** International formats use spaces only: '(415) 555-0100' → '415 555 0100'. */
export const spaced = (text: string): string => text.replace(PUNCTUATION_RUN, ' ').trim();

/** A plan's formats; the regions that share a calling code use their main region's. */
export const formatsOf = (plan: Plan): Format[] => plan[4] || planOf(plan[0])?.[4] || [];

/** A format's national prefix formatting rule ('0$1', '($1)'), the plan's own or its main region's by default. */
export const ruleOf = (format: Format, plan: Plan): string | undefined => format[3] || plan[6] || planOf(plan[0])?.[6] || undefined;

/** '' when a national number's length is possible, else what is wrong with it. */
export function checkLength(national: string, plan: Plan): '' | 'too-short' | 'too-long' | 'invalid' {
  const lengths = plan[3];
  if (!lengths) return '';
  const length = national.length;
  return length < lengths[0] ? 'too-short' : length > lengths[lengths.length - 1] ? 'too-long' : lengths.includes(length) ? '' : 'invalid';
}

/** Whether a national number is one of the plan's number types (what tells regions sharing a calling code apart). */
function isOfAType(national: string, plan: Plan): boolean {
  return (
    matches(national, plan[2]) &&
    (plan[11] || []).some((type) => {
      const lengths = type && (type[1] || plan[3]);
      return !!type && !!type[0] && (!lengths || lengths.includes(national.length)) && matches(national, type[0]);
    })
  );
}

/** Whether a national number is valid in its plan. */
export const isValidNational = (national: string, plan: Plan): boolean => ((plan[11] || []).length ? isOfAType(national, plan) : matches(national, plan[2]));

/** The region of a national number among the regions of its calling code; undefined for non-geographic codes or when none fits. */
export function regionOf(callingCode: string | undefined, national: string): string | undefined {
  const regions = regionsOfCallingCode(callingCode ?? '');
  if (regions.length < 2) return regions[0];
  return regions.find((region) => {
    // A region whose rules have not arrived (a `-more` slice) is none the number can be shown to be in.
    const plan = countries[region];
    if (!plan) return false;
    return plan[10] ? !!national && national.search(plan[10]) === 0 : isOfAType(national, plan);
  });
}

export interface NationalPrefixSplit {
  /** The national (significant) number, possibly with digits the transform rule added. */
  national: string;
  /** The national prefix, when one was there. */
  prefix?: string;
}

/** Removes a national prefix (and carrier code) from the digits of a possibly incomplete national number. */
export function stripNationalPrefix(number: string, plan: Plan): NationalPrefixSplit {
  const forParsing = plan[7] || plan[5];
  if (!number || !forParsing) return { national: number };
  const pattern = regex(`^(?:${forParsing})`);
  const match = pattern.exec(number);
  if (!match) return { national: number };
  const captured = match.length > 1 && match[match.length - 1];
  const transform = plan[8];
  return {
    national: transform && captured ? number.replace(pattern, transform) : number.slice(match[0].length),
    prefix: captured ? (number.slice(0, number.indexOf(String(match[1]))) === plan[5] ? plan[5] : undefined) : match[0],
  };
}

/** The national number of complete digits: the prefix is only removed when what remains can be a number. */
export function nationalNumberOf(number: string, plan: Plan): string {
  const { national } = stripNationalPrefix(number, plan);
  if (national === number) return number;
  if (matches(number, plan[2]) && !matches(national, plan[2])) return number;
  if (plan[3]) {
    const region = regionOf(plan[0], national);
    const problem = checkLength(national, region ? countries[region] : plan);
    if (problem === 'too-short' || problem === 'invalid') return number;
  }
  return national;
}

/** The calling code at the start of digits typed without their '+' ('447400123456' from GB), when that reads better. */
export function callingCodeWithoutPlus(number: string, country: string): string | undefined {
  const plan = countries[country];
  const callingCode = plan[0];
  if (!number.startsWith(callingCode)) return undefined;
  const national = nationalNumberOf(number, plan);
  if (
    (!matches(national, plan[2]) && matches(nationalNumberOf(number.slice(callingCode.length), plan), plan[2])) ||
    checkLength(national, plan) === 'too-long'
  ) {
    return callingCode;
  }
  return undefined;
}

export interface ParsedPhone {
  callingCode: string;
  national: string;
  /** The number's region; undefined for non-geographic numbers and for numbers valid in none of their calling code's regions. */
  country?: string;
  /** The region's plan, else the calling code's. */
  plan: Plan;
}

export type ParseProblem = 'too-short' | 'too-long' | 'invalid' | 'invalid-country';

/** A dial string ('+447400123456', '07400123456') read as a number, dialled from `defaultCountry` when national. */
export function parsePhone(dial: string, defaultCountry?: string): ParsedPhone | ParseProblem {
  if (dial.length > 250) return 'too-long';
  if (!/^(?:\+?\d{3,}|\d\d)$/.test(dial)) return /^\+?\d\d?$/.test(dial) ? 'too-short' : 'invalid';
  const from = defaultCountry && countries[defaultCountry] ? defaultCountry : undefined;
  let callingCode: string | undefined;
  let number = dial;
  let country: string | undefined;
  if (dial[0] === '+') {
    number = '';
    for (let end = 2; dial[1] !== '0' && end <= 4 && end <= dial.length; end += 1) {
      if (hasCallingCode(dial.slice(1, end))) {
        callingCode = dial.slice(1, end);
        number = dial.slice(end);
        break;
      }
    }
  } else if (from) {
    callingCode = callingCodeWithoutPlus(dial, from);
    if (callingCode) number = dial.slice(callingCode.length);
    else callingCode = countries[(country = from)][0];
  }
  if (!callingCode) return 'invalid-country';
  let plan = planOf(country ?? callingCode)!;
  if (!number) return 'too-short';
  const national = nationalNumberOf(number, plan);
  const exact = regionOf(callingCode, national);
  if (exact) plan = countries[(country = exact)];
  return national.length < 2 ? 'too-short' : national.length > 17 ? 'too-long' : { callingCode, national, country, plan };
}

/** A complete number as people there write it ('07400 123456'), or internationally ('+44 7400 123456'). */
export function formatPhone({ callingCode, national, plan }: ParsedPhone, international?: boolean): string {
  const format = formatsOf(plan).find(
    ([pattern, , leading]) => (!leading || !leading.length || national.search(leading[leading.length - 1]) === 0) && matches(national, pattern),
  );
  if (!format) return international ? `+${callingCode} ${national}` : national;
  const rule = ruleOf(format, plan);
  const text = national.replace(regex(format[0]), international ? format[5] || format[1] : rule ? format[1].replace(/(\$\d)/, rule) : format[1]);
  return international ? `+${callingCode} ${spaced(text)}` : text;
}
