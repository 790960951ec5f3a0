// POST /oauth/token: the Passwordless OTP grant and the refresh_token grant.
// Further grants (e.g. authorization_code) plug in through GRANTS.
import { OTP_GRANT, REFRESH_GRANT, TenantError, WRONG_CODE, invalidGrant, invalidRequest, typeName, unauthorizedClient } from './errors.js';
import type { ResolvedClient } from './config.js';
import type { Reply, RequestContext, Router } from './router.js';
import { authenticateClient, type TenantState } from './state.js';
import { scopeList } from './tokens.js';

type GrantHandler = (state: TenantState, ctx: RequestContext, body: Record<string, string>, client: ResolvedClient) => Promise<Reply>;

const STRING_PARAMS = ['grant_type', 'client_id', 'client_secret', 'username', 'otp', 'realm', 'scope', 'audience', 'refresh_token', 'redirect_uri'];
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export const GRANTS = new Map<string, GrantHandler>([
  [OTP_GRANT, otpGrant],
  [REFRESH_GRANT, refreshGrant],
]);

export function registerToken(router: Router, state: TenantState): void {
  router.post('/oauth/token', async (ctx) => {
    const raw = await ctx.body();
    for (const key of STRING_PARAMS) {
      if (raw[key] !== undefined && typeof raw[key] !== 'string') {
        throw invalidRequest(`Invalid type for parameter ${key}: ${typeName(raw[key])} (expected string)`);
      }
    }
    const body = raw as Record<string, string>;
    if (!body.grant_type) throw invalidRequest('Missing required parameter: grant_type');
    const client = authenticateClient(state, body, ctx.headers);
    const grant = GRANTS.get(body.grant_type);
    // UNVERIFIED: Auth0's description for a grant type it does not know.
    if (!grant) throw new TenantError(400, 'unsupported_grant_type', `Unsupported grant type: ${body.grant_type}`);
    if (!client.grantTypes.includes(body.grant_type)) throw unauthorizedClient(body.grant_type);
    return grant(state, ctx, body, client);
  });
}

async function otpGrant(state: TenantState, ctx: RequestContext, body: Record<string, string>, client: ResolvedClient): Promise<Reply> {
  for (const key of ['username', 'otp', 'realm']) if (!body[key]) throw invalidRequest(`Missing required parameter: ${key}`);
  // UNVERIFIED: Auth0's wording for an unknown realm.
  if (body.realm !== 'sms') throw invalidRequest('Connection does not exist');

  // Auth0's brute-force protection: failures are counted per IP and identifier.
  const bruteKey = `${ctx.ip}\n${body.username}`;
  if (state.bruteForce.isBlocked(bruteKey)) {
    // UNVERIFIED: the description; Lock shows this text for too_many_attempts.
    throw new TenantError(429, 'too_many_attempts', 'Your account has been blocked after multiple consecutive login attempts.');
  }
  // Wrong, expired, used and superseded codes all get the same answer, as on Auth0.
  // UNVERIFIED: the 403 status; the SDKs match only the error and description.
  if (state.codes.check(body.username, body.otp) !== 'ok') {
    state.bruteForce.fail(bruteKey);
    throw invalidGrant(WRONG_CODE);
  }
  state.bruteForce.succeed(bruteKey);
  const user = state.users.login(body.username, state.config.now());
  // UNVERIFIED: the scope Auth0 grants when none is asked for.
  const scope = scopeList(body.scope ?? 'openid').join(' ');
  const withRefresh = scopeList(scope).includes('offline_access') && client.grantTypes.includes(REFRESH_GRANT);
  const tokens = await state.tokens.issue({ clientId: client.clientId, user, scope, audience: body.audience || undefined }, withRefresh);
  return { headers: NO_STORE, json: tokens };
}

async function refreshGrant(state: TenantState, _ctx: RequestContext, body: Record<string, string>, client: ResolvedClient): Promise<Reply> {
  if (!body.refresh_token) throw invalidRequest('Missing required parameter: refresh_token');
  const redeemed = state.tokens.redeemRefreshToken(body.refresh_token, client.clientId);
  const user = redeemed && state.users.findById(redeemed.record.userId);
  if (!redeemed || !user) throw invalidGrant('Unknown or invalid refresh token.');
  const granted = scopeList(redeemed.record.scope);
  let scope = redeemed.record.scope;
  if (body.scope) {
    const asked = scopeList(body.scope);
    const extra = asked.filter((s) => !granted.includes(s));
    if (extra.length) throw new TenantError(403, 'invalid_scope', `The requested scope exceeds what was granted: ${extra.join(' ')}`);
    scope = asked.join(' ');
  }
  const { family, audience } = redeemed.record;
  // Rotation: the successor inherits the family (and its absolute expiry).
  const tokens = await state.tokens.issue({ clientId: client.clientId, user, scope, audience }, true, family);
  return { headers: NO_STORE, json: tokens };
}
