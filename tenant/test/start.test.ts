import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, json, postForm, postJson, startBody, tenant } from './helpers.js';

describe('POST /passwordless/start', () => {
  it('issues a code, records it in the outbox and answers like Auth0', async () => {
    const t = await tenant();
    const res = await postJson(`${t.url}/passwordless/start`, startBody(), { 'x-request-language': 'fr' });
    assert.equal(res.status, 200);
    const body = await json(res);
    assert.deepEqual(Object.keys(body).sort(), ['_id', 'phone_number', 'phone_verified', 'request_language']);
    assert.match(body._id, /^[0-9a-f]{24}$/);
    assert.equal(body.phone_number, PHONE);
    assert.equal(body.phone_verified, false);
    assert.equal(body.request_language, 'fr');
    const [message] = t.outbox.messages(PHONE);
    assert.match(message.code, /^\d{6}$/);
    assert.equal(message.text, `Your verification code is ${message.code}\n\n@localhost #${message.code}`);
  });

  it('takes form-encoded bodies too', async () => {
    const t = await tenant();
    const res = await postForm(`${t.url}/passwordless/start`, { client_id: 'sms-lock-demo', connection: 'sms', phone_number: PHONE, send: 'code' });
    assert.equal(res.status, 200);
    assert.equal(t.outbox.messages().length, 1);
  });

  it('treats a missing send as code, keeps _id stable, and honours codeLength', async () => {
    const t = await tenant({ codeLength: 8 });
    const a = await json(await postJson(`${t.url}/passwordless/start`, startBody(PHONE, { send: undefined })));
    const b = await json(await postJson(`${t.url}/passwordless/start`, startBody()));
    assert.equal(a._id, b._id);
    assert.match(t.outbox.last(PHONE)!.code, /^\d{8}$/);
  });

  const errors: [string, Record<string, unknown>, number, string, string][] = [
    ['missing client_id', { client_id: undefined }, 400, 'bad.client_id', 'Missing required property: client_id'],
    ['non-string client_id', { client_id: 42 }, 400, 'bad.client_id', 'error in client_id - invalid type: integer (expected string)'],
    ['unknown client', { client_id: 'nope' }, 401, 'invalid_client', 'Unknown client.'],
    ['missing connection', { connection: undefined }, 400, 'bad.connection', 'Missing required property: connection'],
    ['unknown connection', { connection: 'email' }, 400, 'bad.connection', 'Connection does not exist'],
    ['missing phone_number', { phone_number: undefined }, 400, 'bad.phone_number', 'Missing required property: phone_number'],
    ['number without +', { phone_number: '14155550100' }, 400, 'bad.phone_number', 'String does not match pattern: ^\\+[0-9]{1,15}$'],
    ['16 digits', { phone_number: '+1234567890123456' }, 400, 'bad.phone_number', 'String does not match pattern: ^\\+[0-9]{1,15}$'],
    [
      '10,000-character number',
      { phone_number: '+' + '1'.repeat(9999) },
      400,
      'bad.phone_number',
      'error in phone_number - String is too long (10000 chars), maximum 32',
    ],
    ['numeric phone_number', { phone_number: 14155550100 }, 400, 'bad.phone_number', 'error in phone_number - invalid type: integer (expected string)'],
    ['object phone_number', { phone_number: { n: 1 } }, 400, 'bad.phone_number', 'error in phone_number - invalid type: object (expected string)'],
    ['unknown properties', { foo: 1, bar: 2 }, 400, 'bad.request', 'the following properties are not allowed: foo, bar'],
    ['authParams not an object', { authParams: 'x' }, 400, 'bad.authParams', 'error in authParams - invalid type: string (expected object)'],
    ['send=link', { send: 'link' }, 400, 'bad.send', 'error in send - for the sms connection only "code" is supported, got "link"'],
  ];
  for (const [name, change, status, error, description] of errors) {
    it(`refuses ${name}: ${status} ${error}`, async () => {
      const t = await tenant();
      const res = await postJson(`${t.url}/passwordless/start`, startBody(PHONE, change));
      assert.equal(res.status, status);
      assert.deepEqual(await json(res), { error, error_description: description });
      assert.ok(res.headers.get('x-ratelimit-limit'), 'rate-limit headers on errors too');
      assert.equal(t.outbox.messages().length, 0);
    });
  }

  it('accepts authParams as an object', async () => {
    const t = await tenant();
    const res = await postJson(`${t.url}/passwordless/start`, startBody(PHONE, { authParams: { scope: 'openid' } }));
    assert.equal(res.status, 200);
  });

  it('requires the secret of a confidential client', async () => {
    const t = await tenant({ clients: [{ clientId: 'web', secret: 's3cret' }] });
    const missing = await postJson(`${t.url}/passwordless/start`, startBody(PHONE, { client_id: 'web' }));
    assert.equal(missing.status, 401);
    assert.equal((await json(missing)).error, 'invalid_client');
    const wrong = await postJson(`${t.url}/passwordless/start`, startBody(PHONE, { client_id: 'web', client_secret: 'nope' }));
    assert.deepEqual(await json(wrong), { error: 'invalid_client', error_description: 'Invalid client credentials.' });
    const right = await postJson(`${t.url}/passwordless/start`, startBody(PHONE, { client_id: 'web', client_secret: 's3cret' }));
    assert.equal(right.status, 200);
  });

  it('sends for a client without the OTP grant (the token endpoint refuses it)', async () => {
    const t = await tenant();
    const res = await postJson(`${t.url}/passwordless/start`, startBody(PHONE, { client_id: 'sms-lock-no-otp' }));
    assert.equal(res.status, 200);
  });

  it('rate-limits per IP with x-ratelimit-* and Retry-After, and refills over the hour', async () => {
    const t = await tenant({ startLimit: 3 });
    const seen: [number, string | null][] = [];
    for (let i = 0; i < 3; i++) {
      const res = await postJson(`${t.url}/passwordless/start`, startBody());
      seen.push([res.status, res.headers.get('x-ratelimit-remaining')]);
    }
    assert.deepEqual(seen, [
      [200, '2'],
      [200, '1'],
      [200, '0'],
    ]);
    const limited = await postJson(`${t.url}/passwordless/start`, startBody());
    assert.equal(limited.status, 429);
    assert.equal((await json(limited)).error, 'too_many_requests');
    assert.equal(limited.headers.get('x-ratelimit-limit'), '3');
    assert.equal(limited.headers.get('x-ratelimit-remaining'), '0');
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.equal(retryAfter, 1200, 'one request per 20 minutes at 3 per hour');
    const reset = Number(limited.headers.get('x-ratelimit-reset'));
    assert.ok(reset > Date.now() / 1000 && reset <= Date.now() / 1000 + 3601);
    assert.equal(t.outbox.messages().length, 3);
    t.advance(retryAfter);
    assert.equal((await postJson(`${t.url}/passwordless/start`, startBody())).status, 200);
    assert.equal((await postJson(`${t.url}/passwordless/start`, startBody())).status, 429);
  });
});
