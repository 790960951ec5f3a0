/**
 * What went wrong, in terms a UI can act on. Auth0's own `error` codes are
 * kept on {@link PasswordlessError.error}; `kind` groups them:
 *
 * - `invalid-code` — wrong, expired or already used code: ask for a new one.
 * - `too-many-attempts` — brute-force protection blocked this number.
 * - `rate-limited` — too many requests; wait {@link PasswordlessError.retryAfter} seconds.
 * - `invalid-phone` — the number was refused (also the SMS provider's "invalid number").
 * - `sms-provider` — the SMS could not be sent; trying again later may help.
 * - `configuration` — the domain, client or connection is set up wrongly; users cannot fix it.
 * - `access-denied` — the user is blocked or a rule/Action denied the login.
 * - `network` — no response at all (offline, DNS, CORS refusal).
 * - `timeout` — no complete response within the client's timeout.
 * - `server` — 5xx, or a response that is not what Auth0 sends.
 */
export type PasswordlessErrorKind =
  | 'invalid-code'
  | 'too-many-attempts'
  | 'rate-limited'
  | 'invalid-phone'
  | 'sms-provider'
  | 'configuration'
  | 'access-denied'
  | 'network'
  | 'timeout'
  | 'server';

const CONFIGURATION: PasswordlessErrorKind = 'configuration';

// Auth0's codes from /passwordless/start and /oauth/token, plus the codes this
// client uses for failures that never got an Auth0 answer.
const KIND_BY_ERROR: Record<string, PasswordlessErrorKind> = {
  invalid_grant: 'invalid-code',
  too_many_attempts: 'too-many-attempts',
  too_many_requests: 'rate-limited',
  'bad.phone_number': 'invalid-phone',
  sms_provider_error: 'sms-provider',
  access_denied: 'access-denied',
  invalid_request: CONFIGURATION,
  invalid_client: CONFIGURATION,
  unauthorized_client: CONFIGURATION,
  unsupported_grant_type: CONFIGURATION,
  invalid_scope: CONFIGURATION,
  endpoint_disabled: CONFIGURATION,
  mfa_required: CONFIGURATION,
  invalid_domain: CONFIGURATION,
  network_error: 'network',
  timeout: 'timeout',
};

/**
 * Maps an Auth0 error response (or one of this client's local error codes) to
 * a {@link PasswordlessErrorKind}. Unknown codes fall back on their family
 * (`bad.*` is a request Auth0 refused as malformed) and then on the status.
 */
export function errorKind(error: string, errorDescription: string, status: number): PasswordlessErrorKind {
  // Twilio's "invalid 'To' number" reaches us as a provider error; Lock treats it as a bad number too.
  if (error === 'sms_provider_error' && errorDescription.includes('(Code: 21211)')) return 'invalid-phone';
  if (Object.hasOwn(KIND_BY_ERROR, error)) return KIND_BY_ERROR[error];
  if (error.startsWith('bad.')) return CONFIGURATION;
  return status === 429 ? 'rate-limited' : 'server';
}

/**
 * The one error type {@link PasswordlessClient} rejects with (besides the
 * caller's own abort reason). `error` and `errorDescription` are Auth0's, as
 * sent; show `errorDescription` as text only, never as HTML.
 */
export class PasswordlessError extends Error {
  override readonly name = 'PasswordlessError';
  /**
   * Auth0's error code (`invalid_grant`, `bad.phone_number`, …), or one of ours
   * when there was no usable answer: `network_error`, `timeout`,
   * `invalid_domain`, `invalid_response`, `invalid_id_token`.
   */
  readonly error: string;
  /** Auth0's `error_description` (or ours for local failures). Plain text. */
  readonly errorDescription: string;
  /** The HTTP status; `0` when no response arrived. */
  readonly status: number;
  /** For rate limits: how many seconds to wait before trying again, when the server said. */
  readonly retryAfter?: number;
  /** What kind of failure this is; see {@link PasswordlessErrorKind}. */
  readonly kind: PasswordlessErrorKind;

  /** `kind` defaults to {@link errorKind}'s reading of the code; an endpoint with its own dialect may say better. */
  constructor(error: string, errorDescription: string, status = 0, retryAfter?: number, kind = errorKind(error, errorDescription, status)) {
    super(errorDescription ? `${error}: ${errorDescription}` : error);
    this.error = error;
    this.errorDescription = errorDescription;
    this.status = status;
    if (retryAfter !== undefined) this.retryAfter = retryAfter;
    this.kind = kind;
  }
}
