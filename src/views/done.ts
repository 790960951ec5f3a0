// The last panes: signed in, and (flow="universal") the one step that goes on to Universal Login.
import { html, nothing, type TemplateResult } from 'lit';
import { phoneInText } from '../messages.js';
import { checkIcon, errorLine, onSubmit, submitButton, type Translate } from './parts.js';

export function successView({ t, phoneNumber }: { t: Translate; phoneNumber: string | null }): TemplateResult {
  return html`<div class="success" part="success" id="success" tabindex="-1">
    ${checkIcon()}
    <p class="success-title">${t('success')}</p>
    ${phoneNumber ? html`<p>${t('successDetail', { phone: phoneInText(phoneNumber) })}</p>` : nothing}
  </div>`;
}

export interface UniversalViewProps {
  t: Translate;
  busy: boolean;
  error: string;
  onContinue: () => void;
}

export function universalView(props: UniversalViewProps): TemplateResult {
  const { t } = props;
  return html`<form part="form" novalidate @submit=${onSubmit(props.onContinue)}>
    <p class="instructions" part="instructions">${t('universalInstructions')}</p>
    ${errorLine(props.error)} ${submitButton(props.busy ? t('redirecting') : t('continue'), props.busy, { id: 'continue', part: 'continue-button' })}
  </form>`;
}
