/**
 * Hebrew (עברית). Gender-neutral impersonal forms ("יש להזין", "אפשר לנסות שוב"), as in most Israeli apps.
 * Country names are never joined to a prefix letter (ב/ל/מ): they follow a separate word.
 */
import type { Dictionary } from '../en.js';

const dictionary: Dictionary = {
  title: 'התחברות',
  close: 'סגירה',
  phoneInstructions: 'יש להזין מספר טלפון. נשלח אליך קוד ב-SMS כדי להתחבר או ליצור חשבון.',
  countryLabel: 'מדינה',
  countryButton: '{country}, +{callingCode}. שינוי המדינה',
  countrySearchLabel: 'חיפוש מדינה',
  countrySearchPlaceholder: 'שם המדינה או הקידומת',
  countryNoMatch: 'אין מדינה שמתאימה לחיפוש: {query}',
  countryBack: 'חזרה',
  phoneLabel: 'מספר טלפון',
  rememberedInstructions: 'שמחים לראות אותך שוב. נשלח קוד ב-SMS למספר שלך:',
  rememberedNumber: 'מספר שמסתיים ב-{last}',
  notYou: 'זה לא המספר שלך?',
  haveCode: 'כבר יש לי קוד',
  sendCode: 'שליחת קוד',
  sending: 'שולחים…',
  codeInstructions: 'שלחנו קוד למספר {phone}.',
  codeLabel: 'קוד אימות',
  verify: 'אימות',
  verifying: 'מאמתים…',
  changeNumber: 'שינוי המספר',
  resendCode: 'שליחת קוד חדש',
  resendIn: 'אפשר לבקש קוד חדש בעוד {time}.',
  codeResent: 'שלחנו קוד חדש למספר {phone}.',
  universalInstructions: 'ההתחברות תתבצע באמצעות קוד שיישלח לטלפון שלך, בדף התחברות מאובטח.',
  continue: 'המשך',
  redirecting: 'מעבירים אותך…',
  success: 'התחברת בהצלחה.',
  successDetail: 'התחברת עם המספר {phone}.',

  'phone.empty': 'יש להזין מספר טלפון.',
  'phone.too-short': 'המספר קצר מדי עבור {country}.',
  'phone.too-long': 'המספר ארוך מדי עבור {country}.',
  'phone.invalid': 'זה לא מספר טלפון תקין עבור {country}.',
  'phone.invalid-country': 'קידומת המדינה הזו לא קיימת. יש לבדוק את הספרות שאחרי ה-+.',
  'phone.not-allowed': 'מספרים של {country} לא נתמכים כאן.',
  'phone.non-geographic': 'אי אפשר להשתמש כאן בסוג המספר הזה. יש להזין מספר נייד מאחת המדינות שברשימה.',
  'code.incomplete': 'יש להזין את {length, plural, one {הספרה של הקוד} two {שתי הספרות של הקוד} other {כל # הספרות של הקוד}}.',

  'error.invalid-code': 'הקוד שגוי או שפג תוקפו. יש לבדוק אותו או לבקש קוד חדש.',
  'error.too-many-attempts': 'יותר מדי ניסיונות כושלים. ההתחברות עם המספר הזה חסומה כרגע.',
  'error.too-many-attempts-wait': 'יותר מדי ניסיונות כושלים. אפשר לנסות שוב בעוד {wait}.',
  'error.rate-limited': 'נשלחו יותר מדי בקשות לקוד. אפשר לנסות שוב בעוד {wait}.',
  'error.rate-limited-later': 'נשלחו יותר מדי בקשות לקוד. אפשר לנסות שוב מאוחר יותר.',
  'error.invalid-phone': 'אין לנו אפשרות לשלוח SMS למספר {phone}. יש לבדוק את המספר.',
  'error.sms-provider': 'לא הצלחנו לשלוח את ה-SMS. אפשר לנסות שוב בעוד רגע.',
  'error.configuration': 'ההתחברות לא מוגדרת כראוי באתר הזה. כדאי לדווח על כך לבעלי האתר.',
  'error.access-denied': 'ההתחברות עם המספר הזה נדחתה.',
  'error.network': 'נראה שאין חיבור לאינטרנט. יש לבדוק את החיבור ולנסות שוב.',
  'error.timeout': 'השרת לא הגיב בזמן. אפשר לנסות שוב.',
  'error.server': 'משהו השתבש בשרת. אפשר לנסות שוב.',
};

export default dictionary;
