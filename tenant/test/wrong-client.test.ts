// A request from the wrong client (unknown, badly authenticated, without the
// grant, or another client than the one the code was issued to) is refused
// without spending anything: the SMS code, the login ticket and the
// authorization code all still work for the right client afterwards.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CALLBACK,
  CLIENT,
  OTP,
  coBody,
  exchangeCode,
  json,
  otpBody,
  pkce,
  postForm,
  postJson,
  sendCode,
  tenant,
  ticket,
  type TestTenant,
  verifierCookie,
} from './helpers.js';

const CLIENTS = [
  { clientId: 'other-app' },
  { clientId: 'backend-app', secret: 'backend-secret' },
  { clientId: 'otp-only', grantTypes: [OTP] },
  { clientId: 'code-only', grantTypes: ['authorization_code'] },
];

function authorize(t: TestTenant, clientId: string, loginTicket: string, challenge: string, scope = 'openid'): Promise<Response> {
  const q = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: CALLBACK,
    scope,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    login_ticket: loginTicket,
  });
  return fetch(`${t.url}/authorize?${q}`, { redirect: 'manual', headers: { cookie: verifierCookie(loginTicket) ?? '' } });
}

describe('a wrong client spends nothing', () => {
  it('SMS code, OTP grant: an unknown client, a wrong secret or a client without the grant', async () => {
    const t = await tenant({ clients: CLIENTS });
    const code = await sendCode(t);
    for (const [extra, status, error] of [
      [{ client_id: 'nobody' }, 401, 'invalid_client'],
      [{ client_id: 'backend-app', client_secret: 'wrong' }, 401, 'invalid_client'],
      [{ client_id: 'backend-app' }, 401, 'invalid_client'],
      [{ client_id: 'code-only' }, 403, 'unauthorized_client'],
      [{ client_id: 'sms-lock-no-otp' }, 403, 'unauthorized_client'],
    ] as const) {
      const res = await postForm(`${t.url}/oauth/token`, otpBody(code, extra));
      assert.equal(res.status, status, JSON.stringify(extra));
      assert.equal((await json(res)).error, error);
    }
    const ok = await postForm(`${t.url}/oauth/token`, otpBody(code));
    assert.equal(ok.status, 200, await ok.clone().text());
  });

  it('SMS code, /co/authenticate: an unknown client or a client without the authorization_code grant', async () => {
    const t = await tenant({ clients: CLIENTS });
    const code = await sendCode(t);
    for (const [clientId, status, error] of [
      ['nobody', 401, 'invalid_client'],
      ['otp-only', 403, 'unauthorized_client'],
    ] as const) {
      const res = await postJson(`${t.url}/co/authenticate`, coBody(code, { client_id: clientId }));
      assert.equal(res.status, status, clientId);
      assert.equal((await json(res)).error, error);
    }
    assert.equal((await postJson(`${t.url}/co/authenticate`, coBody(code))).status, 200);
  });

  it('login ticket: another client at /authorize is refused, and the ticket still works for its own', async () => {
    const t = await tenant({ clients: CLIENTS });
    const loginTicket = await ticket(t);
    const { challenge } = pkce();
    const foreign = await authorize(t, 'other-app', loginTicket, challenge);
    assert.equal(new URL(foreign.headers.get('location')!).searchParams.get('error'), 'access_denied');
    const own = await authorize(t, CLIENT, loginTicket, challenge);
    assert.ok(new URL(own.headers.get('location')!).searchParams.get('code'));
  });

  it('authorization code: another client, an unknown one or one without the grant is refused; the code still works for its own', async () => {
    const t = await tenant({ clients: CLIENTS });
    const { verifier, challenge } = pkce();
    const res = await authorize(t, CLIENT, await ticket(t), challenge);
    const code = new URL(res.headers.get('location')!).searchParams.get('code')!;
    const exchange = (extra: Record<string, string> = {}) => exchangeCode(t, code, verifier, extra);
    for (const [extra, status, error] of [
      [{ client_id: 'other-app' }, 403, 'invalid_grant'],
      [{ client_id: 'nobody' }, 401, 'invalid_client'],
      [{ client_id: 'backend-app', client_secret: 'wrong' }, 401, 'invalid_client'],
      [{ client_id: 'otp-only' }, 403, 'unauthorized_client'],
    ] as const) {
      const refused = await exchange(extra);
      assert.equal(refused.status, status, JSON.stringify(extra));
      assert.equal((await json(refused)).error, error);
    }
    const ok = await exchange();
    assert.equal(ok.status, 200, await ok.clone().text());
    assert.ok((await json(ok)).id_token);
    // Still single use for its own client.
    assert.equal((await exchange()).status, 403);
  });

  it('authorization code: another client replaying a used code revokes nothing', async () => {
    const t = await tenant({ clients: CLIENTS });
    const { verifier, challenge } = pkce();
    const res = await authorize(t, CLIENT, await ticket(t), challenge, 'openid offline_access');
    const code = new URL(res.headers.get('location')!).searchParams.get('code')!;
    const body = { grant_type: 'authorization_code', client_id: CLIENT, code, code_verifier: verifier, redirect_uri: CALLBACK };
    const first = await json(await postForm(`${t.url}/oauth/token`, body));
    assert.ok(first.refresh_token);
    assert.equal((await postForm(`${t.url}/oauth/token`, { ...body, client_id: 'other-app' })).status, 403);
    const refresh = await postForm(`${t.url}/oauth/token`, { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: first.refresh_token });
    assert.equal(refresh.status, 200);
  });
});
