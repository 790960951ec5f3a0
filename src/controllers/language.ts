/**
 * The language of the texts: the `language` property, else `lang` on the element or its closest
 * ancestor, else the browser's languages. Re-renders the element when any of these change, and when
 * a dictionary is registered after it rendered.
 */
import type { ReactiveController } from 'lit';
import { fill, onDictionaryRegistered, pickDictionary, type Dictionary, type Translate } from '../i18n/index.js';
import type { SmsLockHost } from './host.js';

export class LanguageController implements ReactiveController {
  /** The texts shown. */
  dictionary!: Dictionary;
  /** The language of those texts, which numbers and durations inside them follow. */
  textLanguage = 'en';
  /** The element's first usable language, for country names and the SMS (`x-request-language`). */
  locale = 'en';
  private followed = '';
  private stale = true;
  private observer?: MutationObserver;
  private unsubscribe?: () => void;
  private readonly invalidate = () => {
    this.stale = true;
    this.host.requestUpdate();
  };

  constructor(private readonly host: SmsLockHost & { strings?: Partial<Dictionary> }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onDictionaryRegistered(this.invalidate);
    // A `lang` set or changed on the element or any ancestor (or on <html>) later on.
    this.observer = new MutationObserver(this.invalidate);
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('languagechange', this.invalidate);
    // Moved: its ancestors' `lang` may differ.
    this.stale = true;
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.observer?.disconnect();
    window.removeEventListener('languagechange', this.invalidate);
  }

  /** Picks the texts again when something they depend on changed; true when the followed languages changed. */
  refresh(force = false): boolean {
    if (!this.stale && !force) return false;
    this.stale = false;
    const languages = this.languages();
    ({ strings: this.dictionary, language: this.textLanguage } = pickDictionary(languages));
    this.locale = languages[0] ?? 'en';
    const followed = languages.join();
    const changed = followed !== this.followed;
    this.followed = followed;
    return changed;
  }

  /** A text, with the page's overrides (`strings`) first; `{name}` slots filled in. */
  readonly t: Translate = (key, params) => fill(this.host.strings?.[key] ?? this.dictionary[key], params);

  /** The languages the element follows, best first. */
  languages(): string[] {
    const { host } = this;
    // closest() stops at a shadow root: the page's own language is the fallback.
    const own = host.language || host.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
    // Browsers started with a POSIX locale report tags like "C", which Intl rejects.
    return [...(own ? [own] : []), ...(navigator.languages ?? [navigator.language])].filter(isLanguageTag);
  }
}

function isLanguageTag(tag: string | undefined): tag is string {
  try {
    return !!tag && Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
  }
}
