// The code step: the one-time code field (one box per digit over a single real input, or a plain
// field), "Change number", and the countdown to "Send a new code".
import { html, type TemplateResult } from 'lit';
import { formatClock } from '../i18n/index.js';
import { errorLine, onSubmit, submitButton, type Translate } from './parts.js';

/** `boxes`: one box per digit; `field`: a single text field. */
export type CodeStyle = 'boxes' | 'field';

export interface CodeViewProps {
  t: Translate;
  /** The language of the texts, whose digits the countdown is written in. */
  language: string;
  code: string;
  codeLength: number;
  codeStyle: CodeStyle;
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

/**
 * The boxes only draw the digits: the real input lies over them, transparent, and keeps focus, typing,
 * paste, autofill and WebOTP, so assistive technology and the keyboard meet one ordinary field.
 */
function codeBoxes(code: string, length: number, invalid: boolean): TemplateResult[] {
  // The box the next digit goes into; on a full code, the last one.
  const active = Math.min(code.length, length - 1);
  return Array.from({ length }, (_, index) => {
    const parts = ['code-box'];
    if (index === active) parts.push('code-box-active');
    if (index < code.length) parts.push('code-box-filled');
    if (invalid) parts.push('code-box-invalid');
    return html`<span class=${index === active ? 'box active' : 'box'} part=${parts.join(' ')}>${code[index] ?? ''}</span>`;
  });
}

export function codeView(props: CodeViewProps): TemplateResult {
  const { t } = props;
  const boxes = props.codeStyle !== 'field';
  const field = html`<input
    id="code"
    part="code-input"
    type="text"
    dir="ltr"
    autocomplete="one-time-code"
    inputmode="numeric"
    enterkeyhint="done"
    spellcheck="false"
    aria-invalid=${props.invalid ? 'true' : 'false'}
    aria-describedby="message error"
    .value=${props.code}
    @input=${props.onInput}
  />`;
  return html`<form part="form" novalidate @submit=${onSubmit(props.onVerify)}>
    <label for="code">${t('codeLabel')}</label>
    ${
      boxes
        ? html`<div class="code-boxes" part="code-boxes" dir="ltr">
            ${field}
            <div class="boxes" aria-hidden="true">${codeBoxes(props.code, props.codeLength, props.invalid)}</div>
          </div>`
        : field
    }
    ${errorLine(props.error)} ${submitButton(props.verifying ? t('verifying') : t('verify'), props.busy)}
    <div class="secondary">
      <button type="button" class="link" part="back-button" @click=${props.onChangeNumber}>${t('changeNumber')}</button>
      ${
        props.resendWait > 0
          ? html`<span class="countdown" part="countdown">${t('resendIn', { time: formatClock(props.resendWait, props.language) })}</span>`
          : html`<button type="button" class="link" part="resend-button" @click=${props.onResend}>${t('resendCode')}</button>`
      }
    </div>
  </form>`;
}
