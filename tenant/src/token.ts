// POST /oauth/token: the Passwordless OTP grant, the authorization_code grant
// (with PKCE) and the refresh_token grant, registered in GRANTS.
import { createHash } from 'node:crypto';
import { OTP_GRANT, REFRESH_GRANT, TenantError, WRONG_CODE, invalidGrant, invalidRequest, typeName, unauthorizedClient } from './errors.js';
import { CODE_GRANT, type ResolvedClient } from './config.js';
import type { User } from './users.js';
import type { Reply, RequestContext, Router } from './router.js';
import { authenticateClient, type TenantState } from './state.js';
import { scopeList } from './tokens.js';
import { overLimit, tooLongDescription } from './limits.js';

type GrantHandler = (state: TenantState, ctx: RequestContext, body: Record<string, string>, client: ResolvedClient) => Promise<Reply>;

const STRING_PARAMS = [
  'grant_type',
  'client_id',
  'client_secret',
  'username',
  'otp',
  'realm',
  'scope',
  'audience',
  'refresh_token',
  'redirect_uri',
  'code',
  'code_verifier',
];
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export const GRANTS = new Map<string, GrantHandler>([
  [OTP_GRANT, otpGrant],
  [REFRESH_GRANT, refreshGrant],
  [CODE_GRANT, codeGrant],
]);

export function registerToken(router: Router, state: TenantState): void {
  router.post('/oauth/token', async (ctx) => {
    const raw = await ctx.body();
    for (const key of STRING_PARAMS) {
      if (raw[key] !== undefined && typeof raw[key] !== 'string') {
        throw invalidRequest(`Invalid type for parameter ${key}: ${typeName(raw[key])} (expected string)`);
      }
    }
    const long = overLimit(Object.entries(raw));
    if (long) throw invalidRequest(tooLongDescription(long));
    const body = raw as Record<string, string>;
    if (!body.grant_type) throw invalidRequest('Missing required parameter: grant_type');
    refuseThrottledIp(state, ctx.ip);
    try {
      const client = authenticateClient(state, body, ctx.headers);
      const grant = GRANTS.get(body.grant_type);
      // UNVERIFIED: Auth0's description for a grant type it does not know.
      if (!grant) throw new TenantError(400, 'unsupported_grant_type', `Unsupported grant type: ${body.grant_type}`);
      if (!client.grantTypes.includes(body.grant_type)) throw unauthorizedClient(body.grant_type);
      return await grant(state, ctx, body, client);
    } catch (err) {
      // A wrong secret, code or token is a guess; a malformed request is not.
      if (err instanceof TenantError && (err.body.error === 'invalid_grant' || err.body.error === 'invalid_client')) state.ipThrottle.take(ctx.ip);
      throw err;
    }
  });
}

/**
 * Auth0's suspicious IP throttling: failed logins from one IP, whatever the
 * identifier, spend a daily allowance (100 by default, refilled evenly over
 * the day); an IP that has spent it gets 429 on /oauth/token and
 * /co/authenticate until it refills. This is what keeps a single client from
 * filling the per-identifier counters with endless usernames.
 */
export function refuseThrottledIp(state: TenantState, ip: string): void {
  const limit = state.ipThrottle.peek(ip);
  if (!limit.allowed) {
    throw new TenantError(
      429,
      'too_many_attempts',
      'We have detected suspicious login behavior and further attempts will be blocked. Please contact the administrator.',
      {
        'Retry-After': String(limit.retryAfter),
      },
    );
  }
}

async function otpGrant(state: TenantState, ctx: RequestContext, body: Record<string, string>, client: ResolvedClient): Promise<Reply> {
  for (const key of ['username', 'otp', 'realm']) if (!body[key]) throw invalidRequest(`Missing required parameter: ${key}`);
  // UNVERIFIED: Auth0's wording for an unknown realm.
  if (body.realm !== 'sms') throw invalidRequest('Connection does not exist');
  const user = checkOtp(state, ctx.ip, body.username, body.otp);
  // UNVERIFIED: the scope Auth0 grants when none is asked for.
  const scope = scopeList(body.scope ?? 'openid').join(' ');
  const withRefresh = scopeList(scope).includes('offline_access') && client.grantTypes.includes(REFRESH_GRANT);
  const tokens = await state.tokens.issue({ clientId: client.clientId, user, scope, audience: body.audience || undefined }, withRefresh);
  return { headers: NO_STORE, json: tokens };
}

/**
 * Checks an SMS code the way every endpoint that takes one does (the OTP grant
 * and /co/authenticate): brute-force protection per IP and number, then the
 * code store's rules (latest code only, single use, TTL, attempts). Returns
 * the user, created on the first login; throws 429 too_many_attempts or 403
 * invalid_grant. A right code is spent here, so callers check the client (and
 * that it may use the grant) first.
 */
export function checkOtp(state: TenantState, ip: string, username: string, otp: string): User {
  // Auth0's brute-force protection: failures are counted per IP and identifier.
  const bruteKey = `${ip}\n${username}`;
  if (state.bruteForce.isBlocked(bruteKey)) {
    // UNVERIFIED: the description; Lock shows this text for too_many_attempts.
    throw new TenantError(429, 'too_many_attempts', 'Your account has been blocked after multiple consecutive login attempts.');
  }
  // Wrong, expired, used and superseded codes all get the same answer, as on Auth0.
  // UNVERIFIED: the 403 status; the SDKs match only the error and description.
  if (state.codes.check(username, otp) !== 'ok') {
    state.bruteForce.fail(bruteKey);
    throw invalidGrant(WRONG_CODE);
  }
  state.bruteForce.succeed(bruteKey);
  return state.users.login(username, state.config.now());
}

/** base64url(SHA-256(verifier)), PKCE's S256 transform. */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

async function codeGrant(state: TenantState, _ctx: RequestContext, body: Record<string, string>, client: ResolvedClient): Promise<Reply> {
  if (!body.code) throw invalidRequest('Missing required parameter: code');
  // The client is authenticated and allowed the grant by now; a code issued to
  // another client is refused without being spent.
  const record = state.logins.takeCode(body.code, client.clientId);
  // UNVERIFIED: Auth0's descriptions for these invalid_grant cases.
  if (!record) throw invalidGrant('Invalid authorization code');
  if (record.used) {
    // A replayed code: refuse it and revoke what it gave out (RFC 6749 4.1.2).
    if (record.family) state.tokens.revokeFamily(record.family);
    throw invalidGrant('Invalid authorization code');
  }
  if (body.redirect_uri !== record.redirectUri) throw invalidGrant('The redirect_uri does not match the one used at /authorize.');
  if (!body.code_verifier) throw invalidRequest('Missing required parameter: code_verifier');
  if (!VERIFIER.test(body.code_verifier) || s256(body.code_verifier) !== record.codeChallenge) {
    throw invalidGrant('Failed to verify code verifier');
  }
  const user = state.users.findById(record.userId);
  if (!user) throw invalidGrant('Invalid authorization code');
  const withRefresh = scopeList(record.scope).includes('offline_access') && client.grantTypes.includes(REFRESH_GRANT);
  const tokens = await state.tokens.issue(
    { clientId: client.clientId, user, scope: record.scope, audience: record.audience, nonce: record.nonce, authTime: record.authTime },
    withRefresh,
  );
  const family = tokens.refresh_token && state.tokens.refreshFamily(tokens.refresh_token);
  if (family) state.logins.setCodeFamily(body.code, family);
  return { headers: NO_STORE, json: tokens };
}

async function refreshGrant(state: TenantState, _ctx: RequestContext, body: Record<string, string>, client: ResolvedClient): Promise<Reply> {
  if (!body.refresh_token) throw invalidRequest('Missing required parameter: refresh_token');
  const redeemed = state.tokens.redeemRefreshToken(body.refresh_token, client.clientId);
  const user = redeemed && state.users.findById(redeemed.record.userId);
  if (!redeemed || !user) throw invalidGrant('Unknown or invalid refresh token.');
  // Measured against what the user granted at sign-in, not what the last
  // refresh asked for: narrowing once is not narrowing for good (RFC 6749 6:
  // an omitted scope is "the scope originally granted").
  const granted = scopeList(redeemed.record.grantedScope);
  let scope = redeemed.record.grantedScope;
  if (body.scope) {
    const asked = scopeList(body.scope);
    const extra = asked.filter((s) => !granted.includes(s));
    if (extra.length) throw new TenantError(403, 'invalid_scope', `The requested scope exceeds what was granted: ${extra.join(' ')}`);
    scope = asked.join(' ');
  }
  const { id: family, audience } = redeemed.record;
  // Rotation: the successor inherits the family (its grant and absolute expiry).
  const tokens = await state.tokens.issue({ clientId: client.clientId, user, scope, audience }, true, family);
  return { headers: NO_STORE, json: tokens };
}
