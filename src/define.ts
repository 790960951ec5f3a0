/** Registers `<sms-lock>`. The only module of the package with a side effect. */
import { SmsLock } from './sms-lock.js';

if (!customElements.get('sms-lock')) customElements.define('sms-lock', SmsLock);

export { SmsLock };
