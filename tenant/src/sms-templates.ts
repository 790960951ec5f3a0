/**
 * The SMS body per language, so the outbox shows what a user of that language would receive.
 * `{code}` is the one-time code. The tenant appends the WebOTP line (`\n\n@host #code`) itself.
 * Keyed by the same tags as the element's dictionaries (src/i18n/locales/<tag>.ts), plus English.
 */
export const SMS_TEMPLATES: Record<string, string> = {
  en: 'Your verification code is {code}',
  ar: 'رمز التحقق الخاص بك هو {code}',
  bn: 'আপনার যাচাইকরণ কোড হলো {code}',
  de: 'Ihr Bestätigungscode lautet {code}',
  es: 'Tu código de verificación es {code}',
  fa: 'کد تأیید شما: {code}',
  fr: 'Votre code de vérification est {code}',
  he: 'קוד האימות שלך הוא {code}',
  hi: 'आपका वेरिफ़िकेशन कोड {code} है',
  id: 'Kode verifikasi Anda adalah {code}',
  it: 'Il tuo codice di verifica è {code}',
  ja: '確認コード：{code}',
  ko: '인증번호는 {code}입니다',
  ms: 'Kod pengesahan anda ialah {code}',
  nl: 'Je verificatiecode is {code}',
  pl: 'Twój kod weryfikacyjny to {code}',
  pt: 'Seu código de verificação é {code}',
  'pt-PT': 'O seu código de verificação é {code}',
  ru: 'Ваш код подтверждения: {code}',
  sw: 'Msimbo wako wa uthibitishaji ni {code}',
  th: 'รหัสยืนยันของคุณคือ {code}',
  tr: 'Doğrulama kodunuz: {code}',
  uk: 'Ваш код підтвердження: {code}',
  ur: 'آپ کا تصدیقی کوڈ {code} ہے',
  vi: 'Mã xác minh của bạn là {code}',
  'zh-Hans': '您的验证码是 {code}',
  'zh-Hant': '您的驗證碼是 {code}',
};

// A header is client input: only its start is read, and only tag-shaped parts count.
const MAX_HEADER_LENGTH = 256;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/;
const byLowerCase = new Map(Object.keys(SMS_TEMPLATES).map((tag) => [tag.toLowerCase(), tag]));

/** The template's tag for one BCP 47 tag (lower case): exact, then script or region, then base language. */
function templateTag(tag: string): string | undefined {
  const exact = byLowerCase.get(tag);
  if (exact) return exact;
  const [language, ...subtags] = tag.split('-');
  if (language === 'zh') {
    // A script subtag decides; without one, the region: Taiwan, Hong Kong and Macao write Traditional.
    if (subtags.includes('hant')) return 'zh-Hant';
    if (subtags.includes('hans')) return 'zh-Hans';
    return subtags.some((s) => s === 'tw' || s === 'hk' || s === 'mo') ? 'zh-Hant' : 'zh-Hans';
  }
  if (language === 'pt') return subtags.includes('pt') ? 'pt-PT' : 'pt';
  return byLowerCase.get(language);
}

/**
 * The language of the SMS for an `x-request-language` header: one tag, or an Accept-Language list
 * (`fr-CH, fr;q=0.9, en;q=0.8`), read in order of preference. The first tag with a template wins; else English.
 */
export function smsLanguageFor(languageHeader: string | undefined): string {
  if (!languageHeader) return 'en';
  const ranges = languageHeader
    .slice(0, MAX_HEADER_LENGTH)
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.split(';').map((s) => s.trim());
      const q = params.find((p) => /^q=/i.test(p));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: range.toLowerCase().replace(/_/g, '-'), weight: Number.isFinite(weight) ? weight : 0, index };
    });
  ranges.sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag, weight } of ranges) {
    if (weight <= 0 || !LANGUAGE_TAG.test(tag)) continue;
    const found = templateTag(tag);
    if (found) return found;
  }
  return 'en';
}

/** The SMS template (with `{code}`) for an `x-request-language` header; English when nothing matches. */
export function smsTemplateFor(languageHeader: string | undefined): string {
  return SMS_TEMPLATES[smsLanguageFor(languageHeader)] as string;
}
