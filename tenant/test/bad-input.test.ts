import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { json, login, postJson, startBody, tenant, type TestTenant } from './helpers.js';

const raw = (url: string, body: string, contentType: string) => fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });

/**
 * POSTs a body with no Content-Type header at all. fetch() cannot: it adds
 * text/plain to any string body.
 */
function postWithoutContentType(url: string, body: string): Promise<{ status: number; contentType: string | undefined; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
      );
    });
    req.on('error', reject);
    assert.equal(req.getHeader('content-type'), undefined);
    req.end(body);
  });
}

/** Each bad request gets an Auth0-shaped JSON error and the tenant still serves a login after. */
async function stillServing(t: TestTenant) {
  assert.equal((await login(t, 'openid', '+15005550006')).token_type, 'Bearer');
}

describe('bad input', () => {
  it('malformed JSON', async () => {
    const t = await tenant();
    for (const path of ['/passwordless/start', '/oauth/token']) {
      const res = await raw(`${t.url}${path}`, '{"client_id": "sms-lock-demo",', 'application/json');
      assert.equal(res.status, 400);
      assert.deepEqual(await json(res), { error: 'invalid_request', error_description: 'The request body is not valid JSON.' });
    }
    await stillServing(t);
  });

  it('JSON that is not an object', async () => {
    const t = await tenant();
    for (const body of ['[1,2]', '"x"', 'null', '42']) {
      const res = await raw(`${t.url}/passwordless/start`, body, 'application/json');
      assert.equal(res.status, 400, body);
      assert.equal((await json(res)).error_description, 'The request body must be a JSON object.');
    }
    await stillServing(t);
  });

  it('a wrong content type gets 415', async () => {
    const t = await tenant();
    const refused = { error: 'invalid_request', error_description: 'Content-Type must be application/json or application/x-www-form-urlencoded.' };
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await raw(`${t.url}/passwordless/start`, JSON.stringify(startBody()), type);
      assert.equal(res.status, 415, type);
      assert.deepEqual(await json(res), refused);
    }
    const untyped = await postWithoutContentType(`${t.url}/passwordless/start`, JSON.stringify(startBody()));
    assert.equal(untyped.status, 415, 'a body with no Content-Type at all');
    assert.deepEqual(untyped.json, refused);
    assert.equal((await raw(`${t.url}/passwordless/start`, JSON.stringify(startBody()), 'application/json; charset=utf-8')).status, 200);
    await stillServing(t);
  });

  it('a body over 16 KiB gets 413, however large', async () => {
    const t = await tenant();
    const exact = JSON.stringify({ ...startBody(), pad: '' });
    const fits = JSON.stringify({ ...startBody(), pad: 'x'.repeat(16 * 1024 - exact.length) });
    assert.equal(fits.length, 16 * 1024);
    assert.equal((await raw(`${t.url}/passwordless/start`, fits, 'application/json')).status, 400, 'exactly 16 KiB is parsed (and pad is refused)');
    for (const size of [16 * 1024 + 1, 100 * 1024, 3 * 1024 * 1024]) {
      const res = await raw(`${t.url}/passwordless/start`, JSON.stringify({ ...startBody(), pad: 'x'.repeat(size) }), 'application/json');
      assert.equal(res.status, 413, String(size));
      assert.deepEqual(await json(res), { error: 'request_entity_too_large', error_description: 'The request body is larger than 16384 bytes.' });
    }
    await stillServing(t);
  });

  it('a streamed (chunked) body over the limit gets 413 too', async () => {
    const t = await tenant();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${t.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write('x'.repeat(1024));
      req.end();
    });
    assert.equal(status, 413);
    await stillServing(t);
  });

  it('wrong methods get 405 with Allow', async () => {
    const t = await tenant();
    const cases: [string, string, string][] = [
      ['GET', '/passwordless/start', 'POST, OPTIONS'],
      ['PUT', '/oauth/token', 'POST, OPTIONS'],
      ['DELETE', '/userinfo', 'GET, POST, OPTIONS'],
      ['POST', '/.well-known/jwks.json', 'GET, OPTIONS'],
      ['PATCH', '/dev/outbox', 'GET, DELETE, OPTIONS'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await fetch(`${t.url}${path}`, { method });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get('allow'), allow);
      assert.deepEqual(await json(res), { error: 'method_not_allowed', error_description: `${method} is not allowed on ${path}. Allowed: ${allow}.` });
    }
    await stillServing(t);
  });

  it('unknown paths get 404', async () => {
    const t = await tenant();
    for (const path of ['/', '/nope', '/oauth/token/extra', '/dev/faults/x/y', '/%E0%A4%A']) {
      const res = await fetch(`${t.url}${path}`);
      assert.equal(res.status, 404, path);
      assert.equal((await json(res)).error, 'not_found');
    }
    await stillServing(t);
  });

  it('non-string fields and a 10,000-character number', async () => {
    const t = await tenant();
    const start = await postJson(`${t.url}/passwordless/start`, startBody('+' + '9'.repeat(9999)));
    assert.equal(start.status, 400);
    assert.equal((await json(start)).error, 'bad.phone_number');
    const token = await postJson(`${t.url}/oauth/token`, {
      grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
      client_id: 'sms-lock-demo',
      realm: 'sms',
      username: '+' + '9'.repeat(9999),
      otp: '1'.repeat(1000),
    });
    assert.equal(token.status, 400);
    assert.deepEqual(await json(token), { error: 'invalid_request', error_description: 'error in username - String is too long (10000 chars), maximum 128' });
    for (const value of [true, null, 1.5, {}, []]) {
      const res = await postJson(`${t.url}/passwordless/start`, startBody(undefined, { connection: value }));
      assert.equal(res.status, 400, JSON.stringify(value));
      assert.equal((await json(res)).error, 'bad.connection');
    }
    await stillServing(t);
  });

  it('an empty body is a set of missing properties', async () => {
    const t = await tenant();
    const res = await fetch(`${t.url}/passwordless/start`, { method: 'POST' });
    assert.deepEqual(await json(res), { error: 'bad.client_id', error_description: 'Missing required property: client_id' });
  });
});
