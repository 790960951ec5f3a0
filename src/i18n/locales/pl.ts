/**
 * Polish (polski). Informal imperatives ("Wpisz", "Sprawdź"), as in most Polish apps and banks.
 * {wait} comes in the nominative ("1 sekunda"), so it follows a colon instead of "za".
 */
import type { Dictionary } from '../en.js';

const dictionary: Dictionary = {
  title: 'Zaloguj się',
  close: 'Zamknij',
  phoneInstructions: 'Wpisz numer telefonu. Wyślemy Ci SMS z kodem, dzięki któremu zalogujesz się lub utworzysz konto.',
  countryLabel: 'Kraj',
  countryButton: '{country}, +{callingCode}. Zmień kraj',
  countrySearchLabel: 'Szukaj kraju',
  countrySearchPlaceholder: 'Nazwa kraju lub numer kierunkowy',
  countryNoMatch: 'Brak kraju pasującego do „{query}”.',
  countryBack: 'Wstecz',
  phoneLabel: 'Numer telefonu',
  rememberedInstructions: 'Witaj ponownie. Wyślemy SMS z kodem na Twój numer:',
  rememberedNumber: 'numer kończący się na {last}',
  notYou: 'To nie Ty?',
  haveCode: 'Mam już kod',
  sendCode: 'Wyślij kod',
  sending: 'Wysyłanie…',
  codeInstructions: 'Wysłaliśmy kod na numer {phone}.',
  codeLabel: 'Kod weryfikacyjny',
  verify: 'Potwierdź',
  verifying: 'Sprawdzanie…',
  changeNumber: 'Zmień numer',
  resendCode: 'Wyślij nowy kod',
  resendIn: 'Nowy kod możesz wysłać za {time}.',
  codeResent: 'Wysłaliśmy nowy kod na numer {phone}.',
  universalInstructions: 'Zalogujesz się kodem z SMS-a na bezpiecznej stronie logowania.',
  continue: 'Dalej',
  redirecting: 'Przekierowywanie…',
  success: 'Zalogowano.',
  successDetail: 'Zalogowano numerem {phone}.',

  'phone.empty': 'Wpisz numer telefonu.',
  'phone.too-short': 'Ten numer jest za krótki dla wybranego kraju ({country}).',
  'phone.too-long': 'Ten numer jest za długi dla wybranego kraju ({country}).',
  'phone.invalid': 'To nie jest prawidłowy numer telefonu dla wybranego kraju ({country}).',
  'phone.invalid-country': 'Taki numer kierunkowy kraju nie istnieje. Sprawdź cyfry po znaku +.',
  'phone.not-allowed': 'Nie można tu używać numerów z tego kraju ({country}).',
  'phone.non-geographic': 'Nie można tu używać tego rodzaju numeru. Wpisz numer komórkowy z jednego z krajów na liście.',
  'code.incomplete': 'Wpisz {length, plural, one {# cyfrę kodu} few {wszystkie # cyfry kodu} many {wszystkie # cyfr kodu} other {wszystkie # cyfry kodu}}.',

  'error.invalid-code': 'Kod jest nieprawidłowy lub wygasł. Sprawdź go albo wyślij nowy kod.',
  'error.too-many-attempts': 'Zbyt wiele nieudanych prób. Logowanie tym numerem jest na razie zablokowane.',
  'error.too-many-attempts-wait': 'Zbyt wiele nieudanych prób. Spróbuj ponownie później. Pozostały czas: {wait}.',
  'error.rate-limited': 'Wysłano zbyt wiele kodów. Spróbuj ponownie później. Pozostały czas: {wait}.',
  'error.rate-limited-later': 'Wysłano zbyt wiele kodów. Spróbuj ponownie później.',
  'error.invalid-phone': 'Nie możemy wysłać SMS-a na numer {phone}. Sprawdź numer.',
  'error.sms-provider': 'Nie udało się wysłać SMS-a. Spróbuj ponownie za chwilę.',
  'error.configuration': 'Logowanie na tej stronie jest nieprawidłowo skonfigurowane. Powiadom właściciela strony.',
  'error.access-denied': 'Odmówiono logowania tym numerem.',
  'error.network': 'Wygląda na to, że nie masz połączenia z internetem. Sprawdź połączenie i spróbuj ponownie.',
  'error.timeout': 'Serwer zbyt długo nie odpowiadał. Spróbuj ponownie.',
  'error.server': 'Wystąpił błąd serwera. Spróbuj ponownie.',
};

export default dictionary;
