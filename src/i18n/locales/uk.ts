/**
 * Ukrainian (українська). Formal "ви" (lower case, as in apps). "Отримати код" for the send button.
 * {wait} and {country} come in the nominative, so they follow a colon or parentheses.
 */
import type { Dictionary } from '../en.js';

const dictionary: Dictionary = {
  title: 'Вхід',
  close: 'Закрити',
  phoneInstructions: 'Введіть номер телефону. Ми надішлемо код в SMS — з ним ви увійдете або створите обліковий запис.',
  countryLabel: 'Країна',
  countryButton: '{country}, +{callingCode}. Змінити країну',
  countrySearchLabel: 'Пошук країни',
  countrySearchPlaceholder: 'Назва або код країни',
  countryNoMatch: 'За запитом «{query}» країн не знайдено.',
  countryBack: 'Назад',
  phoneLabel: 'Номер телефону',
  rememberedInstructions: 'З поверненням! Ми надішлемо код в SMS на ваш номер:',
  rememberedNumber: 'номер, що закінчується на {last}',
  notYou: 'Це не ви?',
  haveCode: 'У мене вже є код',
  sendCode: 'Отримати код',
  sending: 'Надсилаємо…',
  codeInstructions: 'Ми надіслали код на номер {phone}.',
  codeLabel: 'Код підтвердження',
  verify: 'Підтвердити',
  verifying: 'Перевіряємо…',
  changeNumber: 'Змінити номер',
  resendCode: 'Отримати новий код',
  resendIn: 'Новий код можна буде отримати через {time}.',
  codeResent: 'Ми надіслали новий код на номер {phone}.',
  universalInstructions: 'Ви увійдете за допомогою коду з SMS на захищеній сторінці входу.',
  continue: 'Продовжити',
  redirecting: 'Переспрямування…',
  success: 'Ви увійшли.',
  successDetail: 'Вхід виконано за номером {phone}.',

  'phone.empty': 'Введіть номер телефону.',
  'phone.too-short': 'Закороткий номер для вибраної країни ({country}).',
  'phone.too-long': 'Задовгий номер для вибраної країни ({country}).',
  'phone.invalid': 'Неправильний номер телефону для вибраної країни ({country}).',
  'phone.invalid-country': 'Такого коду країни не існує. Перевірте цифри після +.',
  'phone.not-allowed': 'Номери з цієї країни ({country}) тут не приймаються.',
  'phone.non-geographic': 'Номери такого типу тут не приймаються. Введіть номер мобільного телефону однієї з країн у списку.',
  'code.incomplete': 'Введіть {length, plural, one {# цифру коду} few {усі # цифри коду} many {усі # цифр коду} other {усі # цифри коду}}.',

  'error.invalid-code': 'Код неправильний або застарів. Перевірте його чи отримайте новий код.',
  'error.too-many-attempts': 'Забагато невдалих спроб. Вхід за цим номером тимчасово заблоковано.',
  'error.too-many-attempts-wait': 'Забагато невдалих спроб. До наступної спроби: {wait}.',
  'error.rate-limited': 'Запитано забагато кодів. До наступної спроби: {wait}.',
  'error.rate-limited-later': 'Запитано забагато кодів. Спробуйте пізніше.',
  'error.invalid-phone': 'Не вдається надіслати SMS на номер {phone}. Перевірте номер.',
  'error.sms-provider': 'Не вдалося надіслати SMS. Спробуйте ще раз трохи згодом.',
  'error.configuration': 'Вхід на цьому сайті налаштовано неправильно. Повідомте про це власника сайту.',
  'error.access-denied': 'Вхід за цим номером заборонено.',
  'error.network': 'Схоже, немає з’єднання з інтернетом. Перевірте з’єднання та спробуйте ще раз.',
  'error.timeout': 'Сервер занадто довго не відповідає. Спробуйте ще раз.',
  'error.server': 'Помилка на сервері. Спробуйте ще раз.',
};

export default dictionary;
