// Lock's options, show() options, authResult and error shapes, as Lock documents them (see README "Migrating from Lock").
import type { IdTokenClaims } from '../client.js';

export interface LockAuthOptions {
  params?: { scope?: string; [param: string]: unknown };
  audience?: string;
  /** `false`: sign in in a popup instead of redirecting (the redirect flows only). */
  redirect?: boolean;
  redirectUrl?: string;
  responseType?: string;
  [option: string]: unknown;
}

export interface LockTheme {
  logo?: string;
  primaryColor?: string;
  [option: string]: unknown;
}

export interface LockOptions {
  allowedConnections?: string[];
  useCustomPasswordlessConnection?: boolean;
  passwordlessMethod?: 'code' | 'link';
  container?: string;
  closable?: boolean;
  autoclose?: boolean;
  autofocus?: boolean;
  language?: string;
  languageDictionary?: Record<string, unknown>;
  theme?: LockTheme;
  defaultLocation?: string;
  prefill?: { phoneNumber?: string; email?: string };
  rememberLastLogin?: boolean;
  mustAcceptTerms?: boolean;
  showTerms?: boolean;
  auth?: LockAuthOptions;
  disableWarnings?: boolean;
  /**
   * Not Lock's: how the code becomes tokens (`<sms-lock>`'s `flow`). Default `cross-origin`, as Lock
   * signs in (`/co/authenticate`, then `/authorize` back to `auth.redirectUrl`); `otp` uses the
   * Passwordless OTP grant straight from the page (a Native-type application), with no redirect.
   */
  flow?: 'cross-origin' | 'otp';
  [option: string]: unknown;
}

/** What `show()` may change, as in Lock. */
export type LockShowOptions = Pick<LockOptions, 'allowedConnections' | 'language' | 'languageDictionary' | 'rememberLastLogin'> & {
  auth?: { params?: LockAuthOptions['params'] };
  theme?: Pick<LockTheme, 'logo' | 'primaryColor'>;
  flashMessage?: { type: 'error' | 'success' | 'info'; text: string };
};

/** The `authenticated` handler's argument, in the shape Lock gives it. */
export interface LockAuthResult {
  accessToken: string;
  idToken: string;
  idTokenPayload: IdTokenClaims;
  expiresIn: number;
  tokenType: string;
  refreshToken?: string;
  scope?: string;
  appState: null;
  state?: string;
}

/** The `authorization_error` handler's argument: Lock's fields (`error`, `errorDescription`) and auth0.js's (`code`, `description`, `error_description`). */
export interface LockError {
  error: string;
  errorDescription: string;
  error_description: string;
  code: string;
  description: string;
}
