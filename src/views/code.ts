// The code step: the one-time code field, "Change number", and the countdown to "Send a new code".
import { html, type TemplateResult } from 'lit';
import { formatClock } from '../i18n/index.js';
import { errorLine, onSubmit, submitButton, type Translate } from './parts.js';

export interface CodeViewProps {
  t: Translate;
  code: string;
  invalid: boolean;
  busy: boolean;
  verifying: boolean;
  /** Seconds until a new code may be asked for; 0 shows "Send a new code". */
  resendWait: number;
  error: string;
  onInput: (event: Event) => void;
  onVerify: () => void;
  onChangeNumber: () => void;
  onResend: () => void;
}

export function codeView(props: CodeViewProps): TemplateResult {
  const { t } = props;
  return html`<form part="form" novalidate @submit=${onSubmit(props.onVerify)}>
    <label for="code">${t('codeLabel')}</label>
    <input
      id="code"
      part="code-input"
      type="text"
      autocomplete="one-time-code"
      inputmode="numeric"
      enterkeyhint="done"
      spellcheck="false"
      aria-invalid=${props.invalid ? 'true' : 'false'}
      aria-describedby="message error"
      .value=${props.code}
      @input=${props.onInput}
    />
    ${errorLine(props.error)} ${submitButton(props.verifying ? t('verifying') : t('verify'), props.busy)}
    <div class="secondary">
      <button type="button" class="link" part="back-button" @click=${props.onChangeNumber}>${t('changeNumber')}</button>
      ${
        props.resendWait > 0
          ? html`<span class="countdown" part="countdown">${t('resendIn', { time: formatClock(props.resendWait) })}</span>`
          : html`<button type="button" class="link" part="resend-button" @click=${props.onResend}>${t('resendCode')}</button>`
      }
    </div>
  </form>`;
}
