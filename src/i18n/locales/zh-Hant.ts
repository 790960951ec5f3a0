/**
 * Chinese, Traditional (繁體中文). Used for zh-TW, zh-HK and zh-MO; Taiwan wording (簡訊, 登入, 傳送), polite 您;
 * 「國家/地區」 for country. Full-width punctuation; a space around Latin text and digits.
 */
import type { Dictionary } from '../en.js';

const dictionary: Dictionary = {
  title: '登入',
  close: '關閉',
  phoneInstructions: '請輸入手機號碼。我們會透過簡訊傳送驗證碼給您，讓您登入或建立帳號。',
  countryLabel: '國家/地區',
  countryButton: '{country}，+{callingCode}。變更國家/地區',
  countrySearchLabel: '搜尋國家/地區',
  countrySearchPlaceholder: '國家/地區名稱或國碼',
  countryNoMatch: '沒有符合「{query}」的國家/地區。',
  countryBack: '返回',
  phoneLabel: '手機號碼',
  rememberedInstructions: '歡迎回來。我們會透過簡訊將驗證碼傳送到您的手機號碼：',
  rememberedNumber: '末四碼為 {last} 的號碼',
  notYou: '不是您本人？',
  haveCode: '我已有驗證碼',
  sendCode: '傳送驗證碼',
  sending: '傳送中…',
  codeInstructions: '驗證碼已傳送至 {phone}。',
  codeLabel: '驗證碼',
  verify: '驗證',
  verifying: '驗證中…',
  changeNumber: '變更手機號碼',
  resendCode: '重新傳送驗證碼',
  resendIn: '{time} 後即可重新傳送驗證碼。',
  codeResent: '新的驗證碼已傳送至 {phone}。',
  universalInstructions: '您將在安全的登入頁面上，使用傳送到您手機的驗證碼登入。',
  continue: '繼續',
  redirecting: '正在重新導向…',
  success: '登入成功。',
  successDetail: '已使用 {phone} 登入。',

  'phone.empty': '請輸入手機號碼。',
  'phone.too-short': '號碼太短，不是有效的{country}號碼。',
  'phone.too-long': '號碼太長，不是有效的{country}號碼。',
  'phone.invalid': '這不是有效的{country}手機號碼。',
  'phone.invalid-country': '此國碼不存在。請檢查 + 後面的數字。',
  'phone.not-allowed': '此處不支援{country}的號碼。',
  'phone.non-geographic': '此處不支援這類號碼。請輸入清單中任一國家/地區的手機號碼。',
  'code.incomplete': '請輸入完整的 {length} 位數驗證碼。',

  'error.invalid-code': '驗證碼錯誤或已過期。請檢查後再試一次，或重新傳送驗證碼。',
  'error.too-many-attempts': '失敗次數過多。此號碼暫時無法登入。',
  'error.too-many-attempts-wait': '失敗次數過多。請於 {wait}後再試一次。',
  'error.rate-limited': '要求驗證碼的次數過多。請於 {wait}後再試一次。',
  'error.rate-limited-later': '要求驗證碼的次數過多。請稍後再試。',
  'error.invalid-phone': '無法傳送簡訊至 {phone}。請檢查號碼。',
  'error.sms-provider': '簡訊傳送失敗。請稍後再試。',
  'error.configuration': '本網站的登入設定有誤。請通知網站擁有者。',
  'error.access-denied': '此號碼的登入要求已遭拒絕。',
  'error.network': '您似乎已離線。請檢查網路連線後再試一次。',
  'error.timeout': '伺服器回應時間過長。請再試一次。',
  'error.server': '伺服器發生問題。請再試一次。',
};

export default dictionary;
