// The pane of each step, rendered from the element's controllers: which view, fed with what.
import type { TemplateResult } from 'lit';
import type { CountryPicker } from './controllers/country-picker.js';
import type { LanguageController } from './controllers/language.js';
import type { PhoneEntry } from './controllers/phone-entry.js';
import type { SignInController } from './controllers/sign-in.js';
import type { TimersController } from './controllers/timers.js';
import { errorMessage } from './messages.js';
import { countryInfo, maskPhone, type CountryCode } from './phone/index.js';
import { codeView, type CodeStyle } from './views/code.js';
import { successView, universalView } from './views/done.js';
import { phoneView, rememberedView } from './views/phone.js';
import { pickerView } from './views/picker.js';

export type Pane = 'phone' | 'remembered' | 'picker' | 'code' | 'success' | 'universal';

/** Auth0's default one-time code lifetime: a remembered code older than this is not offered. */
const CODE_LIFETIME_MS = 180_000;

/** What the panes are rendered from: the element's controllers and the settings they show. */
export interface PaneSources {
  readonly i18n: LanguageController;
  readonly signIn: SignInController;
  readonly phone: PhoneEntry;
  readonly picker: CountryPicker;
  readonly timers: TimersController;
  readonly busy: boolean;
  readonly codeLength: number;
  readonly codeStyle: CodeStyle;
}

export function renderPane(pane: Pane, el: PaneSources): TemplateResult {
  const { t } = el.i18n;
  const { state } = el.signIn;
  const { busy } = el;
  const error = errorText(el);
  switch (pane) {
    case 'phone':
      return phoneView({
        t,
        country: el.phone.selected(el.i18n.locale),
        text: el.phone.text,
        invalid: state.error?.kind === 'phone' || state.error?.kind === 'invalid-phone',
        busy,
        sending: state.busy === 'sending',
        error,
        onInput: (event) => el.phone.onInput(event),
        onOpenPicker: () => el.picker.open(),
        onSend: () => el.phone.submit(),
      });
    case 'remembered': {
      const { phoneNumber, sentAt } = el.signIn.remembered!;
      return rememberedView({
        t,
        masked: maskPhone(phoneNumber),
        last4: phoneNumber.slice(-4),
        codeMayBeValid: sentAt !== undefined && Date.now() - sentAt < CODE_LIFETIME_MS,
        busy,
        sending: state.busy === 'sending',
        error,
        onSend: () => el.phone.submitRemembered(),
        onForget: () => el.phone.forgetRemembered(),
        onResume: () => el.signIn.resume(),
      });
    }
    case 'picker':
      return pickerView({
        t,
        query: el.picker.query,
        ...el.picker.matches(),
        onBack: () => el.picker.close(),
        onInput: (event) => el.picker.onInput(event),
        onKeydown: (event) => el.picker.onKeydown(event),
        onChoose: (country) => el.picker.choose(country),
      });
    case 'code':
      return codeView({
        t,
        language: el.i18n.textLanguage,
        code: el.signIn.codeText,
        codeLength: el.codeLength,
        codeStyle: el.codeStyle,
        invalid: state.error?.kind === 'invalid-code' || state.error?.kind === 'code-incomplete',
        busy,
        verifying: state.busy === 'verifying',
        // After a wrong or expired code, a new code is offered at once: the old one may be spent.
        resendWait: state.error?.kind === 'invalid-code' ? 0 : el.timers.resendWait(),
        error,
        onInput: (event) => ((event.target as HTMLInputElement).value = el.signIn.enterCode((event.target as HTMLInputElement).value)),
        onVerify: () => void el.signIn.verifyCode(),
        onChangeNumber: () => el.signIn.changeNumber(),
        onResend: () => el.signIn.resend(),
      });
    case 'universal':
      return universalView({ t, busy, error, onContinue: () => void el.signIn.continueToUniversal() });
    case 'success':
      return successView({ t, phoneNumber: state.phoneNumber });
  }
}

function errorText(el: PaneSources): string {
  return errorMessage(el.signIn.state, {
    t: el.i18n.t,
    textLanguage: el.i18n.textLanguage,
    countryName: (code) => countryInfo(code as CountryCode, el.i18n.locale).name,
    codeLength: el.codeLength,
    phoneText: el.phone.text,
    now: Date.now(),
  });
}
