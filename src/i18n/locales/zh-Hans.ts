/**
 * Chinese, Simplified (简体中文). Used for zh, zh-CN and zh-SG. Polite 您; 「验证码」 and 「获取验证码」 as on mainland
 * sign-in screens; 「国家/地区」 for country. Full-width punctuation; a space around Latin text and digits.
 */
import type { Dictionary } from '../en.js';

const dictionary: Dictionary = {
  title: '登录',
  close: '关闭',
  phoneInstructions: '请输入手机号。我们将通过短信向您发送验证码，用于登录或注册账号。',
  countryLabel: '国家/地区',
  countryButton: '{country}，+{callingCode}。更改国家/地区',
  countrySearchLabel: '搜索国家/地区',
  countrySearchPlaceholder: '国家/地区名称或区号',
  countryNoMatch: '没有与“{query}”匹配的国家/地区。',
  countryBack: '返回',
  phoneLabel: '手机号',
  rememberedInstructions: '欢迎回来。我们将向您的手机号发送短信验证码：',
  rememberedNumber: '尾号为 {last} 的手机号',
  notYou: '不是您本人？',
  haveCode: '我已有验证码',
  sendCode: '获取验证码',
  sending: '正在发送…',
  codeInstructions: '验证码已发送至 {phone}。',
  codeLabel: '验证码',
  verify: '验证',
  verifying: '正在验证…',
  changeNumber: '更换手机号',
  resendCode: '重新获取验证码',
  resendIn: '{time} 后可重新获取验证码。',
  codeResent: '新的验证码已发送至 {phone}。',
  universalInstructions: '您将在安全的登录页面上，使用发送到您手机的验证码登录。',
  continue: '继续',
  redirecting: '正在跳转…',
  success: '登录成功。',
  successDetail: '已使用 {phone} 登录。',

  'phone.empty': '请输入手机号。',
  'phone.too-short': '号码太短，不是有效的{country}号码。',
  'phone.too-long': '号码太长，不是有效的{country}号码。',
  'phone.invalid': '这不是有效的{country}手机号。',
  'phone.invalid-country': '该国家/地区代码不存在。请检查 + 后面的数字。',
  'phone.not-allowed': '此处不支持{country}的号码。',
  'phone.non-geographic': '此处不支持此类号码。请输入列表中某个国家/地区的手机号。',
  'code.incomplete': '请输入完整的 {length} 位验证码。',

  'error.invalid-code': '验证码错误或已过期。请检查后重试，或重新获取验证码。',
  'error.too-many-attempts': '失败次数过多。此号码暂时无法登录。',
  'error.too-many-attempts-wait': '失败次数过多。请在{wait}后重试。',
  'error.rate-limited': '获取验证码过于频繁。请在{wait}后重试。',
  'error.rate-limited-later': '获取验证码过于频繁。请稍后重试。',
  'error.invalid-phone': '无法向 {phone} 发送短信。请检查号码。',
  'error.sms-provider': '短信发送失败。请稍后重试。',
  'error.configuration': '本网站的登录配置有误。请告知网站所有者。',
  'error.access-denied': '此号码的登录请求已被拒绝。',
  'error.network': '您似乎已断开网络连接。请检查网络后重试。',
  'error.timeout': '服务器响应超时。请重试。',
  'error.server': '服务器出现问题。请重试。',
};

export default dictionary;
