/**
 * Russian (русский). Formal "вы" (lower case, as in apps). "Получить код" for the send button, as on most
 * Russian sign-in screens. {wait} and {country} come in the nominative, so they follow a colon or parentheses.
 */
import type { Dictionary } from '../en.js';

const dictionary: Dictionary = {
  title: 'Вход',
  close: 'Закрыть',
  phoneInstructions: 'Введите номер телефона. Мы пришлём код в SMS — с ним вы войдёте или создадите аккаунт.',
  countryLabel: 'Страна',
  countryButton: '{country}, +{callingCode}. Изменить страну',
  countrySearchLabel: 'Поиск страны',
  countrySearchPlaceholder: 'Название или код страны',
  countryNoMatch: 'По запросу «{query}» стран не найдено.',
  countryBack: 'Назад',
  phoneLabel: 'Номер телефона',
  rememberedInstructions: 'С возвращением! Мы пришлём код в SMS на ваш номер:',
  rememberedNumber: 'номер, оканчивающийся на {last}',
  notYou: 'Это не вы?',
  haveCode: 'У меня уже есть код',
  sendCode: 'Получить код',
  sending: 'Отправляем…',
  codeInstructions: 'Мы отправили код на номер {phone}.',
  codeLabel: 'Код подтверждения',
  verify: 'Подтвердить',
  verifying: 'Проверяем…',
  changeNumber: 'Изменить номер',
  resendCode: 'Получить новый код',
  resendIn: 'Новый код можно будет получить через {time}.',
  codeResent: 'Мы отправили новый код на номер {phone}.',
  universalInstructions: 'Вы войдёте с помощью кода из SMS на защищённой странице входа.',
  continue: 'Продолжить',
  redirecting: 'Перенаправление…',
  success: 'Вы вошли.',
  successDetail: 'Вход выполнен по номеру {phone}.',

  'phone.empty': 'Введите номер телефона.',
  'phone.too-short': 'Слишком короткий номер для выбранной страны ({country}).',
  'phone.too-long': 'Слишком длинный номер для выбранной страны ({country}).',
  'phone.invalid': 'Неверный номер телефона для выбранной страны ({country}).',
  'phone.invalid-country': 'Такого кода страны не существует. Проверьте цифры после +.',
  'phone.not-allowed': 'Номера из этой страны ({country}) здесь не принимаются.',
  'phone.non-geographic': 'Номера такого типа здесь не принимаются. Введите номер мобильного телефона одной из стран в списке.',
  'code.incomplete': 'Введите {length, plural, one {# цифру кода} few {все # цифры кода} many {все # цифр кода} other {все # цифры кода}}.',

  'error.invalid-code': 'Код неверный или устарел. Проверьте его или получите новый код.',
  'error.too-many-attempts': 'Слишком много неудачных попыток. Вход по этому номеру временно заблокирован.',
  'error.too-many-attempts-wait': 'Слишком много неудачных попыток. До следующей попытки: {wait}.',
  'error.rate-limited': 'Запрошено слишком много кодов. До следующей попытки: {wait}.',
  'error.rate-limited-later': 'Запрошено слишком много кодов. Повторите попытку позже.',
  'error.invalid-phone': 'Не удаётся отправить SMS на номер {phone}. Проверьте номер.',
  'error.sms-provider': 'Не удалось отправить SMS. Повторите попытку чуть позже.',
  'error.configuration': 'Вход на этом сайте настроен неправильно. Сообщите об этом владельцу сайта.',
  'error.access-denied': 'Вход по этому номеру запрещён.',
  'error.network': 'Похоже, нет подключения к интернету. Проверьте соединение и повторите попытку.',
  'error.timeout': 'Сервер слишком долго не отвечает. Повторите попытку.',
  'error.server': 'Ошибка на сервере. Повторите попытку.',
};

export default dictionary;
