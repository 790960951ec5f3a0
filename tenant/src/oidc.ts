// OpenID Connect discovery, the JWKS and /userinfo.
import { OTP_GRANT, REFRESH_GRANT, TenantError } from './errors.js';
import { CODE_GRANT } from './config.js';
import type { Reply, RequestContext, Router } from './router.js';
import type { TenantState } from './state.js';
import { profileClaims } from './tokens.js';

export function registerOidc(router: Router, state: TenantState): void {
  router.get('/.well-known/openid-configuration', () => ({
    headers: { 'Cache-Control': 'public, max-age=60' },
    json: discoveryDocument(state),
  }));
  router.get('/.well-known/jwks.json', () => ({
    headers: { 'Cache-Control': 'public, max-age=60' },
    json: state.tokens.jwks,
  }));
  const userinfo = (ctx: RequestContext) => userInfo(state, ctx);
  router.get('/userinfo', userinfo);
  router.post('/userinfo', userinfo);
}

export function discoveryDocument(state: TenantState) {
  const base = state.baseUrl;
  return {
    issuer: state.issuer,
    authorization_endpoint: `${base}/authorize`,
    token_endpoint: `${base}/oauth/token`,
    userinfo_endpoint: `${base}/userinfo`,
    jwks_uri: `${base}/.well-known/jwks.json`,
    revocation_endpoint: `${base}/oauth/revoke`,
    end_session_endpoint: `${base}/v2/logout`,
    scopes_supported: ['openid', 'profile', 'phone', 'offline_access'],
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'fragment', 'web_message'],
    code_challenge_methods_supported: ['S256'],
    grant_types_supported: [CODE_GRANT, OTP_GRANT, REFRESH_GRANT],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    claims_supported: ['aud', 'auth_time', 'exp', 'iat', 'iss', 'nonce', 'sub', 'name', 'nickname', 'updated_at', 'phone_number', 'phone_number_verified'],
  };
}

async function userInfo(state: TenantState, ctx: RequestContext): Promise<Reply> {
  // UNVERIFIED: Auth0 answers a bad token here with a bare 401; this keeps the
  // RFC 6750 header and adds the usual JSON error body.
  const refuse = (description: string) =>
    new TenantError(401, 'invalid_token', description, { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"` });
  const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.headers.authorization ?? '');
  if (!bearer) throw refuse('Missing Bearer access token.');
  const payload = await state.tokens.verifyAccessToken(bearer[1]);
  const audiences = payload ? [payload.aud ?? []].flat() : [];
  if (!payload || !audiences.includes(`${state.baseUrl}/userinfo`)) throw refuse('The access token is invalid or expired.');
  const user = typeof payload.sub === 'string' ? state.users.findById(payload.sub) : undefined;
  if (!user) throw refuse('The access token is invalid or expired.');
  return { json: { sub: user.user_id, ...profileClaims(user, String(payload.scope)) } };
}
