import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLIENT, PHONE, claims, json, login, postForm, tenant } from './helpers.js';

const refresh = (url: string, token: string, extra: Record<string, string> = {}) =>
  postForm(`${url}/oauth/token`, { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: token, ...extra });
const INVALID = { error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' };

describe('POST /oauth/token, refresh_token grant', () => {
  it('rotates: new tokens and a new refresh token; the old one stops working', async () => {
    const t = await tenant();
    const first = await login(t);
    t.advance(10);
    const res = await refresh(t.url, first.refresh_token);
    assert.equal(res.status, 200);
    const second = await json(res);
    assert.ok(second.access_token && second.id_token && second.refresh_token);
    assert.notEqual(second.refresh_token, first.refresh_token);
    assert.equal(second.scope, first.scope);
    assert.equal(claims(second.id_token).sub, claims(first.id_token).sub);
    assert.ok(claims(second.access_token).iat > claims(first.access_token).iat);
    const third = await json(await refresh(t.url, second.refresh_token));
    assert.ok(third.refresh_token);
  });

  it('reusing a rotated token is refused and revokes the whole family', async () => {
    const t = await tenant();
    const first = await login(t);
    const second = await json(await refresh(t.url, first.refresh_token));
    const reuse = await refresh(t.url, first.refresh_token);
    assert.equal(reuse.status, 403);
    assert.deepEqual(await json(reuse), INVALID);
    assert.deepEqual(await json(await refresh(t.url, second.refresh_token)), INVALID, 'the successor is revoked too');
  });

  it('refuses unknown tokens, another client, and an expired family', async () => {
    const t = await tenant({ refreshTokenTtl: 100, clients: [{ clientId: 'other' }] });
    assert.deepEqual(await json(await refresh(t.url, 'nope')), INVALID);
    const a = await login(t);
    assert.deepEqual(await json(await refresh(t.url, a.refresh_token, { client_id: 'other' })), INVALID);
    const b = await login(t);
    t.advance(60);
    const c = await json(await refresh(t.url, b.refresh_token));
    t.advance(60);
    assert.deepEqual(await json(await refresh(t.url, c.refresh_token)), INVALID, 'rotation keeps the absolute lifetime');
  });

  it('narrowing the scope on a refresh is not permanent: the next refresh may widen back within the original grant, never beyond', async () => {
    const t = await tenant();
    const a = await login(t, 'openid phone offline_access');
    const narrowed = await json(await refresh(t.url, a.refresh_token, { scope: 'openid offline_access' }));
    assert.equal(narrowed.scope, 'openid offline_access');
    assert.equal(claims(narrowed.id_token).phone_number, undefined);
    const widened = await refresh(t.url, narrowed.refresh_token, { scope: 'openid phone offline_access' });
    assert.equal(widened.status, 200, 'back to what was granted at sign-in');
    const back = await json(widened);
    assert.equal(back.scope, 'openid phone offline_access');
    assert.equal(claims(back.id_token).phone_number, PHONE);
    const narrowedAgain = await json(await refresh(t.url, back.refresh_token, { scope: 'openid' }));
    const omitted = await json(await refresh(t.url, narrowedAgain.refresh_token));
    assert.equal(omitted.scope, 'openid phone offline_access', 'no scope means the scope originally granted (RFC 6749 6)');
    const wide = await refresh(t.url, omitted.refresh_token, { scope: 'openid profile' });
    assert.equal(wide.status, 403);
    assert.deepEqual(await json(wide), { error: 'invalid_scope', error_description: 'The requested scope exceeds what was granted: profile' });
  });

  it('needs refresh_token and the grant on the client', async () => {
    const t = await tenant({ clients: [{ clientId: 'otp-only', grantTypes: ['http://auth0.com/oauth/grant-type/passwordless/otp'] }] });
    const missing = await postForm(`${t.url}/oauth/token`, { grant_type: 'refresh_token', client_id: CLIENT });
    assert.deepEqual(await json(missing), { error: 'invalid_request', error_description: 'Missing required parameter: refresh_token' });
    const res = await refresh(t.url, 'x', { client_id: 'otp-only' });
    assert.equal(res.status, 403);
    assert.deepEqual(await json(res), { error: 'unauthorized_client', error_description: "Grant type 'refresh_token' not allowed for the client." });
  });
});
