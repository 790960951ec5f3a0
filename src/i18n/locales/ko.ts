/**
 * Korean (한국어). Polite 합니다/하세요; 「인증번호」 for the code and 「휴대폰 번호」 for the number, as on Korean sign-in screens.
 * Particles that depend on the last sound of a value are avoided (번호로, 에): values can end in any digit or name.
 */
import type { Dictionary } from '../en.js';

const dictionary: Dictionary = {
  title: '로그인',
  close: '닫기',
  phoneInstructions: '휴대폰 번호를 입력하세요. 로그인하거나 계정을 만들 수 있도록 문자 메시지로 인증번호를 보내 드립니다.',
  countryLabel: '국가',
  countryButton: '{country}, +{callingCode}. 국가 변경',
  countrySearchLabel: '국가 검색',
  countrySearchPlaceholder: '국가 이름 또는 국가 번호',
  countryNoMatch: '‘{query}’에 해당하는 국가가 없습니다.',
  countryBack: '뒤로',
  phoneLabel: '휴대폰 번호',
  rememberedInstructions: '다시 오신 것을 환영합니다. 다음 번호로 인증번호를 보내 드립니다:',
  rememberedNumber: '끝자리가 {last}인 번호',
  notYou: '본인이 아니신가요?',
  haveCode: '이미 인증번호가 있습니다',
  sendCode: '인증번호 받기',
  sending: '보내는 중…',
  codeInstructions: '{phone} 번호로 인증번호를 보냈습니다.',
  codeLabel: '인증번호',
  verify: '확인',
  verifying: '확인 중…',
  changeNumber: '번호 변경',
  resendCode: '인증번호 다시 받기',
  resendIn: '{time} 후에 인증번호를 다시 받을 수 있습니다.',
  codeResent: '{phone} 번호로 새 인증번호를 보냈습니다.',
  universalInstructions: '안전한 로그인 페이지에서 휴대폰으로 받은 인증번호로 로그인합니다.',
  continue: '계속',
  redirecting: '이동 중…',
  success: '로그인되었습니다.',
  successDetail: '{phone} 번호로 로그인했습니다.',

  'phone.empty': '휴대폰 번호를 입력하세요.',
  'phone.too-short': '{country} 전화번호로는 너무 짧습니다.',
  'phone.too-long': '{country} 전화번호로는 너무 깁니다.',
  'phone.invalid': '올바른 {country} 전화번호가 아닙니다.',
  'phone.invalid-country': '존재하지 않는 국가 번호입니다. + 뒤의 숫자를 확인하세요.',
  'phone.not-allowed': '{country} 번호는 여기에서 사용할 수 없습니다.',
  'phone.non-geographic': '이 유형의 번호는 여기에서 사용할 수 없습니다. 목록에 있는 국가의 휴대폰 번호를 입력하세요.',
  'code.incomplete': '인증번호 {length}자리를 모두 입력하세요.',

  'error.invalid-code': '인증번호가 올바르지 않거나 만료되었습니다. 다시 확인하거나 인증번호를 다시 받으세요.',
  'error.too-many-attempts': '실패 횟수가 너무 많습니다. 이 번호로는 당분간 로그인할 수 없습니다.',
  'error.too-many-attempts-wait': '실패 횟수가 너무 많습니다. {wait} 후에 다시 시도하세요.',
  'error.rate-limited': '인증번호 요청이 너무 많습니다. {wait} 후에 다시 시도하세요.',
  'error.rate-limited-later': '인증번호 요청이 너무 많습니다. 나중에 다시 시도하세요.',
  'error.invalid-phone': '{phone} 번호로 문자 메시지를 보낼 수 없습니다. 번호를 확인하세요.',
  'error.sms-provider': '문자 메시지를 보내지 못했습니다. 잠시 후 다시 시도하세요.',
  'error.configuration': '이 사이트의 로그인 설정이 잘못되었습니다. 사이트 운영자에게 알려 주세요.',
  'error.access-denied': '이 번호로는 로그인이 거부되었습니다.',
  'error.network': '오프라인 상태인 것 같습니다. 연결을 확인한 후 다시 시도하세요.',
  'error.timeout': '서버 응답이 너무 오래 걸립니다. 다시 시도하세요.',
  'error.server': '서버에 문제가 발생했습니다. 다시 시도하세요.',
};

export default dictionary;
