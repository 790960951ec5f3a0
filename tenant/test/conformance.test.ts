// Auth0's official @auth0/auth0-auth-js, unmodified, against the tenant.
// The SDK always speaks https://<domain>; its documented `customFetch` hook
// plays the part of a TLS-terminating proxy in front of the tenant, which
// advertises the public https URL as a proxied tenant does (`publicUrl`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AuthClient } from '@auth0/auth0-auth-js';
import { tenant, wrongCode } from './helpers.js';

const DOMAIN = 'tenant.sms-lock.test';
const PHONE = '+14155550100';

function proxyTo(target: string): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    assert.equal(url.origin, `https://${DOMAIN}`, 'the SDK only talks to its domain');
    const local = `${target}${url.pathname}${url.search}`;
    return input instanceof Request ? fetch(new Request(local, input), init) : fetch(local, init);
  };
}

describe('conformance: @auth0/auth0-auth-js', () => {
  it('completes start → token → refresh against the tenant', async () => {
    const t = await tenant({
      now: Date.now,
      publicUrl: `https://${DOMAIN}`,
      clients: [{ clientId: 'backend-app', secret: 'backend-secret' }],
    });
    const auth = new AuthClient({ domain: DOMAIN, clientId: 'backend-app', clientSecret: 'backend-secret', customFetch: proxyTo(t.url) });

    await auth.passwordless.sendSms({ phoneNumber: PHONE });
    const code = t.outbox.last(PHONE)!.code;
    const tokens = await auth.getTokenByPasswordlessSms({ phoneNumber: PHONE, code, scope: 'openid profile phone offline_access' });
    assert.ok(tokens.accessToken);
    assert.ok(tokens.idToken);
    assert.ok(tokens.refreshToken);
    assert.equal(tokens.claims?.iss, `https://${DOMAIN}/`);
    assert.equal(tokens.claims?.aud, 'backend-app');
    assert.equal(tokens.claims?.phone_number, PHONE);

    const refreshed = await auth.getTokenByRefreshToken({ refreshToken: tokens.refreshToken! });
    assert.ok(refreshed.accessToken);
    assert.notEqual(refreshed.refreshToken, tokens.refreshToken);
  });

  it("surfaces the tenant's errors through the SDK's own error types", async () => {
    const t = await tenant({ now: Date.now, publicUrl: `https://${DOMAIN}`, clients: [{ clientId: 'backend-app', secret: 'backend-secret' }] });
    const auth = new AuthClient({ domain: DOMAIN, clientId: 'backend-app', clientSecret: 'backend-secret', customFetch: proxyTo(t.url) });
    await auth.passwordless.sendSms({ phoneNumber: PHONE });
    const wrong = wrongCode(t.outbox.last(PHONE)!.code);
    await assert.rejects(auth.getTokenByPasswordlessSms({ phoneNumber: PHONE, code: wrong }), (err: any) => {
      assert.equal(err.cause?.error, 'invalid_grant');
      assert.equal(err.cause?.error_description, 'Wrong phone number or verification code.');
      return true;
    });
    const stranger = new AuthClient({ domain: DOMAIN, clientId: 'backend-app', clientSecret: 'wrong', customFetch: proxyTo(t.url) });
    await assert.rejects(stranger.passwordless.sendSms({ phoneNumber: PHONE }), (err: any) => {
      assert.equal(err.statusCode, 401);
      assert.equal(err.cause?.error ?? JSON.parse(err.body).error, 'invalid_client');
      return true;
    });
  });
});
