import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLIENT, PHONE, claims, json, login, otpBody, postForm, postJson, sendCode, tenant, wrongCode } from './helpers.js';

const WRONG = { error: 'invalid_grant', error_description: 'Wrong phone number or verification code.' };

describe('POST /oauth/token, Passwordless OTP grant', () => {
  it('exchanges the code for tokens (form-encoded)', async () => {
    const t = await tenant();
    const code = await sendCode(t);
    const res = await postForm(`${t.url}/oauth/token`, otpBody(code, { scope: 'openid profile phone offline_access' }));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await json(res);
    assert.deepEqual(Object.keys(body).sort(), ['access_token', 'expires_in', 'id_token', 'refresh_token', 'scope', 'token_type']);
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, 86400);
    assert.equal(body.scope, 'openid profile phone offline_access');
    const id = claims(body.id_token);
    assert.equal(id.iss, `${t.url}/`);
    assert.equal(id.aud, CLIENT);
    assert.match(id.sub, /^sms\|[0-9a-f]{24}$/);
    assert.equal(id.exp - id.iat, 36000);
    assert.ok(Math.abs(id.iat - Date.now() / 1000) < 5);
    const at = claims(body.access_token);
    assert.equal(at.aud, `${t.url}/userinfo`);
    assert.equal(at.scope, body.scope);
    assert.equal(at.exp - at.iat, 86400);
    assert.equal(at.sub, id.sub);
  });

  it('answers JSON bodies too; no refresh token without offline_access, no ID token without openid', async () => {
    const t = await tenant();
    const a = await json(await postJson(`${t.url}/oauth/token`, otpBody(await sendCode(t), { scope: 'openid' })));
    assert.ok(a.id_token);
    assert.equal(a.refresh_token, undefined);
    const b = await json(await postJson(`${t.url}/oauth/token`, otpBody(await sendCode(t), { scope: 'profile' })));
    assert.equal(b.id_token, undefined);
    assert.ok(b.access_token);
  });

  it('puts the audience in the access token (with /userinfo when openid is asked for)', async () => {
    const t = await tenant();
    const a = await json(await postJson(`${t.url}/oauth/token`, otpBody(await sendCode(t), { scope: 'openid', audience: 'https://api.example.com' })));
    assert.deepEqual(claims(a.access_token).aud, ['https://api.example.com', `${t.url}/userinfo`]);
    const b = await json(await postJson(`${t.url}/oauth/token`, otpBody(await sendCode(t), { scope: 'read:things', audience: 'https://api.example.com' })));
    assert.equal(claims(b.access_token).aud, 'https://api.example.com');
  });

  it('honours accessTokenTtl and the injected clock', async () => {
    const t = await tenant({ accessTokenTtl: 60 });
    t.advance(1000);
    const body = await login(t, 'openid');
    const at = claims(body.access_token);
    assert.equal(body.expires_in, 60);
    assert.equal(at.exp - at.iat, 60);
    assert.ok(Math.abs(at.iat - (Date.now() / 1000 + 1000)) < 5);
  });

  it('keeps the user (and sub) across logins and updates updated_at', async () => {
    const t = await tenant();
    const first = claims((await login(t)).id_token);
    t.advance(60);
    const second = claims((await login(t)).id_token);
    assert.equal(first.sub, second.sub);
    assert.notEqual(first.updated_at, second.updated_at);
    const other = claims((await login(t, 'openid', '+442071838750')).id_token);
    assert.notEqual(other.sub, first.sub);
    const again = await json(await postJson(`${t.url}/passwordless/start`, { client_id: CLIENT, connection: 'sms', phone_number: PHONE, send: 'code' }));
    assert.equal(again.phone_verified, true);
    assert.equal(`sms|${again._id}`, first.sub);
  });

  it('accepts a code only once', async () => {
    const t = await tenant();
    const code = await sendCode(t);
    assert.equal((await postJson(`${t.url}/oauth/token`, otpBody(code))).status, 200);
    const reuse = await postJson(`${t.url}/oauth/token`, otpBody(code));
    assert.equal(reuse.status, 403);
    assert.deepEqual(await json(reuse), WRONG);
  });

  it('accepts only the latest code', async () => {
    const t = await tenant();
    const first = await sendCode(t);
    let second = await sendCode(t);
    while (second === first) second = await sendCode(t);
    assert.deepEqual(await json(await postJson(`${t.url}/oauth/token`, otpBody(first))), WRONG);
    assert.equal((await postJson(`${t.url}/oauth/token`, otpBody(second))).status, 200);
  });

  it('refuses a wrong code with 403 invalid_grant', async () => {
    const t = await tenant();
    const code = await sendCode(t);
    const wrong = wrongCode(code);
    const res = await postJson(`${t.url}/oauth/token`, otpBody(wrong));
    assert.equal(res.status, 403);
    assert.deepEqual(await json(res), WRONG);
    assert.equal((await postJson(`${t.url}/oauth/token`, otpBody(code))).status, 200, 'one miss leaves the code usable');
  });

  it('refuses a code for another number', async () => {
    const t = await tenant();
    const code = await sendCode(t);
    assert.deepEqual(await json(await postJson(`${t.url}/oauth/token`, otpBody(code, { username: '+14155550199' }))), WRONG);
  });

  it('expires a code after codeTtl seconds', async () => {
    const t = await tenant({ codeTtl: 180 });
    const code = await sendCode(t);
    t.advance(179);
    const fresh = await sendCode(t);
    t.advance(179);
    assert.equal((await postJson(`${t.url}/oauth/token`, otpBody(fresh))).status, 200, 'valid just before expiry');
    const late = await sendCode(t);
    t.advance(180);
    const res = await postJson(`${t.url}/oauth/token`, otpBody(late));
    assert.equal(res.status, 403);
    assert.deepEqual(await json(res), WRONG);
    void code;
  });

  it('invalidates a code after maxAttempts wrong tries', async () => {
    const t = await tenant({ maxAttempts: 3 });
    const code = await sendCode(t);
    const wrong = wrongCode(code);
    for (let i = 0; i < 3; i++) assert.equal((await postJson(`${t.url}/oauth/token`, otpBody(wrong))).status, 403);
    const res = await postJson(`${t.url}/oauth/token`, otpBody(code));
    assert.equal(res.status, 403);
    assert.deepEqual(await json(res), WRONG);
    assert.equal((await postJson(`${t.url}/oauth/token`, otpBody(await sendCode(t)))).status, 200, 'a new code works');
  });

  it('blocks an IP and number with 429 too_many_attempts after 10 failures', async () => {
    const t = await tenant();
    for (let i = 0; i < 10; i++) {
      const res = await postJson(`${t.url}/oauth/token`, otpBody('999999999'));
      assert.equal(res.status, 403, `failure ${i + 1}`);
    }
    const code = await sendCode(t);
    const blocked = await postJson(`${t.url}/oauth/token`, otpBody(code));
    assert.equal(blocked.status, 429);
    assert.deepEqual(await json(blocked), {
      error: 'too_many_attempts',
      error_description: 'Your account has been blocked after multiple consecutive login attempts.',
    });
    // Another number from the same IP is not affected.
    assert.equal((await login(t, 'openid', '+14155550111')).token_type, 'Bearer');
    // The block lifts after an hour.
    t.advance(3600);
    assert.equal((await postJson(`${t.url}/oauth/token`, otpBody(await sendCode(t)))).status, 200);
  });

  it('a success clears the failure count', async () => {
    const t = await tenant({ bruteForceLimit: 3 });
    for (let i = 0; i < 2; i++) await postJson(`${t.url}/oauth/token`, otpBody('999999999'));
    await login(t, 'openid');
    for (let i = 0; i < 2; i++) await postJson(`${t.url}/oauth/token`, otpBody('999999999'));
    assert.equal((await postJson(`${t.url}/oauth/token`, otpBody(await sendCode(t)))).status, 200);
  });

  it('401 invalid_client for a missing or unknown client, or a bad secret', async () => {
    const t = await tenant({ clients: [{ clientId: 'web', secret: 's3cret' }] });
    const code = await sendCode(t);
    const cases: [Record<string, string>, string][] = [
      [{ client_id: '' }, 'Missing required parameter: client_id'],
      [{ client_id: 'nope' }, 'Unknown client.'],
      [{ client_id: 'web' }, 'Client authentication is required.'],
      [{ client_id: 'web', client_secret: 'wrong' }, 'Invalid client credentials.'],
    ];
    for (const [change, description] of cases) {
      const res = await postForm(`${t.url}/oauth/token`, otpBody(code, change));
      assert.equal(res.status, 401);
      assert.deepEqual(await json(res), { error: 'invalid_client', error_description: description });
    }
    assert.equal((await postForm(`${t.url}/oauth/token`, otpBody(code, { client_id: 'web', client_secret: 's3cret' }))).status, 200);
  });

  it('takes client_secret_basic as well', async () => {
    const t = await tenant({ clients: [{ clientId: 'web', secret: 's3cret' }] });
    const code = await sendCode(t);
    const { client_id: _omit, ...body } = otpBody(code);
    const res = await postForm(`${t.url}/oauth/token`, body, { authorization: `Basic ${Buffer.from('web:s3cret').toString('base64')}` });
    assert.equal(res.status, 200);
  });

  it('403 unauthorized_client for a client without the grant', async () => {
    const t = await tenant();
    const code = await sendCode(t);
    const res = await postJson(`${t.url}/oauth/token`, otpBody(code, { client_id: 'sms-lock-no-otp' }));
    assert.equal(res.status, 403);
    assert.deepEqual(await json(res), {
      error: 'unauthorized_client',
      error_description: "Grant type 'http://auth0.com/oauth/grant-type/passwordless/otp' not allowed for the client.",
    });
  });

  it('400 for missing parameters, a wrong realm, non-string fields and unknown grants', async () => {
    const t = await tenant();
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ grant_type: undefined }, 400, 'invalid_request', 'Missing required parameter: grant_type'],
      [{ username: undefined }, 400, 'invalid_request', 'Missing required parameter: username'],
      [{ otp: undefined }, 400, 'invalid_request', 'Missing required parameter: otp'],
      [{ realm: undefined }, 400, 'invalid_request', 'Missing required parameter: realm'],
      [{ realm: 'email' }, 400, 'invalid_request', 'Connection does not exist'],
      [{ otp: 123456 }, 400, 'invalid_request', 'Invalid type for parameter otp: integer (expected string)'],
      [{ username: ['+1'] }, 400, 'invalid_request', 'Invalid type for parameter username: array (expected string)'],
      [{ grant_type: 'password' }, 400, 'unsupported_grant_type', 'Unsupported grant type: password'],
    ];
    for (const [change, status, error, description] of cases) {
      const res = await postJson(`${t.url}/oauth/token`, { ...otpBody('123456'), ...change });
      assert.equal(res.status, status, JSON.stringify(change));
      assert.deepEqual(await json(res), { error, error_description: description });
    }
  });
});
