// As-you-type formatting of a dial string, the way libphonenumber-js's AsYouType formats one
// `input()` of all the digits typed so far (a port of its parser, formatter and templates).
import {
  callingCodeWithoutPlus,
  checkLength,
  digitsOf,
  formatsOf,
  hasCallingCode,
  matches,
  planOf,
  PUNCTUATION,
  regex,
  regionOf,
  ruleOf,
  spaced,
  stripNationalPrefix,
  type Format,
  type Plan,
} from './engine.js';
import { countries, regionsOfCallingCode } from './metadata.js';

// A format's pattern with every digit class made `\d`, and the longest run of 9s it matches: the same few
// on every keystroke, so worked out once.
const templates = new Map<string, { pattern: string; longest: string }>();
function templateOf(formatPattern: string): { pattern: string; longest: string } {
  let template = templates.get(formatPattern);
  if (!template) {
    const pattern = formatPattern.replace(/\[([^[\]])*\]/g, '\\d').replace(/\d(?=[^,}][^,}])/g, '\\d');
    template = { pattern, longest: regex(pattern).exec('999999999999999')![0] };
    templates.set(formatPattern, template);
  }
  return template;
}

export interface TypedPhone {
  /** The digits as they should read so far: '(415) 555', '+44 7400 1'. */
  text: string;
  /** The region: the default country for national input, the number's once known for international input. */
  country?: string;
  /** The calling code of international input, once complete. */
  callingCode?: string;
}

// ——— leading digits of one or two digits: does the pattern match them, or could they still match it?

type Node = string | Node[] | { or: Node[] } | { set: RegExp };
type Match = number | 'partial' | 'overflow' | undefined;

/** libphonenumber's pattern tree: characters, '[…]' sets of digits, '(?:…|…)' groups; anything else counts as a character. */
function parsePattern(pattern: string): Node {
  let index = 0;
  const group = (): Node => {
    const branches: Node[] = [];
    let sequence: Node[] = [];
    while (index < pattern.length) {
      const char = pattern[index++];
      if (char === '(') {
        index += 2;
        sequence.push(group());
      } else if (char === ')') {
        break;
      } else if (char === '|') {
        branches.push(sequence);
        sequence = [];
      } else if (char === '[') {
        const end = pattern.indexOf(']', index);
        sequence.push({ set: new RegExp(`[${pattern.slice(index, end)}]`) });
        index = end + 1;
      } else {
        sequence.push(char);
      }
    }
    branches.push(sequence);
    return { or: branches };
  };
  return group();
}

function matchNode(chars: string, node: Node, last: boolean): Match {
  if (typeof node === 'string' || 'set' in node) {
    if (typeof node === 'string' ? chars[0] !== node : !node.set.test(chars[0])) return undefined;
    return last && chars.length > 1 ? 'overflow' : 1;
  }
  if ('or' in node) {
    let partial = false;
    for (const branch of node.or) {
      const result = matchNode(chars, branch, last);
      if (typeof result === 'number' || result === 'overflow') return result;
      if (result) partial = true;
    }
    return partial ? 'partial' : undefined;
  }
  let rest = chars;
  for (let index = 0; index < node.length; index += 1) {
    const result = matchNode(rest, node[index], last && index === node.length - 1);
    if (typeof result !== 'number') return result;
    rest = rest.slice(result);
    if (!rest) return index === node.length - 1 ? chars.length : 'partial';
  }
  return last ? 'overflow' : chars.length - rest.length;
}

const parsedPatterns = new Map<string, Node>();

function couldMatch(pattern: string, digits: string): boolean {
  try {
    let tree = parsedPatterns.get(pattern);
    if (!tree) parsedPatterns.set(pattern, (tree = parsePattern(pattern)));
    return matchNode(digits, tree, true) !== undefined;
  } catch {
    return true;
  }
}

// ——— the formatter

// A format that only moves the digits around (no '15' inserted, as some of Argentina's do).
const NON_ALTERING = new RegExp(`\\$1[${PUNCTUATION}]*(\\$\\d[${PUNCTUATION}]*)*$`);

/** Drops the '(' that have no ')'. */
function stripUnpairedOpening(text: string): string {
  const open: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '(') open.push(index);
    else if (text[index] === ')') open.pop();
  }
  return [...text].filter((_, index) => !open.includes(index)).join('');
}

/**
 * Formats `dial` (digits, with a leading '+' for international input) as typed so far, dialled from
 * `defaultCountry` when national: what libphonenumber-js's `new AsYouType(defaultCountry).input(dial)` gives.
 */
export function formatAsYouType(dial: string, defaultCountry?: string): TypedPhone {
  let international = dial[0] === '+';
  const digits = international ? dial.slice(1) : dial;
  if (!digits) return { text: international ? '+' : '' };
  let missingPlus = false;
  let country = !international && defaultCountry && countries[defaultCountry] ? defaultCountry : undefined;
  let callingCode: string | undefined;
  // The plan the rules come from, and the one the formats were taken from (they can differ).
  let plan: Plan | undefined = country ? countries[country] : undefined;
  let formatPlan = plan;
  let formats: Format[] = [];
  let parsing = !!plan;
  let national = '';
  let prefix: string | undefined;
  let otherPrefix: string | undefined;
  let modified = false;
  let extracted = false;

  const nationalDigits = () => (international && callingCode ? digits.slice(callingCode.length) : digits);
  const rule = (format: Format) => ruleOf(format, formatPlan!);
  const usesPrefix = (format: Format) => !!rule(format) && !/^\(?\$1\)?$/.test(rule(format)!);
  const optionalPrefix = (format: Format) => !!format[4] || !!formatPlan![9];
  const separatorAfterPrefix = (format: Format) => (formatPlan![0] === '1' || /[- ]/.test(rule(format) ?? '') ? ' ' : '');
  const tryRule = (format: Format) => !!rule(format) && (usesPrefix(format) ? !!prefix : !international);
  const formatOf = (format: Format) => (international ? format[5] || format[1] : format[1]);

  const narrow = () => {
    const index = Math.max(national.length - 3, 0);
    formats = formats.filter((format) => {
      const uses = usesPrefix(format);
      const optional = optionalPrefix(format);
      if ((prefix && !uses && !optional) || (!international && !prefix && uses && !optional)) return false;
      const leading = format[2] || [];
      if (!leading.length) return true;
      const pattern = leading[Math.min(index, leading.length - 1)];
      return national.length < 3 ? couldMatch(pattern, national) : regex(`^(${pattern})`).test(national);
    });
  };
  const resetFormats = () => {
    formatPlan = plan;
    formats = plan ? formatsOf(plan) : [];
    if (national) narrow();
  };
  const determineCountry = () => {
    if (!country || regionsOfCallingCode(callingCode ?? '').length > 1) {
      const region = regionOf(international ? callingCode : undefined, national);
      if (region !== country) {
        country = region;
        if (region) plan = planOf(region);
      }
    }
  };
  const setCallingCode = (code: string | undefined) => {
    callingCode = code;
    plan = planOf(country || code || '');
    resetFormats();
    parsing = !!plan;
  };
  const extractCallingCode = () => {
    for (let length = 1; digits[0] !== '0' && length <= 3 && length <= digits.length; length += 1) {
      if (hasCallingCode(digits.slice(0, length))) {
        setCallingCode(digits.slice(0, length));
        national = digits.slice(length);
        return true;
      }
    }
    return false;
  };
  const extractNational = () => {
    if (!parsing) return false;
    const typed = nationalDigits();
    const split = stripNationalPrefix(typed, plan!);
    if (split.national === typed) return false;
    const at = typed.lastIndexOf(split.national);
    modified = at < 0 || at !== typed.length - split.national.length;
    const before = typed.slice(0, at);
    otherPrefix = !modified && before && before !== split.prefix ? before : undefined;
    prefix = split.prefix;
    national = split.national;
    extracted = true;
    determineCountry();
    resetFormats();
    return true;
  };
  // When no format fits: a national prefix typed after the calling code, or a calling code typed without its '+'.
  const extractAgain = () => {
    if (!extracted && extractNational()) return true;
    const code = !international && country ? callingCodeWithoutPlus(digits, country) : undefined;
    if (!code) return false;
    missingPlus = international = true;
    setCallingCode(code);
    if (national) {
      national = nationalDigits();
      modified = false;
      prefix = otherPrefix = undefined;
      determineCountry();
      resetFormats();
      extracted = false;
    }
    if (extractCallingCode()) extractNational();
    return true;
  };

  const template = (format: Format): string | undefined => {
    const { pattern, longest } = templateOf(format[0]);
    let dummy = longest;
    if (national.length > dummy.length) return undefined;
    const typed = national.replace(/\d/g, '9');
    if (regex(`^${pattern}$`).test(typed)) dummy = typed;
    let numberFormat = formatOf(format);
    let prefixInside = false;
    if (tryRule(format) && digitsOf(rule(format)!) === `${prefix ?? ''}1`) {
      numberFormat = numberFormat.replace(/(\$\d)/, rule(format)!);
      prefixInside = true;
      for (let count = prefix?.length ?? 0; count > 0; count -= 1) numberFormat = numberFormat.replace(/\d/, 'x');
    }
    let text = dummy.replace(regex(pattern), numberFormat).replace(/9/g, 'x');
    if (!prefixInside) {
      if (otherPrefix) text = `${'x'.repeat(otherPrefix.length)} ${text}`;
      else if (prefix) text = 'x'.repeat(prefix.length) + separatorAfterPrefix(format) + text;
    }
    return international ? spaced(text) : text;
  };
  const complete = (format: Format, withRule: boolean): string | undefined => {
    let text = national.replace(regex(format[0]), international ? formatOf(format) : withRule ? format[1].replace(/(\$\d)/, rule(format)!) : format[1]);
    if (international) text = spaced(text);
    if (!withRule) {
      if (prefix) text = prefix + separatorAfterPrefix(format) + text;
      else if (otherPrefix) text = `${otherPrefix} ${text}`;
    }
    return digitsOf(text) === nationalDigits() ? text : undefined;
  };
  const format = (): string | undefined => {
    if (!checkLength(national, plan!)) {
      for (const candidate of formats) {
        if (matches(national, candidate[0])) {
          const text = (tryRule(candidate) && complete(candidate, true)) || complete(candidate, false);
          if (text) return text;
        }
      }
    }
    for (const candidate of formats) {
      if (!NON_ALTERING.test(formatOf(candidate))) continue;
      let text = template(candidate);
      if (!text) continue;
      let last = -1;
      for (const digit of nationalDigits()) {
        last = text.indexOf('x');
        if (last < 0) return undefined;
        text = text.replace('x', digit);
      }
      return stripUnpairedOpening(text.slice(0, text[last + 1] === ')' ? last + 2 : last + 1));
    }
    return undefined;
  };

  resetFormats();
  if (international) {
    extractCallingCode();
  } else {
    national = digits;
    extractNational();
  }
  determineCountry();
  if (national) narrow();
  let text = plan ? format() : undefined;
  if (text === undefined && extractAgain()) {
    determineCountry();
    if (nationalDigits()) text = format();
  }
  text ||= modified ? nationalDigits() : (otherPrefix || prefix || '') + national;
  if (international) {
    const plus = missingPlus ? '' : '+';
    text = !callingCode ? plus + digits : text ? `${plus}${callingCode} ${text}` : plus + callingCode;
  }
  return { text, country, callingCode: international ? callingCode : undefined };
}
