// An OpenID Connect relying party driven by hand over HTTP: discovery, the
// authorization code flow with PKCE S256 through a cross-origin login ticket,
// ID token verification with jose against the JWKS (issuer, audience, nonce),
// silent authentication with the session cookie, refresh, revocation and
// logout, each endpoint taken from the discovery document.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { CLIENT, PHONE, json, postForm, postJson, tenant } from './helpers.js';

const REDIRECT = 'http://127.0.0.1:5173/callback';
const rand = () => randomBytes(32).toString('base64url');

describe('conformance: authorization code flow with PKCE', () => {
  it('signs in, renews silently, refreshes, revokes and logs out through the advertised endpoints', async () => {
    const t = await tenant({ now: Date.now });
    const doc = await json(await fetch(`${t.url}/.well-known/openid-configuration`));
    assert.equal(doc.issuer, t.issuer);
    assert.ok(doc.code_challenge_methods_supported.includes('S256'));
    assert.ok(doc.response_types_supported.includes('code'));
    assert.ok(doc.response_modes_supported.includes('web_message'));
    assert.ok(doc.grant_types_supported.includes('authorization_code'));
    const jwks = createRemoteJWKSet(new URL(doc.jwks_uri));

    const verifier = rand();
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const state = rand();
    const nonce = rand();
    const authorize = (extra: Record<string, string>, cookie?: string) => {
      const url = new URL(doc.authorization_endpoint);
      const params = {
        client_id: CLIENT,
        response_type: 'code',
        redirect_uri: REDIRECT,
        scope: 'openid profile phone offline_access',
        state,
        nonce,
        code_challenge: challenge,
        code_challenge_method: 'S256',
        ...extra,
      };
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      return fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    };

    // Without a session: the hosted login page.
    const page = await authorize({});
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Sign in/);

    // What the page (or an embedded widget) does: start, then cross-origin authentication.
    await postJson(`${t.url}/passwordless/start`, { client_id: CLIENT, connection: 'sms', phone_number: PHONE, send: 'code' });
    const co = await postJson(`${t.url}/co/authenticate`, {
      client_id: CLIENT,
      username: PHONE,
      otp: t.outbox.last(PHONE)!.code,
      realm: 'sms',
      credential_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
    });
    const { login_ticket } = await json(co);
    // The same browser: it sends back the cookie /co/authenticate set.
    const verifierCookie = co.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

    const back = await authorize({ login_ticket }, verifierCookie);
    assert.equal(back.status, 302);
    const callback = new URL(back.headers.get('location')!);
    assert.equal(callback.searchParams.get('state'), state);
    const cookie = back.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

    const tokenRes = await postForm(doc.token_endpoint, {
      grant_type: 'authorization_code',
      client_id: CLIENT,
      code: callback.searchParams.get('code')!,
      code_verifier: verifier,
      redirect_uri: REDIRECT,
    });
    assert.equal(tokenRes.status, 200);
    assert.equal(tokenRes.headers.get('cache-control'), 'no-store');
    const tokens = await json(tokenRes);
    const { payload } = await jwtVerify(tokens.id_token, jwks, { issuer: doc.issuer, audience: CLIENT, algorithms: ['RS256'] });
    assert.equal(payload.nonce, nonce);
    assert.equal(payload.phone_number, PHONE);
    assert.match(String(payload.sub), /^sms\|/);
    const info = await json(await fetch(doc.userinfo_endpoint, { headers: { authorization: `Bearer ${tokens.access_token}` } }));
    assert.equal(info.sub, payload.sub);

    // Silent authentication, as auth0-spa-js's iframe does it.
    const silentNonce = rand();
    const silent = await authorize({ prompt: 'none', response_mode: 'web_message', nonce: silentNonce }, cookie);
    const data = JSON.parse(/id="authorization-response">(.*?)<\/script>/s.exec(await silent.text())![1]);
    assert.equal(data.targetOrigin, 'http://127.0.0.1:5173');
    assert.equal(data.response.state, state);
    const renewed = await json(
      await postForm(doc.token_endpoint, {
        grant_type: 'authorization_code',
        client_id: CLIENT,
        code: data.response.code,
        code_verifier: verifier,
        redirect_uri: REDIRECT,
      }),
    );
    const { payload: again } = await jwtVerify(renewed.id_token, jwks, { issuer: doc.issuer, audience: CLIENT });
    assert.equal(again.nonce, silentNonce);
    assert.equal(again.sub, payload.sub);

    // Refresh, revoke, and the refresh token is dead.
    const refreshed = await json(await postForm(doc.token_endpoint, { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: tokens.refresh_token }));
    assert.ok(refreshed.access_token);
    assert.equal((await postForm(doc.revocation_endpoint, { client_id: CLIENT, token: refreshed.refresh_token })).status, 200);
    const dead = await postForm(doc.token_endpoint, { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: refreshed.refresh_token });
    assert.equal(dead.status, 403);

    // Logout ends the session.
    const out = await fetch(`${doc.end_session_endpoint}?client_id=${CLIENT}&returnTo=${encodeURIComponent('http://127.0.0.1:5173/')}`, {
      redirect: 'manual',
      headers: { cookie },
    });
    assert.equal(out.status, 302);
    const after = new URL((await authorize({ prompt: 'none' }, cookie)).headers.get('location')!);
    assert.equal(after.searchParams.get('error'), 'login_required');
  });
});
