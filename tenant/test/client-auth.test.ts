// Client authentication with a Basic Authorization header (client_secret_basic)
// on every endpoint that authenticates a client.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLIENT, json, otpBody, postForm, postJson, sendCode, startBody, tenant } from './helpers.js';

const basic = (credentials: string) => `Basic ${Buffer.from(credentials, 'latin1').toString('base64')}`;
const MALFORMED = { error: 'invalid_client', error_description: 'The Authorization header is not valid Basic credentials.' };

describe('client_secret_basic', () => {
  it('a malformed Basic header is 401 invalid_client on /oauth/token, /passwordless/start and /oauth/revoke, never a 500', async () => {
    const t = await tenant({ clients: [{ clientId: 'web', secret: 's3cret' }] });
    const headers = [basic('conf%:x'), basic('web:%E0%A4%A'), basic('no-colon'), basic(':secret-only'), 'Basic', 'Basic !!!not base64!!!'];
    for (const authorization of headers) {
      const requests: [string, Response][] = [
        ['token', await postForm(`${t.url}/oauth/token`, otpBody('123456', { client_id: 'web' }), { authorization })],
        ['start', await postJson(`${t.url}/passwordless/start`, startBody(undefined, { client_id: 'web' }), { authorization })],
        ['revoke', await postForm(`${t.url}/oauth/revoke`, { client_id: 'web', token: 'x' }, { authorization })],
      ];
      for (const [name, res] of requests) {
        assert.equal(res.status, 401, `${name} ${authorization}`);
        assert.deepEqual(await json(res), MALFORMED, `${name} ${authorization}`);
      }
    }
    assert.equal(t.outbox.messages().length, 0, 'no SMS for a refused client');
  });

  it('a refused Basic header spends a /passwordless/start rate-limit token, like any other request to it (Auth0 counts requests per IP)', async () => {
    const t = await tenant({ startLimit: 3 });
    const first = await postJson(`${t.url}/passwordless/start`, startBody(), { authorization: basic('conf%:x') });
    assert.equal(first.status, 401);
    assert.equal(first.headers.get('x-ratelimit-remaining'), '2');
    assert.equal((await postJson(`${t.url}/passwordless/start`, startBody())).headers.get('x-ratelimit-remaining'), '1');
  });

  it('a Basic client id that disagrees with the body client_id is refused, not silently preferred', async () => {
    const t = await tenant({ clients: [{ clientId: 'web', secret: 's3cret' }] });
    const code = await sendCode(t);
    const res = await postForm(`${t.url}/oauth/token`, otpBody(code, { client_id: CLIENT }), { authorization: basic('web:s3cret') });
    assert.equal(res.status, 401);
    assert.deepEqual(await json(res), { error: 'invalid_client', error_description: 'The client_id in the body does not match the Authorization header.' });
    const start = await postJson(`${t.url}/passwordless/start`, startBody(), { authorization: basic('web:s3cret') });
    assert.equal(start.status, 401);
    assert.equal((await json(start)).error, 'invalid_client');
    const both = await postForm(`${t.url}/oauth/token`, otpBody(code, { client_id: 'web', client_secret: 's3cret' }), { authorization: basic('web:s3cret') });
    assert.equal(both.status, 401, 'one authentication method per request (RFC 6749 2.3)');
    // The code was never spent: the same client, authenticated once, gets its tokens.
    const ok = await postForm(`${t.url}/oauth/token`, otpBody(code, { client_id: 'web' }), { authorization: basic('web:s3cret') });
    assert.equal(ok.status, 200);
  });

  it('form-decodes the id and secret of a well-formed header (RFC 6749 2.3.1)', async () => {
    const t = await tenant({ clients: [{ clientId: 'web app', secret: 'p@ss:word' }] });
    const code = await sendCode(t);
    const { client_id: _omit, ...body } = otpBody(code);
    const res = await postForm(`${t.url}/oauth/token`, body, { authorization: basic(`web+app:${encodeURIComponent('p@ss:word')}`) });
    assert.equal(res.status, 200);
  });
});
