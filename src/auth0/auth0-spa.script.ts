/** `sms-lock-auth0.min.js`: auth0-spa-js with `connectAuth0`, for pages that use the one-file script. */
import * as auth0Spa from './auth0-spa.js';

window.SmsLockAuth0 = auth0Spa;
