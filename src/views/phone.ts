// The phone step: the country button and the phone field, or the remembered number (`remember-phone`).
import { html, nothing, type TemplateResult } from 'lit';
import type { Country } from '../phone/index.js';
import { chevronIcon, errorLine, flagOf, onSubmit, submitButton, type Translate } from './parts.js';

export interface PhoneViewProps {
  t: Translate;
  country: Country;
  text: string;
  invalid: boolean;
  busy: boolean;
  sending: boolean;
  error: string;
  onInput: (event: InputEvent) => void;
  onOpenPicker: () => void;
  onSend: () => void;
}

export function phoneView(props: PhoneViewProps): TemplateResult {
  const { t, country } = props;
  return html`<form part="form" novalidate @submit=${onSubmit(props.onSend)}>
    <p class="instructions" part="instructions">${t('phoneInstructions')}</p>
    <label for="phone">${t('phoneLabel')}</label>
    <div class="phone-row">
      <button
        type="button"
        id="country"
        class="country"
        part="country-select"
        aria-haspopup="listbox"
        aria-label=${t('countryButton', { country: country.name, callingCode: country.callingCode })}
        @click=${props.onOpenPicker}
      >
        <span class="flag" aria-hidden="true">${flagOf(country.code)}</span>
        <span aria-hidden="true" dir="ltr">+${country.callingCode}</span>
        ${chevronIcon()}
      </button>
      <input
        id="phone"
        part="phone-input"
        type="tel"
        dir="ltr"
        autocomplete="tel"
        inputmode="tel"
        enterkeyhint="send"
        spellcheck="false"
        aria-invalid=${props.invalid ? 'true' : 'false'}
        aria-describedby="error"
        .value=${props.text}
        @input=${props.onInput}
      />
    </div>
    ${errorLine(props.error)} ${submitButton(props.sending ? t('sending') : t('sendCode'), props.busy)}
  </form>`;
}

export interface RememberedViewProps {
  t: Translate;
  /** The number shown masked, e.g. '+1 ••• ••• 0100'. */
  masked: string;
  last4: string;
  /** A code sent earlier may still be valid: offer "I already have a code". */
  codeMayBeValid: boolean;
  busy: boolean;
  sending: boolean;
  error: string;
  onSend: () => void;
  onForget: () => void;
  onResume: () => void;
}

export function rememberedView(props: RememberedViewProps): TemplateResult {
  const { t } = props;
  return html`<form part="form" novalidate @submit=${onSubmit(props.onSend)}>
    <p class="instructions" part="instructions">${t('rememberedInstructions')}</p>
    <p class="remembered" part="remembered">
      <span aria-hidden="true" dir="ltr">${props.masked}</span>
      <span class="visually-hidden">${t('rememberedNumber', { last: props.last4 })}</span>
      <span aria-hidden="true">—</span>
      <button type="button" class="link" part="forget-button" @click=${props.onForget}>${t('notYou')}</button>
    </p>
    ${errorLine(props.error)} ${submitButton(props.sending ? t('sending') : t('sendCode'), props.busy, { id: 'remembered-submit' })}
    ${props.codeMayBeValid ? html`<button type="button" class="link" part="resume-button" @click=${props.onResume}>${t('haveCode')}</button>` : nothing}
  </form>`;
}
