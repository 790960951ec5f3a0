import { en, type Dictionary, type MessageKey } from './en.js';

export type { Dictionary, MessageKey };

/** Looks up a text and fills its `{name}` slots. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The languages shipped as files of their own beside the element (`src/i18n/locales/<tag>.ts`),
 * loaded the first time an element needs one. English is built in.
 */
export const SHIPPED_LANGUAGES = [
  'ar', 'bn', 'de', 'es', 'fa', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'ms', 'nl', 'pl',
  'pt', 'pt-PT', 'ru', 'sw', 'th', 'tr', 'uk', 'ur', 'vi', 'zh-Hans', 'zh-Hant',
] as const; // prettier-ignore
export type ShippedLanguage = (typeof SHIPPED_LANGUAGES)[number];

/** Languages written right to left. */
const RIGHT_TO_LEFT = /^(ar|fa|he|ur|ps|sd|ug|yi|dv|ckb)(-|$)/;

// Keyed by lower-case tag. The shipped files and the page's own registrations are kept apart,
// so that the page's texts win whichever arrives first.
const shipped = new Map<string, Partial<Dictionary>>([['en', en]]);
const registered = new Map<string, Partial<Dictionary>>();
const shippedTags = new Map<string, ShippedLanguage>(SHIPPED_LANGUAGES.map((tag) => [tag.toLowerCase(), tag]));

/** Told of every registration, so elements that already rendered can pick again. */
const listeners = new Set<(language: string) => void>();

function added(tag: string): void {
  for (const listener of listeners) listener(tag);
}

/** Adds (or replaces) a language's strings; missing keys fall back to the shipped texts of that language, then to English. */
export function registerDictionary(language: string, strings: Partial<Dictionary>): void {
  const tag = language.toLowerCase();
  registered.set(tag, strings);
  added(tag);
}

/** What a shipped language file calls once it has loaded; the page's own registrations still win. */
export function provideDictionary(language: string, strings: Partial<Dictionary>): void {
  const tag = language.toLowerCase();
  shipped.set(tag, strings);
  added(tag);
}

/** Calls `listener` with the (lower-case) tag of every dictionary registered from now on; returns the unsubscribe. */
export function onDictionaryRegistered(listener: (language: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Legacy language tags some Android WebViews still report, for the shipped languages they mean. */
const LEGACY_TAGS: Record<string, string> = { iw: 'he', in: 'id' };

/**
 * Tags to try for a BCP 47 tag, best first: the tag itself, its language and script (so `zh-TW`
 * and `zh-HK` find `zh-Hant`, `zh` and `zh-CN` find `zh-Hans`), then its language (`pt-BR` → `pt`,
 * `fr-CA` → `fr`). Lower case.
 */
export function languageCandidates(tag: string): string[] {
  const lower = tag.toLowerCase();
  const primary = lower.split('-')[0];
  // Intl.Locale#maximize() loads the likely-subtags data (several ms at start-up): only worth it
  // when a language has texts by script (zh-Hans, zh-Hant).
  const byScript = [...shippedTags.keys(), ...registered.keys()].some((known) => known.startsWith(`${primary}-`) && known !== lower);
  const candidates = [lower];
  try {
    const locale = new Intl.Locale(tag);
    const { language, script } = byScript ? locale.maximize() : locale;
    if (script) candidates.push(`${language}-${script}`.toLowerCase());
    // Chromium and Firefox make the legacy tags canonical; WebKit keeps them.
    candidates.push(LEGACY_TAGS[language] ?? language);
  } catch {
    candidates.push(primary);
  }
  return [...new Set(candidates)];
}

export interface PickedDictionary {
  /** The tag of the texts (lower case): `en` when nothing else matched. */
  language: string;
  strings: Dictionary;
  /** A shipped language that would match better than `strings` once loaded. */
  load?: ShippedLanguage;
}

const merged = new Map<string, { from: [Partial<Dictionary> | undefined, Partial<Dictionary> | undefined]; strings: Dictionary }>();

function dictionary(tag: string): Dictionary | undefined {
  const from: [Partial<Dictionary> | undefined, Partial<Dictionary> | undefined] = [shipped.get(tag), registered.get(tag)];
  if (!from[0] && !from[1]) return undefined;
  let entry = merged.get(tag);
  if (!entry || entry.from[0] !== from[0] || entry.from[1] !== from[1]) {
    entry = { from, strings: { ...en, ...from[0], ...from[1] } };
    merged.set(tag, entry);
  }
  return entry.strings;
}

/**
 * The texts for a list of BCP 47 tags, best first: the first tag (or one of its candidates) with
 * texts registered, shipped and loaded, or shipped and still to load (then `load` names it and the
 * texts are English until it is there).
 */
export function pickDictionary(languages: readonly string[]): PickedDictionary {
  for (const tag of languages) {
    for (const candidate of languageCandidates(tag)) {
      const strings = dictionary(candidate);
      // The page's registration goes over the shipped texts, which still load for the keys it leaves out.
      const file = shipped.has(candidate) ? undefined : shippedTags.get(candidate);
      if (strings || file) return { language: candidate, strings: strings ?? en, ...(file && { load: file }) };
    }
  }
  return { language: 'en', strings: en };
}

/** Whether a language is written right to left. */
export const isRightToLeft = (language: string): boolean => RIGHT_TO_LEFT.test(language.toLowerCase());

/**
 * Fills `{name}` slots; numbers are written in the language's digits. `{name, plural, one {…}
 * other {…}}` picks the branch of the number's plural category (Intl.PluralRules), with `#` for
 * the number. The result is plain text: lit renders it as text, never as HTML.
 */
export function fill(template: string, params: Record<string, string | number> = {}, language = 'en'): string {
  // Most texts have no slot, and every render asks for them.
  if (!template.includes('{')) return template;
  const show = (value: string | number) => (typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value);
  return template.replace(/\{(\w+)(?:, plural, ((?:[^{}]|\{[^{}]*\})*))?\}/g, (slot, name: string, branches?: string) => {
    if (!(name in params)) return slot;
    const value = params[name];
    if (branches === undefined) return show(value);
    const category = new Intl.PluralRules(language).select(Number(value));
    const choice = new RegExp(`(?:^|\\s)${category}\\s*\\{([^{}]*)\\}`).exec(branches) ?? /(?:^|\s)other\s*\{([^{}]*)\}/.exec(branches);
    return (choice?.[1] ?? '').replace(/#/g, show(value));
  });
}

/** "45 seconds", "2 minutes", "1 hour", in the given language. */
export function formatWait(seconds: number, language: string): string {
  const [value, unit] =
    seconds < 90
      ? ([Math.max(1, Math.ceil(seconds)), 'second'] as const)
      : seconds < 90 * 60
        ? ([Math.ceil(seconds / 60), 'minute'] as const)
        : ([Math.ceil(seconds / 3600), 'hour'] as const);
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** "0:27" for a visible countdown, in the language's digits. */
export function formatClock(seconds: number, language = 'en'): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const digits = (value: number, width: number) => new Intl.NumberFormat(language, { minimumIntegerDigits: width, useGrouping: false }).format(value);
  return `${digits(Math.floor(whole / 60), 1)}:${digits(whole % 60, 2)}`;
}
