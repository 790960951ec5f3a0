/**
 * Lock's `languageDictionary` onto `<sms-lock>`'s texts: the keys that mean the same thing in the SMS
 * flow, Lock's HTML turned into plain text (`<sms-lock>` renders every text as text), `%s` into
 * `{phone}`. What is left over has no counterpart and is reported, so that a page notices.
 */
import type { Dictionary, MessageKey } from '../i18n/index.js';

/** Lock's key (nested objects flattened with dots, as Lock's own error keys are) → ours. */
const LOCK_KEYS: Record<string, MessageKey[]> = {
  title: ['title'],
  passwordlessSMSInstructions: ['phoneInstructions'],
  passwordlessSMSCodeInstructions: ['codeInstructions'],
  phoneNumberInputPlaceholder: ['phoneLabel'],
  codeInputPlaceholder: ['codeLabel'],
  resendCodeAction: ['resendCode'],
  // Lock has one label for the button of both steps.
  submitLabel: ['sendCode', 'verify'],
  'success.logIn': ['success'],
  lastLoginInstructions: ['rememberedInstructions'],
  notYourAccountAction: ['notYou'],
  'error.passwordless.bad.phone_number': ['error.invalid-phone'],
  'error.passwordless.sms_provider_error': ['error.sms-provider'],
  'error.passwordless.too_many_attempts': ['error.too-many-attempts'],
  'error.passwordless.lock.fallback': ['error.server'],
  'error.login.lock.network': ['error.network'],
};

export interface MappedDictionary {
  strings: Partial<Dictionary>;
  /** Lock's `signUpTerms`, as given (HTML). */
  terms?: string;
  /** Keys with no counterpart, flattened. */
  unknown: string[];
}

export function mapLanguageDictionary(dictionary: Record<string, unknown> = {}): MappedDictionary {
  const mapped: MappedDictionary = { strings: {}, unknown: [] };
  for (const [key, value] of flatten(dictionary)) {
    if (key === 'signUpTerms') mapped.terms = value;
    else if (LOCK_KEYS[key]) for (const ours of LOCK_KEYS[key]) mapped.strings[ours] = plainText(value).replace(/%s/g, '{phone}');
    else mapped.unknown.push(key);
  }
  return mapped;
}

function flatten(value: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(value).flatMap(([key, inner]): [string, string][] =>
    inner && typeof inner === 'object' ? flatten(inner as Record<string, unknown>, `${prefix}${key}.`) : [[`${prefix}${key}`, String(inner)]],
  );
}

/** Lock's texts may hold HTML (`Enter your phone to sign in<br/>or create an account`): line breaks become spaces, tags go, entities are decoded. */
export function plainText(html: string): string {
  const text = new DOMParser().parseFromString(html.replace(/<br\s*\/?>/gi, ' '), 'text/html').body.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Lock's `signUpTerms` HTML as nodes that can be shown safely: text, line breaks and links to http(s)
 * or relative addresses (opened in a new tab, as terms usually are). Anything else keeps only its text.
 */
export function termsNodes(html: string): Node[] {
  const convert = (node: Node): Node[] => {
    if (node.nodeType === Node.TEXT_NODE) return [document.createTextNode(node.textContent ?? '')];
    if (!(node instanceof Element)) return [];
    if (node.localName === 'br') return [document.createElement('br')];
    const children = [...node.childNodes].flatMap(convert);
    const href = node.localName === 'a' ? node.getAttribute('href') : null;
    if (href === null || !/^(https?:|\/|\.|#|[^:]*$)/i.test(href.trim())) return children;
    const link = Object.assign(document.createElement('a'), { href: href.trim(), target: '_blank', rel: 'noopener' });
    link.append(...children);
    return [link];
  };
  return [...new DOMParser().parseFromString(html, 'text/html').body.childNodes].flatMap(convert);
}
