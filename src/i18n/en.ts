/**
 * English strings. Every other dictionary is checked against these keys. `{name}` marks a parameter.
 *
 * Notes for translators (one per key below):
 * - Keep every `{placeholder}` exactly as written; never translate its name. Add none, drop none.
 * - `{phone}` is the number the code went to, in international format (`+1 415 555 0100`); the
 *   element isolates it and always shows it left to right, so add no direction marks around it.
 * - A count may take an ICU-style plural where the grammar needs it:
 *   `{length, plural, one {# digit} few {# digits} many {# digits} other {# digits}}`
 *   (`#` is the number formatted for the language; categories are those of Intl.PluralRules; `other` is required).
 * - Plain text only: no HTML, no Markdown. Use the language's own quotation marks and typography.
 * - Buttons sit in a widget that can be 320 px wide: keep button texts short (one to three words).
 * - The shared terms (code, send, send a new code, change number, sign in, phone number, country)
 *   are listed per language in GLOSSARY.md: use the same word everywhere in one language.
 */
export const en = {
  /** Heading at the top of the widget on every step. Short (one to three words). */
  title: 'Sign in',
  /** Screen-reader label of the × button that closes the dialog. */
  close: 'Close',
  /** Paragraph above the phone field on the first step. Says a code comes by SMS, and that new users get an account. */
  phoneInstructions: 'Enter your phone number. We’ll text you a code to sign in or create an account.',
  /** Screen-reader label of the list of countries in the country picker. */
  countryLabel: 'Country',
  /** Screen-reader label of the country button beside the phone field. {country}: the selected country's name in the UI language (from Intl.DisplayNames); {callingCode}: its calling code, digits only, without '+' (the '+' is in the text). */
  countryButton: '{country}, +{callingCode}. Change country',
  /** Screen-reader-only label of the search field in the country picker. */
  countrySearchLabel: 'Search countries',
  /** Placeholder inside the country search field: the user may type a name or a calling code. Short. */
  countrySearchPlaceholder: 'Country name or code',
  /** Status line under the country list when the search finds nothing. {query}: what the user typed in the search field, shown in quotes. */
  countryNoMatch: 'No country matches “{query}”.',
  /** Screen-reader label of the back-arrow button that leaves the country picker. */
  countryBack: 'Back',
  /** Visible label of the phone number field. */
  phoneLabel: 'Phone number',
  /** Paragraph shown to a returning user whose number was remembered; the masked number (•••• 4253) follows it on the next line. */
  rememberedInstructions: 'Welcome back. We’ll text a code to your number:',
  /** Screen-reader-only text read instead of the masked number. {last}: its last 4 digits. */
  rememberedNumber: 'number ending in {last}',
  /** Small link after the remembered number that forgets it and asks for another number. Short. */
  notYou: 'Not you?',
  /** Link under the button on the remembered-number step: skips to code entry when a code was already sent. */
  haveCode: 'I already have a code',
  /** Main button: sends the SMS with the code. Short (button). */
  sendCode: 'Send code',
  /** Main button text while the code is being sent. Short (button); ends with an ellipsis. */
  sending: 'Sending…',
  /** Live-region message above the code field, read out when the step opens. {phone}: the number the code went to. */
  codeInstructions: 'We sent a code to {phone}.',
  /** Visible label of the code field (the one-time code received by SMS). */
  codeLabel: 'Verification code',
  /** Main button on the code step: checks the code. Short (button). */
  verify: 'Verify',
  /** Main button text while the code is checked. Short (button); ends with an ellipsis. */
  verifying: 'Verifying…',
  /** Link under the code field: back to the phone step to enter another number. Short. */
  changeNumber: 'Change number',
  /** Link under the code field, shown when a new code may be requested. Short. */
  resendCode: 'Send a new code',
  /** Text shown in place of the resend link until it is allowed, updated every second. {time}: a countdown clock like 0:27. */
  resendIn: 'You can ask for a new code in {time}.',
  /** Live-region message after a new code was sent. {phone}: the number the code went to. */
  codeResent: 'We sent a new code to {phone}.',
  /** Paragraph on the redirect flow: the sign-in continues on a hosted, secure page where the code is entered. */
  universalInstructions: 'You’ll sign in with a code sent to your phone, on a secure sign-in page.',
  /** Main button of the redirect flow: goes to the hosted sign-in page. Short (button). */
  continue: 'Continue',
  /** Main button text while the browser leaves for the hosted sign-in page. Short (button); ends with an ellipsis. */
  redirecting: 'Redirecting…',
  /** Large line on the success step. */
  success: 'You’re signed in.',
  /** Line under the success message. {phone}: the number that signed in. */
  successDetail: 'Signed in as {phone}.',

  /** Error under the phone field: submitted with no number. */
  'phone.empty': 'Enter your phone number.',
  /** Error under the phone field. {country}: the country name in the UI language (from Intl.DisplayNames, nominative, no article): phrase it so any name fits. */
  'phone.too-short': 'That number is too short for {country}.',
  /** Error under the phone field. {country}: the country name, as above. */
  'phone.too-long': 'That number is too long for {country}.',
  /** Error under the phone field. {country}: the country name, as above. */
  'phone.invalid': 'That isn’t a valid phone number for {country}.',
  /** Error under the phone field: the user typed +NNN and no country has that calling code. */
  'phone.invalid-country': 'That country calling code doesn’t exist. Check the number after the +.',
  /** Error under the phone field: the site accepts numbers from some countries only. {country}: the country name, as above. */
  'phone.not-allowed': 'Numbers from {country} can’t be used here.',
  /** Error under the phone field: a non-geographic number (satellite, global services) was typed. */
  'phone.non-geographic': 'This kind of number can’t be used here. Enter a mobile number from one of the listed countries.',
  /** Error under the code field: the code is shorter than expected. {length}: the number of digits of a code (usually 6, from 4 to 10); use a plural where the grammar needs one. */
  'code.incomplete': 'Enter all {length} digits of the code.',

  /** Error under the code field: the server refused the code (mistyped, or older than its lifetime). */
  'error.invalid-code': 'That code is wrong or has expired. Check it, or send a new code.',
  /** Error: too many wrong codes; the server gave no time to wait. */
  'error.too-many-attempts': 'Too many failed attempts. Sign-in is blocked for this number for now.',
  /** Error: too many wrong codes. {wait}: how long to wait, already formatted by Intl in the UI language ("45 seconds", "2 minutes", "1 hour"; nominative): phrase it so any such duration fits. */
  'error.too-many-attempts-wait': 'Too many failed attempts. Try again in {wait}.',
  /** Error: too many codes sent to this number or from this device. {wait}: a formatted duration, as above. */
  'error.rate-limited': 'Too many codes were requested. Try again in {wait}.',
  /** Error: too many codes requested; the server gave no time to wait. */
  'error.rate-limited-later': 'Too many codes were requested. Try again later.',
  /** Error under the phone field: the SMS provider refused the number. {phone}: the number as typed or in international format. */
  'error.invalid-phone': 'We can’t send a text message to {phone}. Check the number.',
  /** Error: the SMS provider failed; a retry a little later usually works. */
  'error.sms-provider': 'We couldn’t send the text message. Try again in a moment.',
  /** Error: the site's Auth0 set-up is wrong; the user can't fix it, only tell the site's owner. */
  'error.configuration': 'Sign-in is misconfigured on this site. Please let the site’s owner know.',
  /** Error: the tenant's rules refused sign-in for this number. */
  'error.access-denied': 'Sign-in was refused for this number.',
  /** Error: the request never reached the server (no connection). */
  'error.network': 'You seem to be offline. Check your connection and try again.',
  /** Error: the server did not answer in time. */
  'error.timeout': 'The server took too long to answer. Try again.',
  /** Error: the server answered with an unexpected failure (5xx). */
  'error.server': 'Something went wrong on the server. Try again.',
} as const;

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;
