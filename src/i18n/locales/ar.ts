/**
 * Arabic (العربية). Modern Standard Arabic, masculine singular imperatives as usual in apps.
 * {wait} comes in the nominative ("دقيقتان"), so it follows a colon instead of "بعد".
 */
import type { Dictionary } from '../en.js';

const dictionary: Dictionary = {
  title: 'تسجيل الدخول',
  close: 'إغلاق',
  phoneInstructions: 'أدخِل رقم هاتفك، وسنرسل إليك رمزًا في رسالة نصية لتسجيل الدخول أو إنشاء حساب.',
  countryLabel: 'الدولة',
  countryButton: '{country}، +{callingCode}. تغيير الدولة',
  countrySearchLabel: 'البحث عن دولة',
  countrySearchPlaceholder: 'اسم الدولة أو رمزها',
  countryNoMatch: 'لا توجد دولة تطابق «{query}».',
  countryBack: 'رجوع',
  phoneLabel: 'رقم الهاتف',
  rememberedInstructions: 'مرحبًا بعودتك. سنرسل رمزًا في رسالة نصية إلى رقمك:',
  rememberedNumber: 'الرقم المنتهي بـ {last}',
  notYou: 'لست أنت؟',
  haveCode: 'لديّ رمز بالفعل',
  sendCode: 'إرسال الرمز',
  sending: 'جارٍ الإرسال…',
  codeInstructions: 'أرسلنا رمزًا إلى {phone}.',
  codeLabel: 'رمز التحقق',
  verify: 'تحقّق',
  verifying: 'جارٍ التحقق…',
  changeNumber: 'تغيير الرقم',
  resendCode: 'إرسال رمز جديد',
  resendIn: 'يمكنك طلب رمز جديد بعد {time}.',
  codeResent: 'أرسلنا رمزًا جديدًا إلى {phone}.',
  universalInstructions: 'ستسجّل الدخول برمز يُرسَل إلى هاتفك، في صفحة تسجيل دخول آمنة.',
  continue: 'متابعة',
  redirecting: 'جارٍ التحويل…',
  success: 'تم تسجيل الدخول.',
  successDetail: 'سجّلت الدخول باستخدام {phone}.',

  'phone.empty': 'أدخِل رقم هاتفك.',
  'phone.too-short': 'هذا الرقم قصير جدًا بالنسبة إلى {country}.',
  'phone.too-long': 'هذا الرقم طويل جدًا بالنسبة إلى {country}.',
  'phone.invalid': 'هذا ليس رقم هاتف صالحًا في {country}.',
  'phone.invalid-country': 'رمز الدولة هذا غير موجود. تحقّق من الأرقام بعد علامة +.',
  'phone.not-allowed': 'لا يمكن استخدام أرقام من {country} هنا.',
  'phone.non-geographic': 'لا يمكن استخدام هذا النوع من الأرقام هنا. أدخِل رقم جوال من إحدى الدول المدرجة.',
  'code.incomplete': 'أدخِل الرمز كاملًا ({length, plural, zero {# أرقام} one {رقم واحد} two {رقمان} few {# أرقام} many {# رقمًا} other {# رقم}}).',

  'error.invalid-code': 'الرمز غير صحيح أو انتهت صلاحيته. تحقّق منه أو اطلب رمزًا جديدًا.',
  'error.too-many-attempts': 'محاولات فاشلة كثيرة جدًا. تم حظر تسجيل الدخول بهذا الرقم مؤقتًا.',
  'error.too-many-attempts-wait': 'محاولات فاشلة كثيرة جدًا. الوقت المتبقي قبل المحاولة التالية: {wait}.',
  'error.rate-limited': 'طُلبت رموز كثيرة جدًا. الوقت المتبقي قبل المحاولة التالية: {wait}.',
  'error.rate-limited-later': 'طُلبت رموز كثيرة جدًا. أعِد المحاولة لاحقًا.',
  'error.invalid-phone': 'لا يمكننا إرسال رسالة نصية إلى {phone}. تحقّق من الرقم.',
  'error.sms-provider': 'تعذّر إرسال الرسالة النصية. أعِد المحاولة بعد قليل.',
  'error.configuration': 'تسجيل الدخول غير مُعدّ بشكل صحيح على هذا الموقع. يُرجى إبلاغ مالك الموقع.',
  'error.access-denied': 'تم رفض تسجيل الدخول بهذا الرقم.',
  'error.network': 'يبدو أنك غير متصل بالإنترنت. تحقّق من اتصالك وأعِد المحاولة.',
  'error.timeout': 'استغرق الخادم وقتًا طويلًا للرد. أعِد المحاولة.',
  'error.server': 'حدث خطأ في الخادم. أعِد المحاولة.',
};

export default dictionary;
