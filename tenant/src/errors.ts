// Errors in the shape Auth0's Authentication API uses: `{ error, error_description }`.
// Handlers throw TenantError; the server turns it into the JSON reply.

export interface ErrorBody {
  error: string;
  error_description: string;
  [extra: string]: unknown;
}

export class TenantError extends Error {
  readonly status: number;
  readonly body: ErrorBody;
  readonly headers: Record<string, string>;

  constructor(status: number, error: string, description: string, headers: Record<string, string> = {}) {
    super(`${error}: ${description}`);
    this.status = status;
    this.body = { error, error_description: description };
    this.headers = headers;
  }
}

export const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
export const REFRESH_GRANT = 'refresh_token';

/** Auth0's wording for a wrong, expired, used or superseded SMS code. */
export const WRONG_CODE = 'Wrong phone number or verification code.';

export const badRequest = (error: string, description: string) => new TenantError(400, error, description);
export const invalidRequest = (description: string) => new TenantError(400, 'invalid_request', description);
export const invalidGrant = (description: string) => new TenantError(403, 'invalid_grant', description);
export const invalidClient = (description: string) => new TenantError(401, 'invalid_client', description);

export function unauthorizedClient(grantType: string): TenantError {
  return new TenantError(403, 'unauthorized_client', `Grant type '${grantType}' not allowed for the client.`);
}

/** The JSON type name Auth0's validator uses in "invalid type" messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  return typeof value;
}

/** A generic body for a status when a fault or an unexpected path gives no body of its own. */
export function defaultErrorBody(status: number): ErrorBody {
  const known: Record<number, [string, string]> = {
    400: ['invalid_request', 'Bad Request'],
    401: ['invalid_client', 'Unauthorized'],
    403: ['access_denied', 'Forbidden'],
    404: ['not_found', 'Not Found'],
    429: ['too_many_requests', 'Too Many Requests'],
    500: ['server_error', 'Internal Server Error'],
    502: ['server_error', 'Bad Gateway'],
    503: ['temporarily_unavailable', 'Service Unavailable'],
    504: ['server_error', 'Gateway Timeout'],
  };
  const [error, error_description] = known[status] ?? (status >= 500 ? ['server_error', 'Server Error'] : ['invalid_request', 'Request failed']);
  return { error, error_description };
}
