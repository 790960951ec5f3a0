/**
 * The phone step's model: the number as typed (formatted as the user types, caret kept), the selected
 * country and the `countries` allow-list, and sending a code to the number once it passes the rules
 * of its country. The rules of a calling code arrive on demand (see src/phone/metadata.ts): the
 * selected country's at once, another's when the user picks it or types its code; the field is
 * formatted again when they arrive, and a code is sent only once they are there (or failed to load).
 */
import type { ReactiveController } from 'lit';
import type { FlowError } from '../flow.js';
import {
  allowedCountries,
  builtInName,
  callingCodeOf,
  checkPhone,
  countryInfo,
  countryNamesReady,
  defaultCountry as regionOfLanguages,
  displayPhone,
  editFromInputType,
  formatPhoneInput,
  hasFailed,
  inEnglish,
  loadSlice,
  missingMetadata,
  onMetadataLoaded,
  regionRulesLoading,
  regionsServedBy,
  supportedCountry,
  type Country,
  type CountryCode,
} from '../phone/index.js';
import { whenIdle } from '../platform/idle.js';
import { focusField, type SmsLockHost } from './host.js';
import type { SignInController } from './sign-in.js';

export class PhoneEntry implements ReactiveController {
  /** What the phone field shows. */
  text = '';
  /** The selected country (also one outside `countries`, which a number typed with its calling code may select). */
  country: CountryCode = 'US';
  /** The `countries` allow-list as known region codes; null: every country. */
  allowed: Set<CountryCode> | null = null;
  /** The user picked the country, or typed a number that selected it: settings no longer move it. */
  #countryChosen = false;
  /** The locale whose country names are being prepared. */
  #namingLocale?: string;
  /** The selected country as last named, for the renders (every keystroke) that ask again. */
  #named?: { code: CountryCode; locale: string; country: Country };
  /** Waiting for the rules of the number being sent. */
  #checking = false;
  #stopListening?: () => void;

  constructor(
    private readonly host: SmsLockHost,
    private readonly signIn: SignInController,
    private readonly languages: () => string[],
  ) {
    host.addController(this);
    signIn.onNumberRestored = (phoneNumber) => {
      this.#setText(displayPhone(phoneNumber));
      this.#fetchRules(phoneNumber);
    };
  }

  hostConnected(): void {
    this.#stopListening = onMetadataLoaded(() => this.#rulesArrived());
  }

  hostDisconnected(): void {
    this.#stopListening?.();
  }

  /** Follows the settings the country depends on; call before rendering when they may have changed. */
  configure(changed: { languages: boolean; countries: boolean; defaultCountry: boolean }): void {
    if (changed.languages || changed.countries) {
      // Only the codes: the named, sorted list is built when the picker first opens.
      const allowed = allowedCountries(this.host.countries?.split(','));
      this.allowed = allowed.length ? new Set(allowed) : null;
      if (!this.#countryChosen || !this.admits(this.country)) this.country = this.#startingCountry();
    } else if (changed.defaultCountry && !this.#countryChosen) {
      this.country = this.#startingCountry();
    }
    this.#fetchRules(this.text);
  }

  reset(): void {
    this.#countryChosen = false;
    this.country = this.#startingCountry();
    this.#fetchRules('');
    this.#setText('');
  }

  /**
   * The selected country, named in `locale`. The button shows the flag and calling code; the name is only
   * in its label, and the first Intl.DisplayNames of a page is a long task (V8 builds its list of locales).
   * So on the first screen an English page takes the name that came with the country's phone rules, and
   * other languages name it by its code until the browser is idle.
   */
  selected(locale: string): Country {
    const code = this.country;
    if (countryNamesReady(locale)) {
      // Every render asks (each keystroke): named once per country and language.
      const named = this.#named;
      if (named?.code === code && named.locale === locale) return named.country;
      const country = countryInfo(code, locale);
      this.#named = { code, locale, country };
      return country;
    }
    const known = builtInName(code, locale);
    if (known) return { code, callingCode: callingCodeOf(code), name: known };
    // In English the name comes with the rules when they are on their way (not when they failed, or
    // `countries` keeps them from being fetched).
    const nameComing = inEnglish(locale) && regionRulesLoading(code);
    if (!nameComing && this.#namingLocale !== locale) {
      this.#namingLocale = locale;
      whenIdle(() => {
        countryInfo(this.country, locale);
        this.host.requestUpdate();
      });
    }
    return { code, callingCode: callingCodeOf(code), name: code };
  }

  // A keystroke writes the field itself and renders nothing unless something beside the field changes
  // (the country, the error line): the element's render stays off the typing path. So every change of
  // `text` goes through #setText, which also writes the field; lit's `.value` binding only fills a new one.
  onInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const result = formatPhoneInput(input.value, input.selectionStart ?? input.value.length, this.country, editFromInputType(event.inputType));
    // Written only when they differ: each write is DOM and selection work on the typing path.
    if (input.value !== result.text) input.value = result.text;
    const focused = document.activeElement === this.host || this.host.shadowRoot?.activeElement === input;
    if (focused && (input.selectionStart !== result.caret || input.selectionEnd !== result.caret)) input.setSelectionRange(result.caret, result.caret);
    this.text = result.text;
    this.#fetchRules(result.digits);
    // The flow renders when it had an error to clear.
    this.signIn.apply({ type: 'clear-error', kinds: ['phone'] });
    if (this.#followCountry(result.country)) this.host.requestUpdate();
  }

  /** Sends a code to the typed number, or says why it can't. */
  submit(): void {
    this.#sendWhenRulesArrive(this.text);
  }

  /** Sends a code to the remembered number (`remember-phone`). */
  submitRemembered(): void {
    const { remembered } = this.signIn;
    if (remembered) this.#sendWhenRulesArrive(remembered.phoneNumber);
  }

  /** "Not you?": forgets the remembered number, back to an empty field. */
  forgetRemembered(): void {
    this.signIn.remember(null);
    void focusField(this.host, 'phone');
  }

  chooseCountry(code: CountryCode): void {
    // A number typed with the calling code of the country it selected keeps its national digits:
    // picking another country means the user wants that country's code, not the typed one.
    const { digits } = formatPhoneInput(this.text, this.text.length, this.country);
    const callingCode = `+${callingCodeOf(this.country)}`;
    const national = digits.startsWith(callingCode) ? digits.slice(callingCode.length) : digits;
    this.country = code;
    this.#countryChosen = true;
    this.#fetchRules('');
    this.signIn.apply({ type: 'clear-error', kinds: ['phone'] });
    this.#setText(this.text && formatPhoneInput(national, national.length, code).text);
  }

  /** Any country's numbers without `countries`, else only the listed ones; non-geographic numbers (+800, +881…) belong to no country. */
  admits(region: CountryCode | undefined): boolean {
    return region ? !this.allowed || this.allowed.has(region) : !this.allowed;
  }

  /** The text and the field together (the caret stays on its digit when the field has focus), and a render. */
  #setText(text: string, caret?: number): void {
    this.text = text;
    // Before the first render there is no root yet, and no field.
    const input = this.host.renderRoot?.querySelector<HTMLInputElement>('#phone');
    if (input && input.value !== text) {
      input.value = text;
      if (caret !== undefined) input.setSelectionRange(caret, caret);
    }
    this.host.requestUpdate();
  }

  /** True when the typed number moved the selected country. */
  #followCountry(country: CountryCode): boolean {
    if (country === this.country) return false;
    this.country = country;
    this.#countryChosen = true;
    return true;
  }

  /** The slices of rules `dial` needs in the selected country (`everyRegion`: see missingMetadata) that `countries` lets us fetch and that have not arrived. */
  #missingRules(dial: string, everyRegion?: 'typed' | 'both'): string[] {
    return missingMetadata(dial, this.country, everyRegion).filter(
      (slice) => !this.allowed || regionsServedBy(slice).some((region) => this.allowed!.has(region)),
    );
  }

  #fetchRules(dial: string): void {
    // Typed with its calling code, the number's region is one of the code's: their rules, all of them.
    for (const slice of this.#missingRules(dial, 'typed')) void loadSlice(slice);
  }

  /** Formats the field again with the rules that arrived, the caret kept on its digit. */
  #rulesArrived(): void {
    if (!this.text) return this.host.requestUpdate();
    const input = this.host.renderRoot.querySelector<HTMLInputElement>('#phone');
    const focused = input !== null && this.host.shadowRoot?.activeElement === input && input.value === this.text;
    const result = formatPhoneInput(this.text, focused ? (input.selectionStart ?? this.text.length) : this.text.length, this.country);
    this.#followCountry(result.country);
    this.#setText(result.text, focused ? result.caret : undefined);
  }

  /**
   * Checks the number once the rules it needs are there (or failed to load), then sends the code: the
   * rules that format it, then, when it is not a number of its calling code's main region (+1 and the
   * US), those of the code's other regions (CA's 310-xxxx has 7 digits: "too short for the US" is no
   * verdict without Canada's rules). Each round loads slices not asked for before, so it ends.
   */
  #sendWhenRulesArrive(text: string, again = false): void {
    if (this.signIn.state.busy || (this.#checking && !again)) return;
    const { digits } = formatPhoneInput(text, text.length, this.country);
    let missing = this.#missingRules(digits);
    if (missing.length === 0 && !checkPhone(text, this.country).ok) missing = this.#missingRules(digits, 'both');
    // A slice that failed is not asked for again: the check falls back to the number's shape.
    missing = missing.filter((slice) => !hasFailed(slice));
    this.#checking = missing.length > 0;
    if (!this.#checking) return this.#send(text);
    void Promise.all(missing.map(loadSlice)).then(() => this.#sendWhenRulesArrive(text, true));
  }

  #send(text: string): void {
    const phoneNumber = this.#numberToSend(text);
    if (phoneNumber) void this.signIn.sendCode(phoneNumber);
  }

  /** The E.164 number a code may go to, or null after telling the user why not (rules of its country, `countries`). */
  #numberToSend(text: string): string | null {
    const check = checkPhone(text, this.country);
    if (check.ok && this.admits(check.region)) return check.e164;
    const error: FlowError = check.ok
      ? { kind: 'phone', reason: check.region ? 'not-allowed' : 'non-geographic', country: check.country }
      : { kind: 'phone', reason: check.reason, country: check.country };
    this.signIn.apply({ type: 'rejected', error });
    void focusField(this.host, 'phone');
    return null;
  }

  #startingCountry(): CountryCode {
    const wanted = supportedCountry(this.host.defaultCountry) ?? regionOfLanguages(this.languages());
    // Else the first country of `countries` (a Set keeps the attribute's order).
    return this.admits(wanted) ? wanted : [...this.allowed!][0];
  }
}
