// RFC 6749 3.1: "Request and response parameters MUST NOT be included more than once."
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLIENT, OTP, PHONE, json, login, sendCode, tenant } from './helpers.js';

const form = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
const jsonText = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const REPEATED = (key: string) => ({ error: 'invalid_request', error_description: `Parameter "${key}" is included more than once.` });

describe('repeated parameters', () => {
  it('grant_type twice in a form is 400 invalid_request, whichever comes last', async () => {
    const t = await tenant();
    const tokens = await login(t);
    const code = await sendCode(t);
    const q = (a: string, b: string) =>
      `grant_type=${encodeURIComponent(a)}&grant_type=${encodeURIComponent(b)}&client_id=${CLIENT}&refresh_token=${tokens.refresh_token}&username=${encodeURIComponent(PHONE)}&otp=${code}&realm=sms`;
    for (const body of [q('refresh_token', OTP), q(OTP, 'refresh_token')]) {
      const res = await form(`${t.url}/oauth/token`, body);
      assert.equal(res.status, 400);
      assert.deepEqual(await json(res), REPEATED('grant_type'));
    }
  });

  it('a key repeated in a JSON object is refused the same way (JSON.parse would keep the last)', async () => {
    const t = await tenant();
    const code = await sendCode(t);
    const res = await jsonText(
      `${t.url}/oauth/token`,
      `{"grant_type":"${OTP}","client_id":"${CLIENT}","username":"${PHONE}","otp":"000000","realm":"sms","otp":"${code}"}`,
    );
    assert.equal(res.status, 400);
    assert.deepEqual(await json(res), REPEATED('otp'));
    const escaped = await jsonText(
      `${t.url}/passwordless/start`,
      `{"client_id":"${CLIENT}","connection":"sms","phone_number":"+15005550006","phone_number":"${PHONE}","send":"code"}`,
    );
    assert.deepEqual(await json(escaped), REPEATED('phone_number'));
    const unicode = await jsonText(
      `${t.url}/passwordless/start`,
      `{"client_id":"${CLIENT}","\\u0063lient_id":"other","connection":"sms","phone_number":"${PHONE}"}`,
    );
    assert.deepEqual(await json(unicode), REPEATED('client_id'), 'the same key written with an escape');
    assert.equal(t.outbox.messages().length, 1, 'only the setup code was sent');
    // Repeats inside a nested object, or the same text as a value, are not parameters.
    const nested = await jsonText(
      `${t.url}/passwordless/start`,
      `{"client_id":"${CLIENT}","connection":"sms","phone_number":"${PHONE}","authParams":{"scope":"a","scope":"b"},"send":"client_id"}`,
    );
    assert.equal((await json(nested)).error, 'bad.send');
  });

  it('every endpoint that reads a form refuses repeats: /passwordless/start, /co/authenticate, /oauth/revoke, /dev/faults', async () => {
    const t = await tenant();
    const cases: [string, string][] = [
      ['/passwordless/start', `client_id=${CLIENT}&client_id=${CLIENT}&connection=sms&phone_number=%2B14155550100`],
      ['/co/authenticate', `client_id=${CLIENT}&username=%2B1&username=%2B2&otp=1&realm=sms&credential_type=x`],
      ['/oauth/revoke', `client_id=${CLIENT}&token=a&token=b`],
      ['/dev/faults', 'path=/oauth/token&path=/passwordless/start&status=500'],
    ];
    for (const [path, body] of cases) {
      const res = await form(`${t.url}${path}`, body);
      assert.equal(res.status, 400, path);
      assert.equal((await json(res)).error, 'invalid_request', path);
    }
    assert.deepEqual((await json(await fetch(`${t.url}/dev/faults`))).faults, []);
  });

  it('/authorize shows repeated parameters on its error page, never redirecting to either redirect_uri', async () => {
    const t = await tenant();
    const res = await fetch(
      `${t.url}/authorize?client_id=${CLIENT}&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fa&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fb`,
      { redirect: 'manual' },
    );
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('location'), null);
    assert.match(await res.text(), /redirect_uri.*more than once/);
  });
});
