// The country picker: a search combobox over a listbox of countries.
import { html, type TemplateResult } from 'lit';
import type { Country } from '../phone/index.js';
import { backIcon, flagOf, type Translate } from './parts.js';

export interface PickerViewProps {
  t: Translate;
  query: string;
  matches: Country[];
  active: Country | undefined;
  onBack: () => void;
  onInput: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onChoose: (country: Country) => void;
}

export function pickerView(props: PickerViewProps): TemplateResult {
  const { t, matches, active } = props;
  return html`<div class="picker" part="country-picker">
    <div class="picker-head">
      <button type="button" class="icon" part="back-button" aria-label=${t('countryBack')} @click=${props.onBack}>${backIcon()}</button>
      <label for="country-search" class="visually-hidden">${t('countrySearchLabel')}</label>
      <input
        id="country-search"
        part="country-search"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="go"
        aria-expanded="true"
        aria-controls="country-list"
        aria-autocomplete="list"
        aria-activedescendant=${active ? `country-${active.code}` : ''}
        placeholder=${t('countrySearchPlaceholder')}
        .value=${props.query}
        @input=${props.onInput}
        @keydown=${props.onKeydown}
      />
    </div>
    <ul id="country-list" part="country-list" role="listbox" aria-label=${t('countryLabel')}>
      ${matches.map(
        (country) =>
          html`<li
            id="country-${country.code}"
            part="country-option"
            role="option"
            aria-selected=${country === active ? 'true' : 'false'}
            @click=${() => props.onChoose(country)}
          >
            <span class="flag" aria-hidden="true">${flagOf(country.code)}</span>
            <span class="name">${country.name}</span>
            <span class="calling-code">+${country.callingCode}</span>
          </li>`,
      )}
    </ul>
    <p class="no-match" role="status">${matches.length ? '' : t('countryNoMatch', { query: props.query })}</p>
  </div>`;
}
