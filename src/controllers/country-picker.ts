/**
 * The country picker's model (it has no lifecycle of its own): a search field over the offered countries (a combobox with its listbox), its
 * query and active option, and the keyboard. Choosing a country hands it to the phone entry.
 */
import { listCountries, searchCountries, type Country } from '../phone/index.js';
import { focusField, type SmsLockHost } from './host.js';
import type { PhoneEntry } from './phone-entry.js';

export class CountryPicker {
  isOpen = false;
  query = '';
  /** Index of the active option among the matches. */
  active = 0;

  constructor(
    private readonly host: SmsLockHost,
    private readonly phone: PhoneEntry,
    private readonly locale: () => string,
  ) {}

  /** The countries that match the query, best first, and the active one. */
  matches(): { matches: Country[]; active: Country | undefined } {
    const matches = searchCountries(this.#countries(), this.query);
    return { matches, active: matches[Math.min(this.active, matches.length - 1)] };
  }

  open(): void {
    this.query = '';
    this.active = Math.max(
      0,
      this.#countries().findIndex((country) => country.code === this.phone.country),
    );
    this.isOpen = true;
    this.host.requestUpdate();
    void focusField(this.host, 'country-search').then(() => this.#scrollToActive());
  }

  reset(): void {
    this.isOpen = false;
    this.host.requestUpdate();
  }

  close(focus: 'country' | 'phone' = 'country'): void {
    this.isOpen = false;
    this.host.requestUpdate();
    void focusField(this.host, focus);
  }

  choose(country: Country): void {
    this.phone.chooseCountry(country.code);
    this.close('phone');
  }

  onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.active = 0;
    this.host.requestUpdate();
  }

  onKeydown(event: KeyboardEvent): void {
    const { matches } = this.matches();
    const last = matches.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, this.active + 1),
      ArrowUp: Math.max(0, this.active - 1),
      PageDown: Math.min(last, this.active + 8),
      PageUp: Math.max(0, this.active - 8),
    };
    if (event.key in moves) {
      event.preventDefault();
      this.active = moves[event.key];
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.#scrollToActive());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = matches[Math.min(this.active, last)];
      if (chosen) this.choose(chosen);
    } else if (event.key === 'Escape') {
      // The picker is a step inside the dialog: Escape leaves the picker, not the dialog.
      event.preventDefault();
      event.stopPropagation();
      this.close();
    }
  }

  /** The countries offered, named and sorted in the element's language (built when first needed). */
  #countries(): Country[] {
    const { allowed } = this.phone;
    return listCountries(this.locale(), allowed ? [...allowed] : undefined);
  }

  #scrollToActive(): void {
    this.host.renderRoot.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }
}
