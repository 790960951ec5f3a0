import { en, type Dictionary, type MessageKey } from './en.js';

export type { Dictionary, MessageKey };

/** Looks up a text and fills its `{name}` slots. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const dictionaries = new Map<string, Dictionary>([['en', en]]);

/** Told of every registration, so elements that already rendered can pick again. */
const listeners = new Set<(language: string) => void>();

/** Adds (or replaces) a language's strings; missing keys fall back to English. */
export function registerDictionary(language: string, strings: Partial<Dictionary>): void {
  const tag = language.toLowerCase();
  dictionaries.set(tag, { ...en, ...strings });
  for (const listener of listeners) listener(tag);
}

/** Calls `listener` with the (lower-case) tag of every dictionary registered from now on; returns the unsubscribe. */
export function onDictionaryRegistered(listener: (language: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The best registered dictionary for a list of BCP 47 tags: exact tag first, then its base language, then English. */
export function pickDictionary(languages: readonly string[]): { language: string; strings: Dictionary } {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    for (const candidate of [lower, lower.split('-')[0]]) {
      const strings = dictionaries.get(candidate);
      if (strings) return { language: candidate, strings };
    }
  }
  return { language: 'en', strings: en };
}

/** Fills `{name}` slots. The result is plain text: lit renders it as text, never as HTML. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
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

/** "0:27" for a visible countdown. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
