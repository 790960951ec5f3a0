/**
 * What the element says about the flow: the information line and the error message, chosen from
 * the flow state and put in the dictionary's words. Pure: everything it needs comes in as arguments.
 */
import type { FlowState } from './flow.js';
import { formatWait, type Translate } from './i18n/index.js';
import { displayPhone } from './phone/index.js';

// Between Unicode isolates (LRI … PDI), a number keeps its left-to-right order inside right-to-left
// text ("+1 213 373 4253", never "4253 373 213 1+") and does not reorder the words around it.
const isolated = (text: string) => `\u2066${text}\u2069`;

/** A phone number to put in a sentence: displayed, and isolated as left-to-right text. */
export const phoneInText = (e164: string): string => isolated(displayPhone(e164));

export interface MessageContext {
  /** Looks up and fills a text. */
  t: Translate;
  /** The language of the texts, which durations inside them follow. */
  textLanguage: string;
  /** A country's name in the element's language. */
  countryName: (code: string) => string;
  codeLength: number;
  /** What the phone field shows, for a number refused before it was sent. */
  phoneText: string;
  /** The clock (ms), for how long a wait still is. */
  now: number;
}

/** Where the code went ("We sent a code to +1 415 555 0100."), in code entry. */
export function infoMessage(state: FlowState, { t }: Pick<MessageContext, 't'>): string {
  const { step, phoneNumber, sendCount } = state;
  if (step !== 'code-entry' || !phoneNumber) return '';
  return t(sendCount > 1 ? 'codeResent' : 'codeInstructions', { phone: phoneInText(phoneNumber) });
}

/** The current error in the user's terms; '' when there is none. */
export function errorMessage(state: FlowState, context: MessageContext): string {
  const { error } = state;
  if (!error) return '';
  const { t } = context;
  switch (error.kind) {
    case 'phone':
      return t(`phone.${error.reason}`, { country: context.countryName(error.country) });
    case 'code-incomplete':
      return t('code.incomplete', { length: context.codeLength });
    case 'rate-limited':
    case 'too-many-attempts': {
      const wait = error.retryAt ? (error.retryAt - context.now) / 1000 : 0;
      const [withWait, withoutWait] =
        error.kind === 'rate-limited'
          ? (['error.rate-limited', 'error.rate-limited-later'] as const)
          : (['error.too-many-attempts-wait', 'error.too-many-attempts'] as const);
      return wait > 0 ? t(withWait, { wait: formatWait(wait, context.textLanguage) }) : t(withoutWait);
    }
    case 'invalid-phone':
      return t('error.invalid-phone', { phone: state.phoneNumber ? phoneInText(state.phoneNumber) : isolated(context.phoneText) });
    default:
      return t(`error.${error.kind}`);
  }
}
