/**
 * The language of the texts: the `language` property, else `lang` on the element or its closest
 * ancestor, else the browser's languages. Re-renders the element when any of these change, and when
 * a dictionary is registered after it rendered. A shipped language is loaded the first time it is
 * needed; until it is there the element shows its frame without texts (never English that then
 * changes), and if it can't be loaded, English, with one console warning.
 */
import type { ReactiveController } from 'lit';
import { fill, isRightToLeft, onDictionaryRegistered, pickDictionary, type Dictionary, type ShippedLanguage, type Translate } from '../i18n/index.js';
import { loadDictionary } from '../platform/load-dictionary.js';
import type { SmsLockHost } from './host.js';

// A language file is fetched once per page, whichever element asked first.
const loads = new Map<ShippedLanguage, Promise<boolean>>();

function load(language: ShippedLanguage): Promise<boolean> {
  let loading = loads.get(language);
  if (!loading) {
    loading = loadDictionary(language).then(
      () => true,
      (error: unknown) => {
        console.warn(`<sms-lock>: the ${language} texts could not be loaded; showing English.`, error);
        return false;
      },
    );
    loads.set(language, loading);
  }
  return loading;
}

// Past this, a language still loading gives way to English rather than leave the widget blank.
const LOAD_PATIENCE_MS = 3000;

export class LanguageController implements ReactiveController {
  /** The texts shown. */
  dictionary!: Dictionary;
  /** The language of those texts, which numbers and durations inside them follow. */
  textLanguage = 'en';
  /** The element's first usable language, for country names and the SMS (`x-request-language`). */
  locale = 'en';
  /** A language file is loading: the element shows no text yet. */
  pending = false;
  #followed = '';
  #stale = true;
  #observer?: MutationObserver;
  #unsubscribe?: () => void;
  readonly #given = new Set<ShippedLanguage>();
  readonly #invalidate = () => {
    this.#stale = true;
    this.host.requestUpdate();
  };

  constructor(private readonly host: SmsLockHost & { strings?: Partial<Dictionary> }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = onDictionaryRegistered(this.#invalidate);
    // A `lang` set or changed on the element or any ancestor (or on <html>) later on.
    this.#observer = new MutationObserver(this.#invalidate);
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('languagechange', this.#invalidate);
    // Moved: its ancestors' `lang` may differ.
    this.#stale = true;
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#observer?.disconnect();
    window.removeEventListener('languagechange', this.#invalidate);
  }

  /** Picks the texts again when something they depend on changed; true when the followed languages changed. */
  refresh(force = false): boolean {
    if (!this.#stale && !force) return false;
    this.#stale = false;
    const languages = this.languages();
    const picked = pickDictionary(languages);
    this.dictionary = picked.strings;
    this.textLanguage = picked.language;
    this.pending = false;
    if (picked.load && !this.#given.has(picked.load)) {
      const language = picked.load;
      this.pending = true;
      // English until then, only if loading takes far longer than a file from the same origin should.
      const patience = setTimeout(() => this.#giveUp(language), LOAD_PATIENCE_MS);
      void load(language).then((loaded) => {
        clearTimeout(patience);
        if (!loaded) this.#giveUp(language);
      });
    }
    // Until (or unless) a shipped language has loaded, the texts are English.
    if (picked.load) this.textLanguage = 'en';
    this.locale = languages[0] ?? 'en';
    const followed = languages.join();
    const changed = followed !== this.#followed;
    this.#followed = followed;
    return changed;
  }

  /** `rtl` for texts in a right-to-left language; undefined: the page's direction applies. */
  get direction(): 'rtl' | undefined {
    return !this.pending && isRightToLeft(this.textLanguage) ? 'rtl' : undefined;
  }

  /** A text, with the page's overrides (`strings`) first; `{name}` slots filled in; '' while the language loads. */
  readonly t: Translate = (key, params) => (this.pending ? '' : fill(this.host.strings?.[key] ?? this.dictionary[key], params, this.textLanguage));

  /** The languages the element follows, best first. */
  languages(): string[] {
    const { host } = this;
    // closest() stops at a shadow root: the page's own language is the fallback.
    const own = host.language || host.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
    // Browsers started with a POSIX locale report tags like "C", which Intl rejects.
    return [...(own ? [own] : []), ...(navigator.languages ?? [navigator.language])].filter(isLanguageTag);
  }

  #giveUp(language: ShippedLanguage): void {
    this.#given.add(language);
    this.#invalidate();
  }
}

function isLanguageTag(tag: string | undefined): tag is string {
  try {
    return !!tag && Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
  }
}
