/**
 * Persian (فارسی). Formal "شما" with plural verbs, as in Iranian banking and sign-in screens.
 * Words like «می‌فرستیم» keep their zero-width non-joiner (U+200C).
 */
import type { Dictionary } from '../en.js';

const dictionary: Dictionary = {
  title: 'ورود',
  close: 'بستن',
  phoneInstructions: 'شماره موبایل خود را وارد کنید. برای ورود یا ساختن حساب، یک کد با پیامک برایتان می‌فرستیم.',
  countryLabel: 'کشور',
  countryButton: '{country}، +{callingCode}. تغییر کشور',
  countrySearchLabel: 'جستجوی کشور',
  countrySearchPlaceholder: 'نام یا کد کشور',
  countryNoMatch: 'هیچ کشوری با «{query}» مطابقت ندارد.',
  countryBack: 'بازگشت',
  phoneLabel: 'شماره موبایل',
  rememberedInstructions: 'خوش برگشتید. یک کد با پیامک به این شماره می‌فرستیم:',
  rememberedNumber: 'شماره‌ای که به {last} ختم می‌شود',
  notYou: 'شما نیستید؟',
  haveCode: 'کد را قبلاً گرفته‌ام',
  sendCode: 'ارسال کد',
  sending: 'در حال ارسال…',
  codeInstructions: 'کد به شماره {phone} ارسال شد.',
  codeLabel: 'کد تأیید',
  verify: 'تأیید',
  verifying: 'در حال بررسی…',
  changeNumber: 'تغییر شماره',
  resendCode: 'ارسال کد جدید',
  resendIn: 'می‌توانید {time} دیگر کد جدید درخواست کنید.',
  codeResent: 'کد جدید به شماره {phone} ارسال شد.',
  universalInstructions: 'در یک صفحه ورود امن، با کدی که به تلفنتان پیامک می‌شود وارد خواهید شد.',
  continue: 'ادامه',
  redirecting: 'در حال انتقال…',
  success: 'وارد شدید.',
  successDetail: 'با شماره {phone} وارد شدید.',

  'phone.empty': 'شماره موبایل خود را وارد کنید.',
  'phone.too-short': 'این شماره برای {country} خیلی کوتاه است.',
  'phone.too-long': 'این شماره برای {country} خیلی بلند است.',
  'phone.invalid': 'این شماره برای {country} معتبر نیست.',
  'phone.invalid-country': 'این کد کشور وجود ندارد. ارقام بعد از + را بررسی کنید.',
  'phone.not-allowed': 'امکان استفاده از شماره‌های {country} در اینجا وجود ندارد.',
  'phone.non-geographic': 'امکان استفاده از این نوع شماره در اینجا وجود ندارد. شماره موبایلی از یکی از کشورهای فهرست را وارد کنید.',
  'code.incomplete': 'هر {length} رقم کد را وارد کنید.',

  'error.invalid-code': 'کد اشتباه است یا منقضی شده است. آن را بررسی کنید یا کد جدید درخواست کنید.',
  'error.too-many-attempts': 'تعداد تلاش‌های ناموفق بیش از حد مجاز است. ورود با این شماره فعلاً مسدود شده است.',
  'error.too-many-attempts-wait': 'تعداد تلاش‌های ناموفق بیش از حد مجاز است. {wait} دیگر دوباره تلاش کنید.',
  'error.rate-limited': 'تعداد درخواست‌های کد بیش از حد مجاز است. {wait} دیگر دوباره تلاش کنید.',
  'error.rate-limited-later': 'تعداد درخواست‌های کد بیش از حد مجاز است. بعداً دوباره تلاش کنید.',
  'error.invalid-phone': 'نمی‌توانیم به {phone} پیامک بفرستیم. شماره را بررسی کنید.',
  'error.sms-provider': 'پیامک ارسال نشد. چند لحظه دیگر دوباره تلاش کنید.',
  'error.configuration': 'ورود در این سایت درست پیکربندی نشده است. لطفاً به مدیر سایت اطلاع دهید.',
  'error.access-denied': 'ورود با این شماره رد شد.',
  'error.network': 'به نظر می‌رسد به اینترنت وصل نیستید. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
  'error.timeout': 'پاسخ سرور بیش از حد طول کشید. دوباره تلاش کنید.',
  'error.server': 'مشکلی در سرور پیش آمد. دوباره تلاش کنید.',
};

export default dictionary;
