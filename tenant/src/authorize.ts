// The browser flows: cross-origin authentication (POST /co/authenticate → a
// login ticket), GET /authorize (response type `code` with PKCE S256, silent
// authentication with prompt=none, response modes query, fragment and
// web_message, and the hosted Universal Login page), POST /oauth/revoke and
// GET /v2/logout.
import { CODE_GRANT, type ResolvedClient } from './config.js';
import { OTP_GRANT, TenantError, invalidRequest, typeName } from './errors.js';
import { wildcardPattern } from './escape.js';
import { errorPage, loginPage, registerStatic, signedOutPage, webMessagePage } from './login-page.js';
import type { Reply, RequestContext, Router } from './router.js';
import { TICKET_TTL, randomId } from './sessions.js';
import { authenticateClient, type TenantState } from './state.js';
import { checkOtp, refuseThrottledIp } from './token.js';
import { overLimit, tooLongDescription } from './limits.js';
import { refuseRepeated } from './params.js';

/** Auth0's session cookies: `auth0` (SameSite=None; Secure) and `auth0_compat` for browsers that refuse it. */
export const SESSION_COOKIE = 'auth0';
export const COMPAT_COOKIE = 'auth0_compat';
/**
 * The cookie that binds a login ticket to the browser that got it: set by
 * /co/authenticate (called with credentials), required by /authorize with the
 * ticket. UNVERIFIED: the name of Auth0's own cookie for this.
 */
export const CO_VERIFIER_COOKIE = 'auth0_co_verifier';

const CO_FIELDS = ['client_id', 'credential_type', 'username', 'otp', 'realm'];
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const RESPONSE_MODES = ['query', 'fragment', 'web_message'];

export function registerAuthorize(router: Router, state: TenantState): void {
  registerStatic(router, state);
  router.post('/co/authenticate', (ctx) => coAuthenticate(state, ctx));
  router.get('/authorize', (ctx) => authorize(state, ctx));
  router.post('/oauth/revoke', (ctx) => revoke(state, ctx));
  router.get('/v2/logout', (ctx) => logout(state, ctx));
}

// ——— /co/authenticate

async function coAuthenticate(state: TenantState, ctx: RequestContext): Promise<Reply> {
  const body = await ctx.body();
  const keys = Object.keys(body);
  const missing = CO_FIELDS.filter((k) => typeof body[k] !== 'string' || body[k] === '');
  // auth0.js sends exactly these five fields. UNVERIFIED: the status; the description was observed from Auth0.
  if (missing.length || keys.some((k) => !CO_FIELDS.includes(k))) {
    throw invalidRequest('Invalid request body. All and only of client_id, credential_type, username, otp, realm are required.');
  }
  const long = overLimit(Object.entries(body));
  if (long) throw invalidRequest(tooLongDescription(long));
  refuseThrottledIp(state, ctx.ip);
  const { client_id, credential_type, username, otp, realm } = body as Record<string, string>;
  const client = state.config.clients.get(client_id);
  // UNVERIFIED: Auth0's answers for an unknown client, another credential type and another realm.
  if (!client) throw new TenantError(401, 'invalid_client', 'Unknown client.');
  if (credential_type !== OTP_GRANT) throw new TenantError(400, 'unsupported_credential_type', `Unsupported credential type: ${credential_type}`);
  if (realm !== 'sms') throw invalidRequest('Connection does not exist');
  // The ticket is redeemed at /authorize, so the client must be able to use it.
  if (!client.grantTypes.includes(CODE_GRANT)) {
    throw new TenantError(403, 'unauthorized_client', `Grant type '${CODE_GRANT}' not allowed for the client.`);
  }
  let userId: string;
  try {
    userId = checkOtp(state, ctx.ip, username, otp).user_id;
  } catch (err) {
    // UNVERIFIED: /co/authenticate answers a wrong code with 403 access_denied
    // and the OTP grant's description. auth0.js passes the body through
    // (normalised to {error, error_description}); Lock maps access_denied from
    // this endpoint to a wrong-credentials message.
    if (err instanceof TenantError && err.body.error === 'invalid_grant') {
      state.ipThrottle.take(ctx.ip);
      throw new TenantError(403, 'access_denied', err.body.error_description);
    }
    throw err;
  }
  // The ticket only works in the browser holding co_verifier, which gets it as
  // a cookie here. auth0.js also keeps co_verifier (by co_id) for Auth0's
  // fallback verification page, which this tenant does not serve: a browser
  // that drops the cookie cannot redeem the ticket.
  const co_verifier = randomId();
  const login_ticket = state.logins.issueTicket(client.clientId, userId, co_verifier);
  return {
    headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache', 'Set-Cookie': verifierCookies(co_verifier, TICKET_TTL) },
    json: { login_ticket, co_verifier, co_id: randomId(9) },
  };
}

// ——— /authorize

interface AuthorizeRequest {
  client: ResolvedClient;
  redirectUri: string;
  responseMode: string;
  state?: string;
}

async function authorize(state: TenantState, ctx: RequestContext): Promise<Reply> {
  const q = ctx.query;
  // Before anything is trusted enough to redirect to: a repeated or over-long
  // parameter is shown on the error page (RFC 6749 3.1, 4.1.2.1).
  try {
    refuseRepeated(q.keys());
  } catch (err) {
    if (err instanceof TenantError) return errorPage(400, 'invalid_request', err.body.error_description);
    throw err;
  }
  const long = overLimit(q.entries());
  if (long) return errorPage(400, 'invalid_request', tooLongDescription(long));
  const clientId = q.get('client_id');
  if (!clientId) return errorPage(400, 'invalid_request', 'Missing required parameter: client_id');
  const client = state.config.clients.get(clientId);
  if (!client) return errorPage(400, 'invalid_request', `Unknown client: ${clientId}`);
  const redirectUri = q.get('redirect_uri');
  if (!redirectUri) return errorPage(400, 'invalid_request', 'Missing required parameter: redirect_uri');
  // Never redirect to a URL that is not registered: show the error instead.
  if (!isAllowedUrl(state, client, redirectUri)) {
    return errorPage(
      400,
      'invalid_request',
      `The redirect_uri "${redirectUri}" is not in the list of allowed callback URLs. Start the tenant with --callbacks ${safeOrigin(redirectUri)}… or use a http://localhost:<port>/ URL.`,
    );
  }
  const responseMode = q.get('response_mode') || 'query';
  const req: AuthorizeRequest = {
    client,
    redirectUri,
    responseMode: RESPONSE_MODES.includes(responseMode) ? responseMode : 'query',
    state: q.get('state') ?? undefined,
  };
  const fail = (error: string, description: string) => respond(req, { error, error_description: description });

  if (!RESPONSE_MODES.includes(responseMode)) return fail('invalid_request', `Unsupported response_mode: ${responseMode}`);
  // UNVERIFIED: Auth0's descriptions for these.
  if (q.get('response_type') !== 'code') return fail('unsupported_response_type', `Unsupported response type: ${q.get('response_type') ?? ''}`);
  if (!client.grantTypes.includes(CODE_GRANT)) return fail('unauthorized_client', `Grant type '${CODE_GRANT}' not allowed for the client.`);
  const challenge = q.get('code_challenge');
  const method = q.get('code_challenge_method');
  if (!challenge) return fail('invalid_request', 'PKCE is required: code_challenge and code_challenge_method=S256');
  if (method !== 'S256') return fail('invalid_request', 'Only code_challenge_method=S256 is supported');
  if (!CHALLENGE.test(challenge)) return fail('invalid_request', 'code_challenge must be 43 base64url characters');
  const connection = q.get('connection');
  if (connection && connection !== 'sms') return fail('invalid_request', `The connection ${connection} is not enabled for this client`);
  const prompt = (q.get('prompt') ?? '').split(/\s+/).filter(Boolean);

  const issue = (userId: string, authTime: number, cookies: string[] = []) => {
    const code = state.logins.issueCode({
      clientId: client.clientId,
      userId,
      redirectUri,
      codeChallenge: challenge,
      scope: q.get('scope') || 'openid',
      audience: q.get('audience') || undefined,
      nonce: q.get('nonce') ?? undefined,
      authTime,
    });
    const reply = respond(req, { code });
    if (cookies.length) reply.headers = { ...reply.headers, 'Set-Cookie': cookies };
    return reply;
  };

  const ticket = q.get('login_ticket');
  if (ticket) {
    // Either cookie of the pair will do: a browser may have kept only one, or an older one of the other.
    const jar = cookies(ctx);
    const verifiers = [jar.get(CO_VERIFIER_COOKIE), jar.get(`${CO_VERIFIER_COOKIE}_compat`)].filter((v): v is string => !!v);
    const found = state.logins.redeemTicket(ticket, client.clientId, verifiers);
    // UNVERIFIED: Auth0's error for an expired, used or foreign login ticket.
    if (!found) return fail('access_denied', 'Invalid or expired login ticket.');
    // UNVERIFIED: Auth0's answer for a ticket without its cookie when the
    // application has no cross-origin verification page; the ticket stays
    // valid for the browser it was issued to.
    if (found === 'wrong-browser') {
      return fail(
        'access_denied',
        'The login ticket was issued to another browser: the cookie /co/authenticate set is missing (was it called with credentials, and are third-party cookies allowed?).',
      );
    }
    const { id, session } = state.logins.startSession(found.userId);
    return issue(found.userId, session.authTime, [...sessionCookies(state, id), ...verifierCookies('', 0)]);
  }

  const session = prompt.includes('login') ? undefined : state.logins.session(sessionId(ctx));
  if (session && state.users.findById(session.userId)) return issue(session.userId, session.authTime);
  if (prompt.includes('none')) return fail('login_required', 'Login required');

  // The hosted Universal Login page (also in a popup, with web_message); it
  // comes back here with a login_ticket.
  const params = new URLSearchParams(q);
  params.delete('login_ticket');
  params.delete('prompt');
  return loginPage(state, client, params);
}

/** Delivers an /authorize result to a validated redirect_uri. */
function respond(req: AuthorizeRequest, result: Record<string, string>): Reply {
  const response: Record<string, string> = { ...result };
  if (req.state !== undefined) response.state = req.state;
  if (req.responseMode === 'web_message') return webMessagePage(new URL(req.redirectUri).origin, response);
  const target = new URL(req.redirectUri);
  if (req.responseMode === 'fragment') {
    target.hash = new URLSearchParams(response).toString();
  } else {
    for (const [k, v] of Object.entries(response)) target.searchParams.set(k, v);
  }
  return { status: 302, headers: { Location: target.href } };
}

// ——— callback URLs

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Whether a URL is an allowed callback (or logout) URL for the client. */
export function isAllowedUrl(state: TenantState, client: ResolvedClient | undefined, raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password || url.hash || raw.includes('#')) return false;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return true;
  const allowed = [...state.config.callbacks, ...(client?.callbacks ?? [])];
  if (client === undefined) for (const c of state.config.clients.values()) allowed.push(...c.callbacks);
  return allowed.some((pattern) => matches(pattern.trim(), raw));
}

function matches(pattern: string, raw: string): boolean {
  if (!pattern) return false;
  if (!pattern.includes('*')) return pattern === raw;
  return wildcardPattern(pattern).test(raw);
}

function safeOrigin(raw: string): string {
  try {
    return new URL(raw).origin;
  } catch {
    return '<url>';
  }
}

// ——— session cookie

function sessionCookies(state: TenantState, id: string): string[] {
  const maxAge = state.config.sessionTtl;
  // Auth0 sets both: the SameSite=None cookie for cross-site iframes (silent
  // authentication) and a Lax one for browsers that drop the first (e.g. a
  // Secure cookie on a plain http origin).
  return [
    `${SESSION_COOKIE}=${id}; Path=/; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=None`,
    `${COMPAT_COOKIE}=${id}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax`,
  ];
}

/**
 * The co_verifier cookie pair (an empty value and no lifetime clears it). As
 * with the session cookies, the SameSite=None one is for a tenant on another
 * site over https (a custom domain, or Auth0 itself); browsers drop it over
 * plain http, since SameSite=None needs Secure. The Lax one is what works
 * here: a page on http://127.0.0.1:<port> and the tenant on another port are
 * the same site, so the credentialed fetch may set it and the top-level
 * navigation to /authorize sends it. HttpOnly: no script needs to read it.
 */
function verifierCookies(verifier: string, maxAge: number): string[] {
  return [
    `${CO_VERIFIER_COOKIE}=${verifier}; Path=/; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=None`,
    `${CO_VERIFIER_COOKIE}_compat=${verifier}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax`,
  ];
}

function clearedCookies(): string[] {
  return [`${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=None`, `${COMPAT_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`];
}

function cookies(ctx: RequestContext): Map<string, string> {
  const out = new Map<string, string>();
  const header = ctx.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

function sessionId(ctx: RequestContext): string | undefined {
  const jar = cookies(ctx);
  return jar.get(SESSION_COOKIE) || jar.get(COMPAT_COOKIE) || undefined;
}

// ——— /oauth/revoke

async function revoke(state: TenantState, ctx: RequestContext): Promise<Reply> {
  const body = await ctx.body();
  for (const key of ['client_id', 'client_secret', 'token']) {
    if (body[key] !== undefined && typeof body[key] !== 'string') {
      throw invalidRequest(`Invalid type for parameter ${key}: ${typeName(body[key])} (expected string)`);
    }
  }
  const long = overLimit(Object.entries(body));
  if (long) throw invalidRequest(tooLongDescription(long));
  const client = authenticateClient(state, body, ctx.headers);
  const token = body.token as string | undefined;
  if (!token) throw invalidRequest('Missing required parameter: token');
  const family = state.tokens.refreshFamily(token, client.clientId);
  // UNVERIFIED: Auth0's answer for another client's token. An unknown token is
  // not an error (RFC 7009 2.2).
  if (!family && state.tokens.knowsRefreshToken(token)) {
    throw new TenantError(403, 'unauthorized_client', 'The refresh token was not issued to this client.');
  }
  if (family) state.tokens.revokeFamily(family);
  return { status: 200 };
}

// ——— /v2/logout

function logout(state: TenantState, ctx: RequestContext): Reply {
  const long = overLimit(ctx.query.entries());
  if (long) return errorPage(400, 'invalid_request', tooLongDescription(long));
  const clientId = ctx.query.get('client_id');
  const returnTo = ctx.query.get('returnTo');
  const client = clientId ? state.config.clients.get(clientId) : undefined;
  if (clientId && !client) return errorPage(400, 'invalid_request', `Unknown client: ${clientId}`);
  if (returnTo && !isAllowedUrl(state, client, returnTo)) {
    return errorPage(
      400,
      'invalid_request',
      `The returnTo URL "${returnTo}" is not in the list of allowed logout URLs. Start the tenant with --callbacks ${safeOrigin(returnTo)}…`,
    );
  }
  state.logins.endSession(sessionId(ctx));
  const headers = { 'Set-Cookie': clearedCookies() };
  // The parsed URL, serialised: control characters are gone and anything
  // outside ASCII is percent-encoded, so the header is always one a client can read.
  if (returnTo) return { status: 302, headers: { ...headers, Location: new URL(returnTo).href } };
  return { ...signedOutPage(), headers: { ...signedOutPage().headers, ...headers } };
}
