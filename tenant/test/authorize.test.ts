// The browser flows over real HTTP: /co/authenticate, /authorize, the
// authorization_code grant, /oauth/revoke and /v2/logout.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  APP,
  CALLBACK,
  CLIENT,
  OTP,
  PHONE,
  claims,
  coBody,
  cookieHeader,
  exchangeCode,
  json,
  pkce,
  postForm,
  postJson,
  sendCode,
  tenant,
  ticket,
  type TestTenant,
  verifierCookie,
  wrongCode,
} from './helpers.js';

function authorizeUrl(t: TestTenant, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  const all: Record<string, string | undefined> = {
    client_id: CLIENT,
    response_type: 'code',
    redirect_uri: CALLBACK,
    scope: 'openid profile phone offline_access',
    state: 'st-1',
    nonce: 'n-1',
    code_challenge_method: 'S256',
    ...params,
  };
  for (const [k, v] of Object.entries(all)) if (v !== undefined) q.set(k, v);
  return `${t.url}/authorize?${q}`;
}

/**
 * A top-level navigation by the browser that got the URL's login ticket (if
 * any): it carries the cookie /co/authenticate set, as that browser would.
 */
const get = (url: string, headers: Record<string, string> = {}) => {
  const cookie = verifierCookie(new URL(url).searchParams.get('login_ticket') ?? '');
  const all = cookie ? { ...headers, cookie: [headers.cookie, cookie].filter(Boolean).join('; ') } : headers;
  return fetch(url, { redirect: 'manual', headers: all });
};
/** The same navigation from another browser: no cookies but those given. */
const getElsewhere = (url: string, headers: Record<string, string> = {}) => fetch(url, { redirect: 'manual', headers });

function location(res: Response): URL {
  const loc = res.headers.get('location');
  assert.ok(loc, `expected a redirect, got ${res.status}`);
  return new URL(loc);
}

/** The session cookie pair from a response, as a Cookie header. */
async function codeFor(t: TestTenant, extra: Record<string, string> = {}) {
  const { verifier, challenge } = pkce();
  const res = await get(authorizeUrl(t, { code_challenge: challenge, login_ticket: await ticket(t), ...extra }));
  assert.equal(res.status, 302);
  const url = location(res);
  return { code: url.searchParams.get('code')!, verifier, url, cookie: cookieHeader(res) };
}

describe('POST /co/authenticate', () => {
  it('answers a login ticket, with CORS and credentials for an allowed origin', async () => {
    const t = await tenant();
    const code = await sendCode(t);
    const res = await postJson(`${t.url}/co/authenticate`, coBody(code), { origin: APP });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), APP);
    assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
    const body = await json(res);
    assert.deepEqual(Object.keys(body).sort(), ['co_id', 'co_verifier', 'login_ticket']);
    for (const v of Object.values(body)) assert.equal(typeof v, 'string');
  });

  it('answers the preflight with credentials and the exact origin, never *', async () => {
    const t = await tenant();
    const res = await fetch(`${t.url}/co/authenticate`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://127.0.0.1:5173');
    assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
    assert.match(res.headers.get('access-control-allow-methods')!, /POST/);
  });

  it('refuses an origin that is not allowed', async () => {
    const t = await tenant();
    const code = await sendCode(t);
    const res = await postJson(`${t.url}/co/authenticate`, coBody(code), { origin: 'https://evil.example' });
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    // The code was not spent.
    assert.equal((await postJson(`${t.url}/co/authenticate`, coBody(code), { origin: APP })).status, 200);
  });

  it('answers a wrong code with 403 access_denied, and the code stays single use', async () => {
    const t = await tenant();
    const code = await sendCode(t);
    const wrong = wrongCode(code);
    const bad = await postJson(`${t.url}/co/authenticate`, coBody(wrong));
    assert.equal(bad.status, 403);
    assert.deepEqual(await json(bad), { error: 'access_denied', error_description: 'Wrong phone number or verification code.' });
    assert.equal((await postJson(`${t.url}/co/authenticate`, coBody(code))).status, 200);
    const reused = await postJson(`${t.url}/co/authenticate`, coBody(code));
    assert.equal(reused.status, 403);
  });

  it('accepts only the latest code, and not after its TTL', async () => {
    const t = await tenant();
    const first = await sendCode(t);
    const second = await sendCode(t);
    if (first !== second) assert.equal((await postJson(`${t.url}/co/authenticate`, coBody(first))).status, 403);
    t.advance(181);
    assert.equal((await postJson(`${t.url}/co/authenticate`, coBody(second))).status, 403);
  });

  it('shares brute-force protection with the OTP grant', async () => {
    const t = await tenant({ bruteForceLimit: 2, maxAttempts: 100 });
    const code = await sendCode(t);
    const wrong = wrongCode(code);
    await postJson(`${t.url}/co/authenticate`, coBody(wrong));
    await postJson(`${t.url}/oauth/token`, { grant_type: OTP, client_id: CLIENT, username: PHONE, otp: wrong, realm: 'sms' });
    const blocked = await postJson(`${t.url}/co/authenticate`, coBody(code));
    assert.equal(blocked.status, 429);
    assert.equal((await json(blocked)).error, 'too_many_attempts');
  });

  it('requires exactly the five fields, the OTP credential type and a known client', async () => {
    const t = await tenant();
    const missing = await postJson(`${t.url}/co/authenticate`, { client_id: CLIENT, username: PHONE, realm: 'sms', credential_type: OTP });
    assert.equal(missing.status, 400);
    assert.match((await json(missing)).error_description, /All and only of client_id, credential_type, username, otp, realm/);
    const extra = await postJson(`${t.url}/co/authenticate`, coBody('123456', { scope: 'openid' }));
    assert.equal(extra.status, 400);
    const type = await postJson(`${t.url}/co/authenticate`, coBody('123456', { credential_type: 'password' }));
    assert.equal(type.status, 400);
    const client = await postJson(`${t.url}/co/authenticate`, coBody('123456', { client_id: 'nobody' }));
    assert.equal(client.status, 401);
    assert.equal((await json(client)).error, 'invalid_client');
  });
});

describe('GET /authorize', () => {
  it('redirects with a code and the state after a login ticket, and sets the session cookies', async () => {
    const t = await tenant();
    const { code, url, cookie } = await codeFor(t);
    assert.equal(url.origin + url.pathname, CALLBACK);
    assert.ok(code);
    assert.equal(url.searchParams.get('state'), 'st-1');
    assert.match(cookie, /auth0=/);
    assert.match(cookie, /auth0_compat=/);
  });

  it('sets the session cookie HttpOnly, the SameSite=None one Secure', async () => {
    const t = await tenant();
    const { challenge } = pkce();
    const res = await get(authorizeUrl(t, { code_challenge: challenge, login_ticket: await ticket(t) }));
    const cookies = res.headers.getSetCookie();
    assert.ok(cookies.some((c) => /^auth0=/.test(c) && /HttpOnly/.test(c) && /Secure/.test(c) && /SameSite=None/.test(c)));
    assert.ok(cookies.some((c) => /^auth0_compat=/.test(c) && /HttpOnly/.test(c) && /SameSite=Lax/.test(c)));
  });

  it('shows an HTML error page, never a redirect, for an unregistered or malformed redirect_uri', async () => {
    const t = await tenant();
    const { challenge } = pkce();
    for (const redirect_uri of ['https://evil.example/callback', 'not a url', 'http://localhost:3000/cb#frag', 'http://user:pw@localhost:3000/cb', undefined]) {
      const res = await get(authorizeUrl(t, { code_challenge: challenge, redirect_uri }));
      assert.equal(res.status, 400, String(redirect_uri));
      assert.equal(res.headers.get('location'), null);
      assert.match(res.headers.get('content-type')!, /text\/html/);
      assert.match(res.headers.get('content-security-policy')!, /default-src 'none'/);
      assert.match(await res.text(), /invalid_request/);
    }
    const unknown = await get(authorizeUrl(t, { code_challenge: challenge, client_id: 'nobody' }));
    assert.equal(unknown.status, 400);
    assert.equal(unknown.headers.get('location'), null);
  });

  it('accepts callbacks registered with the callbacks option (exact, or a subdomain wildcard)', async () => {
    const t = await tenant({ callbacks: ['https://app.example.com/callback', 'https://*.preview.example.com/cb'] });
    for (const redirect_uri of ['https://app.example.com/callback', 'https://pr-12.preview.example.com/cb']) {
      const { challenge } = pkce();
      const res = await get(authorizeUrl(t, { code_challenge: challenge, redirect_uri, login_ticket: await ticket(t) }));
      assert.equal(res.status, 302);
      assert.equal(location(res).origin + location(res).pathname, redirect_uri);
    }
    const { challenge } = pkce();
    const res = await get(authorizeUrl(t, { code_challenge: challenge, redirect_uri: 'https://app.example.com/other' }));
    assert.equal(res.status, 400);
  });

  it('requires PKCE S256, sending the error to the validated redirect_uri with the state', async () => {
    const t = await tenant();
    for (const extra of [{}, { code_challenge: pkce().challenge, code_challenge_method: 'plain' }, { code_challenge: 'short' }]) {
      const res = await get(authorizeUrl(t, extra));
      assert.equal(res.status, 302);
      const url = location(res);
      assert.equal(url.origin + url.pathname, CALLBACK);
      assert.equal(url.searchParams.get('error'), 'invalid_request');
      assert.ok(url.searchParams.get('error_description'));
      assert.equal(url.searchParams.get('state'), 'st-1');
    }
    const type = location(await get(authorizeUrl(t, { code_challenge: pkce().challenge, response_type: 'token' })));
    assert.equal(type.searchParams.get('error'), 'unsupported_response_type');
  });

  it('refuses an expired, reused or foreign login ticket with access_denied', async () => {
    const t = await tenant({ clients: [{ clientId: 'other-app' }] });
    const expired = await ticket(t);
    t.advance(61);
    let url = location(await get(authorizeUrl(t, { code_challenge: pkce().challenge, login_ticket: expired })));
    assert.equal(url.searchParams.get('error'), 'access_denied');
    assert.equal(url.searchParams.get('state'), 'st-1');

    const once = await ticket(t);
    assert.ok(location(await get(authorizeUrl(t, { code_challenge: pkce().challenge, login_ticket: once }))).searchParams.get('code'));
    url = location(await get(authorizeUrl(t, { code_challenge: pkce().challenge, login_ticket: once })));
    assert.equal(url.searchParams.get('error'), 'access_denied');

    const foreign = await ticket(t);
    url = location(await get(authorizeUrl(t, { client_id: 'other-app', code_challenge: pkce().challenge, login_ticket: foreign })));
    assert.equal(url.searchParams.get('error'), 'access_denied');
  });

  it('binds a login ticket to the browser that got it: the cookie from /co/authenticate is required, and its absence spends nothing', async () => {
    const t = await tenant();
    const code = await sendCode(t);
    const co = await postJson(`${t.url}/co/authenticate`, coBody(code), { origin: APP });
    const set = co.headers.getSetCookie();
    const lax = set.find((c) => c.startsWith('auth0_co_verifier_compat='));
    assert.ok(lax, 'a cookie that works over http');
    assert.match(lax, /HttpOnly/);
    assert.match(lax, /SameSite=Lax/);
    assert.match(lax, /Path=\//);
    assert.doesNotMatch(lax, /Secure/, 'plain http cannot set a Secure cookie');
    assert.ok(set.some((c) => c.startsWith('auth0_co_verifier=') && /Secure/.test(c) && /SameSite=None/.test(c)));
    const { login_ticket, co_verifier } = await json(co);
    const ownCookie = cookieHeader(co);

    // Another browser (no cookie, or another browser's cookie) is refused.
    const other = await postJson(`${t.url}/co/authenticate`, coBody(await sendCode(t, '+15005550006'), { username: '+15005550006' }), { origin: APP });
    for (const cookie of [undefined, cookieHeader(other), 'auth0_co_verifier_compat=guess']) {
      const res = await getElsewhere(authorizeUrl(t, { code_challenge: pkce().challenge, login_ticket }), cookie ? { cookie } : {});
      const url = location(res);
      assert.equal(url.origin + url.pathname, CALLBACK, String(cookie));
      assert.equal(url.searchParams.get('error'), 'access_denied');
      assert.match(url.searchParams.get('error_description')!, /another browser/);
      assert.equal(url.searchParams.get('code'), null);
      assert.equal(res.headers.getSetCookie().length, 0, 'no session for that browser');
    }
    assert.equal(ownCookie.includes(co_verifier), true, 'the cookie holds the co_verifier the body gives');

    // The browser that got it still can, once, with either cookie of the pair (a browser may keep only one).
    const { verifier, challenge } = pkce();
    const onlyOne = ownCookie.split('; ').find((c) => c.startsWith('auth0_co_verifier_compat='))!;
    const back = await getElsewhere(authorizeUrl(t, { code_challenge: challenge, login_ticket }), { cookie: `auth0_co_verifier=stale; ${onlyOne}` });
    const code2 = location(back).searchParams.get('code');
    assert.ok(code2);
    assert.ok(
      back.headers.getSetCookie().some((c) => /^auth0_co_verifier_compat=;.*Max-Age=0/.test(c)),
      'the verifier cookie is cleared once used',
    );
    assert.equal((await exchangeCode(t, code2!, verifier)).status, 200);
  });

  it('prompt=none without a session answers login_required', async () => {
    const t = await tenant();
    const url = location(await get(authorizeUrl(t, { code_challenge: pkce().challenge, prompt: 'none' })));
    assert.equal(url.searchParams.get('error'), 'login_required');
    assert.equal(url.searchParams.get('state'), 'st-1');
    assert.equal(url.searchParams.get('code'), null);
  });

  it('prompt=none with a live session cookie answers a code, until the session expires', async () => {
    const t = await tenant({ sessionTtl: 600 });
    const { cookie } = await codeFor(t);
    const { verifier, challenge } = pkce();
    const silent = location(await get(authorizeUrl(t, { code_challenge: challenge, prompt: 'none', nonce: 'n-2' }), { cookie }));
    const code = silent.searchParams.get('code');
    assert.ok(code);
    const tokens = await json(await exchangeCode(t, code!, verifier));
    assert.equal(claims(tokens.id_token).nonce, 'n-2');
    assert.equal(claims(tokens.id_token).phone_number, PHONE);
    t.advance(601);
    const late = location(await get(authorizeUrl(t, { code_challenge: pkce().challenge, prompt: 'none' }), { cookie }));
    assert.equal(late.searchParams.get('error'), 'login_required');
  });

  it('response_mode=web_message answers a page that posts the response to its opener or parent', async () => {
    const t = await tenant();
    const { cookie } = await codeFor(t);
    const res = await get(authorizeUrl(t, { code_challenge: pkce().challenge, prompt: 'none', response_mode: 'web_message' }), { cookie });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.doesNotMatch(csp, /frame-ancestors/, 'the app embeds it in an iframe');
    const html = await res.text();
    const data = JSON.parse(/<script type="application\/json" id="authorization-response">(.*?)<\/script>/s.exec(html)![1]);
    assert.equal(data.targetOrigin, APP);
    assert.equal(data.response.state, 'st-1');
    assert.ok(data.response.code);
    assert.match(html, /<script src="\/static\/web-message\.js"><\/script>/);
    // No inline script besides the JSON data.
    assert.equal([...html.matchAll(/<script(?![^>]*(type="application\/json"|src=))/g)].length, 0);

    const script = await get(`${t.url}/static/web-message.js`);
    assert.match(script.headers.get('content-type')!, /javascript/);
    const text = await script.text();
    assert.match(text, /type: 'authorization_response'/);
    assert.match(text, /window\.opener \|\| window\.parent/);
    assert.match(text, /postMessage\(.*data\.targetOrigin\)/);
  });

  it('response_mode=web_message without a session posts login_required', async () => {
    const t = await tenant();
    const res = await get(authorizeUrl(t, { code_challenge: pkce().challenge, prompt: 'none', response_mode: 'web_message' }));
    const html = await res.text();
    const data = JSON.parse(/id="authorization-response">(.*?)<\/script>/s.exec(html)![1]);
    assert.deepEqual(data.response, { error: 'login_required', error_description: 'Login required', state: 'st-1' });
  });

  it('without a ticket or a session shows the hosted login page for the sms connection', async () => {
    const t = await tenant();
    const res = await get(authorizeUrl(t, { code_challenge: pkce().challenge, connection: 'sms' }));
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    const html = await res.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /Signing in to <strong>sms-lock demo<\/strong>/);
    // Either the element or how to build it.
    if (html.includes('<sms-lock')) {
      assert.match(html, /<sms-lock mode="inline" flow="cross-origin" domain="http:\/\/127\.0\.0\.1:\d+" client-id="sms-lock-demo" connection="sms"/);
      assert.match(html, /<script src="\/static\/universal-login\.js" defer><\/script>\n<script src="\/static\/sms-lock\.min\.js" defer><\/script>/);
      const config = JSON.parse(/id="login-config">(.*?)<\/script>/s.exec(html)![1]);
      assert.equal(config.domain, t.url);
      const params = new URLSearchParams(config.authorizeParams);
      assert.equal(params.get('redirect_uri'), CALLBACK);
      assert.equal(params.get('state'), 'st-1');
      assert.equal(params.get('nonce'), 'n-1');
      assert.equal((await get(`${t.url}/static/sms-lock.min.js`)).status, 200);
    } else {
      assert.match(html, /npm run build/);
    }
    const script = await (await get(`${t.url}/static/universal-login.js`)).text();
    // The element runs /co/authenticate itself and hands its login ticket to this script.
    assert.match(script, /loginTicketHandler/);
    assert.match(script, /login_ticket/);
    assert.match(script, /\/authorize\?/);
  });

  it('response_mode=web_message without prompt=none (a popup) shows the login page', async () => {
    const t = await tenant();
    const res = await get(authorizeUrl(t, { code_challenge: pkce().challenge, response_mode: 'web_message' }));
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /Signing in to <strong>sms-lock demo<\/strong>/);
    assert.doesNotMatch(html, /authorization-response/);
  });

  it('a wrong connection goes back to the app as an error', async () => {
    const t = await tenant();
    const url = location(await get(authorizeUrl(t, { code_challenge: pkce().challenge, connection: 'google-oauth2' })));
    assert.equal(url.searchParams.get('error'), 'invalid_request');
  });

  it('response_mode=fragment puts the result in the fragment', async () => {
    const t = await tenant();
    const url = location(await get(authorizeUrl(t, { code_challenge: pkce().challenge, login_ticket: await ticket(t), response_mode: 'fragment' })));
    const hash = new URLSearchParams(url.hash.slice(1));
    assert.ok(hash.get('code'));
    assert.equal(hash.get('state'), 'st-1');
  });
});

describe('POST /oauth/token: authorization_code', () => {
  it("exchanges a code with its verifier for the OTP grant's token shapes, the ID token with the nonce", async () => {
    const t = await tenant();
    const { code, verifier } = await codeFor(t);
    const res = await exchangeCode(t, code, verifier);
    assert.equal(res.status, 200);
    const tokens = await json(res);
    assert.deepEqual(Object.keys(tokens).sort(), ['access_token', 'expires_in', 'id_token', 'refresh_token', 'scope', 'token_type']);
    assert.equal(tokens.token_type, 'Bearer');
    const id = claims(tokens.id_token);
    assert.equal(id.nonce, 'n-1');
    assert.equal(id.aud, CLIENT);
    assert.equal(id.phone_number, PHONE);
    assert.equal(typeof id.auth_time, 'number');
    const info = await fetch(`${t.url}/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    assert.equal((await json(info)).phone_number, PHONE);
  });

  it('refuses a PKCE mismatch', async () => {
    const t = await tenant();
    const { code } = await codeFor(t);
    const res = await exchangeCode(t, code, pkce().verifier);
    assert.equal(res.status, 403);
    assert.deepEqual(await json(res), { error: 'invalid_grant', error_description: 'Failed to verify code verifier' });
  });

  it('refuses a missing verifier', async () => {
    const t = await tenant();
    const { code } = await codeFor(t);
    const res = await postForm(`${t.url}/oauth/token`, { grant_type: 'authorization_code', client_id: CLIENT, code, redirect_uri: CALLBACK });
    assert.equal(res.status, 400);
    assert.equal((await json(res)).error, 'invalid_request');
  });

  it('refuses another redirect_uri', async () => {
    const t = await tenant();
    const { code, verifier } = await codeFor(t);
    const res = await exchangeCode(t, code, verifier, { redirect_uri: `${APP}/elsewhere` });
    assert.equal(res.status, 403);
    assert.equal((await json(res)).error, 'invalid_grant');
  });

  it('a code is single use; replaying it revokes the refresh token it gave', async () => {
    const t = await tenant();
    const { code, verifier } = await codeFor(t);
    const first = await json(await exchangeCode(t, code, verifier));
    const again = await exchangeCode(t, code, verifier);
    assert.equal(again.status, 403);
    assert.deepEqual(await json(again), { error: 'invalid_grant', error_description: 'Invalid authorization code' });
    const refresh = await postForm(`${t.url}/oauth/token`, { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: first.refresh_token });
    assert.equal(refresh.status, 403);
  });

  it('a code is short-lived', async () => {
    const t = await tenant();
    const { code, verifier } = await codeFor(t);
    t.advance(61);
    const res = await exchangeCode(t, code, verifier);
    assert.equal(res.status, 403);
    assert.equal((await json(res)).error, 'invalid_grant');
  });

  it('a code is bound to its client', async () => {
    const t = await tenant({ clients: [{ clientId: 'other-app' }] });
    const { code, verifier } = await codeFor(t);
    const res = await exchangeCode(t, code, verifier, { client_id: 'other-app' });
    assert.equal(res.status, 403);
  });

  it('gives no refresh token without offline_access, and no ID token without openid', async () => {
    const t = await tenant();
    const { code, verifier } = await codeFor(t, { scope: 'openid profile' });
    const tokens = await json(await exchangeCode(t, code, verifier));
    assert.equal(tokens.refresh_token, undefined);
    assert.ok(tokens.id_token);
  });
});

describe('POST /oauth/revoke', () => {
  it('revokes a refresh token: refreshing with it, or with its successors, then fails', async () => {
    const t = await tenant();
    const { code, verifier } = await codeFor(t);
    const tokens = await json(await exchangeCode(t, code, verifier));
    const res = await postJson(`${t.url}/oauth/revoke`, { client_id: CLIENT, token: tokens.refresh_token }, { origin: APP });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), APP);
    assert.equal(await res.text(), '');
    const refresh = await postForm(`${t.url}/oauth/token`, { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: tokens.refresh_token });
    assert.equal(refresh.status, 403);
    assert.equal((await json(refresh)).error, 'invalid_grant');
  });

  it("needs a token; an unknown one is not an error; another client's is refused", async () => {
    const t = await tenant({ clients: [{ clientId: 'other-app' }] });
    const missing = await postJson(`${t.url}/oauth/revoke`, { client_id: CLIENT });
    assert.equal(missing.status, 400);
    assert.equal((await json(missing)).error, 'invalid_request');
    assert.equal((await postJson(`${t.url}/oauth/revoke`, { client_id: CLIENT, token: 'nope' })).status, 200);
    const { code, verifier } = await codeFor(t);
    const tokens = await json(await exchangeCode(t, code, verifier));
    const other = await postJson(`${t.url}/oauth/revoke`, { client_id: 'other-app', token: tokens.refresh_token });
    assert.equal(other.status, 403);
    const still = await postForm(`${t.url}/oauth/token`, { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: tokens.refresh_token });
    assert.equal(still.status, 200);
  });

  it('authenticates a confidential client', async () => {
    const t = await tenant({ clients: [{ clientId: 'web-app', secret: 's3cret' }] });
    const res = await postJson(`${t.url}/oauth/revoke`, { client_id: 'web-app', token: 'x' });
    assert.equal(res.status, 401);
    assert.equal((await postJson(`${t.url}/oauth/revoke`, { client_id: 'web-app', client_secret: 's3cret', token: 'x' })).status, 200);
  });
});

describe('GET /v2/logout', () => {
  it('clears the session cookie and redirects to an allowed returnTo; prompt=none then needs a login', async () => {
    const t = await tenant();
    const { cookie } = await codeFor(t);
    const res = await get(`${t.url}/v2/logout?client_id=${CLIENT}&returnTo=${encodeURIComponent(`${APP}/`)}`, { cookie });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), `${APP}/`);
    const cleared = res.headers.getSetCookie();
    assert.ok(cleared.some((c) => /^auth0=;/.test(c) && /Max-Age=0/.test(c)));
    assert.ok(cleared.some((c) => /^auth0_compat=;/.test(c) && /Max-Age=0/.test(c)));
    // Even a browser that kept the old cookie has no session any more.
    const url = location(await get(authorizeUrl(t, { code_challenge: pkce().challenge, prompt: 'none' }), { cookie }));
    assert.equal(url.searchParams.get('error'), 'login_required');
  });

  it('refuses a returnTo that is not allowed with an error page, not a redirect', async () => {
    const t = await tenant();
    const res = await get(`${t.url}/v2/logout?client_id=${CLIENT}&returnTo=${encodeURIComponent('https://evil.example/')}`);
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('location'), null);
    assert.match(await res.text(), /not in the list of allowed logout URLs/);
  });

  it('accepts a registered returnTo, and answers a page without one', async () => {
    const t = await tenant({ callbacks: ['https://app.example.com/'] });
    const res = await get(`${t.url}/v2/logout?returnTo=${encodeURIComponent('https://app.example.com/')}`);
    assert.equal(res.status, 302);
    const page = await get(`${t.url}/v2/logout`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Signed out/);
  });
});
