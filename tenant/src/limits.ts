// Longest value the tenant takes for each parameter it reads. Whatever it
// keeps (counters keyed by username, codes keyed by number, nonce and scope
// in authorization codes) stays small, and a client sending a 15 KB username
// is told so instead of being answered as if it were a real one.
// UNVERIFIED: Auth0's own limits and wording; these are generous for any
// real value (an E.164 number has at most 16 characters, a code 40 digits).

export const FIELD_LIMITS: Readonly<Record<string, number>> = {
  client_id: 128,
  client_secret: 256,
  client_assertion: 4096,
  client_assertion_type: 128,
  grant_type: 128,
  credential_type: 128,
  connection: 128,
  realm: 128,
  send: 16,
  phone_number: 32,
  username: 128,
  otp: 64,
  scope: 1024,
  audience: 512,
  resource: 512,
  redirect_uri: 2048,
  returnTo: 2048,
  state: 2048,
  nonce: 512,
  code: 256,
  code_verifier: 128,
  code_challenge: 128,
  code_challenge_method: 16,
  refresh_token: 256,
  token: 256,
  token_type_hint: 32,
  login_ticket: 256,
  response_type: 64,
  response_mode: 32,
  prompt: 128,
  login_hint: 256,
  ui_locales: 128,
};

/** The first parameter longer than its limit, with that limit; strings of other types are left to the caller. */
export function overLimit(params: Iterable<[string, unknown]>): { key: string; length: number; max: number } | undefined {
  for (const [key, value] of params) {
    const max = FIELD_LIMITS[key];
    if (max !== undefined && typeof value === 'string' && value.length > max) return { key, length: value.length, max };
  }
  return undefined;
}

/** The description of an over-long parameter, in the words of Auth0's schema validator. */
export function tooLongDescription(found: { key: string; length: number; max: number }): string {
  return `error in ${found.key} - String is too long (${found.length} chars), maximum ${found.max}`;
}
