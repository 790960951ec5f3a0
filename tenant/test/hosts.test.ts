// DNS rebinding: the tenant answers only requests whose Host header is its own
// (127.0.0.1, localhost or [::1] with its port, its --host, the host of its
// public URL); anything else gets a 403 access_denied on every path. fetch
// cannot set Host, so these requests go through node:http (or a raw socket).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { startBody, tenant, type TestTenant } from './helpers.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request to the tenant with the given Host header (undefined: none at all). */
function send(
  t: TestTenant,
  host: string,
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const { hostname, port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers: { ...headers, host }, agent: false }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** An HTTP/1.0 request with no Host header at all. */
function sendWithoutHost(t: TestTenant, path: string): Promise<string> {
  const { hostname, port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`GET ${path} HTTP/1.0\r\n\r\n`));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

const port = (t: TestTenant) => new URL(t.url).port;

function assertRefused(answer: Answer, what: string) {
  assert.equal(answer.status, 403, what);
  assert.match(String(answer.headers['content-type']), /^application\/json/, what);
  const body = JSON.parse(answer.body);
  assert.deepEqual(Object.keys(body).sort(), ['error', 'error_description'], what);
  assert.equal(body.error, 'access_denied', what);
  assert.match(body.error_description, /is not this tenant/, what);
}

describe('Host check (DNS rebinding)', () => {
  it('answers its own host names with its port, in any case', async () => {
    const t = await tenant();
    for (const name of ['127.0.0.1', 'localhost', '[::1]', 'LocalHost']) {
      const res = await send(t, `${name}:${port(t)}`, '/dev/outbox');
      assert.equal(res.status, 200, name);
      assert.deepEqual(JSON.parse(res.body), { messages: [] });
    }
  });

  it('refuses any other Host with 403 access_denied, on every path and method, and acts on nothing', async () => {
    const t = await tenant();
    const p = port(t);
    const json = { 'content-type': 'application/json' };
    const requests: [string, Parameters<typeof send>[3]][] = [
      ['/dev/outbox', {}],
      ['/dev/outbox.html', {}],
      ['/dev/outbox', { method: 'DELETE' }],
      ['/dev/faults', { method: 'POST', headers: json, body: JSON.stringify({ path: '/oauth/token', status: 500 }) }],
      ['/passwordless/start', { method: 'POST', headers: json, body: JSON.stringify(startBody()) }],
      ['/passwordless/start', { method: 'OPTIONS', headers: { origin: `http://evil.example:${p}`, 'access-control-request-method': 'POST' } }],
      ['/.well-known/openid-configuration', {}],
      ['/authorize?client_id=sms-lock-demo', {}],
      ['/no/such/path', {}],
    ];
    for (const host of [
      `evil.example:${p}`,
      'evil.example',
      `localhost.evil.example:${p}`,
      `127.0.0.1.nip.io:${p}`,
      `localhost:${Number(p) + 1}`,
      `127.0.0.1:${Number(p) + 1}`,
      'localhost',
      `localhost.:${p}`,
      `user@127.0.0.1:${p}`,
    ]) {
      for (const [path, init] of requests) assertRefused(await send(t, host, path, init), `${init?.method ?? 'GET'} ${path} with Host ${host}`);
    }
    assert.equal(t.outbox.messages().length, 0, 'no SMS was sent');
    const faults = await send(t, `127.0.0.1:${p}`, '/dev/faults');
    assert.deepEqual(JSON.parse(faults.body).faults, [], 'no fault was added');
  });

  it('refuses a request without a Host header', async () => {
    const t = await tenant();
    const raw = await sendWithoutHost(t, '/dev/outbox');
    assert.match(raw, /^HTTP\/1\.[01] 403 /);
    assert.match(raw, /"error":"access_denied"/);
  });

  it('an allowed web origin can still read the refusal', async () => {
    const t = await tenant();
    const res = await send(t, `rebound.example:${port(t)}`, '/dev/outbox', { headers: { origin: 'http://localhost:5173' } });
    assertRefused(res, 'allowed origin');
    assert.equal(res.headers['access-control-allow-origin'], 'http://localhost:5173');
  });

  it('answers the host of publicUrl (with or without its default port), and only that', async () => {
    const t = await tenant({ publicUrl: 'https://tenant.sms-lock.test' });
    for (const host of ['tenant.sms-lock.test', 'tenant.sms-lock.test:443', `127.0.0.1:${port(t)}`]) {
      assert.equal((await send(t, host, '/.well-known/openid-configuration')).status, 200, host);
    }
    for (const host of [`tenant.sms-lock.test:${port(t)}`, 'tenant.sms-lock.test:8443', 'other.sms-lock.test', 'evil.example']) {
      assertRefused(await send(t, host, '/.well-known/openid-configuration'), host);
    }
    const withPort = await tenant({ publicUrl: 'http://devbox.test:8080/' });
    assert.equal((await send(withPort, 'devbox.test:8080', '/dev/outbox')).status, 200);
    assertRefused(await send(withPort, 'devbox.test', '/dev/outbox'), 'devbox.test without its port');
  });

  it('answers its configured --host; on a wildcard address, any IP address with its port', async () => {
    const named = await tenant({ host: 'localhost' });
    assert.equal((await send(named, `localhost:${port(named)}`, '/dev/outbox')).status, 200);

    const any = await tenant({ host: '0.0.0.0' });
    const p = port(any);
    for (const host of [`127.0.0.1:${p}`, `192.0.2.7:${p}`, `[2001:db8::7]:${p}`, `localhost:${p}`]) {
      assert.equal((await send(any, host, '/dev/outbox')).status, 200, host);
    }
    for (const host of [`192.0.2.7:${Number(p) + 1}`, '192.0.2.7', `devbox.example:${p}`]) {
      assertRefused(await send(any, host, '/dev/outbox'), host);
    }
  });
});
