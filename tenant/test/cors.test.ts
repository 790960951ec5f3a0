import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { postJson, startBody, tenant } from './helpers.js';

const preflight = (url: string, origin: string, method = 'POST') =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type' } });

describe('CORS (Allowed Web Origins)', () => {
  for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8000', 'http://localhost']) {
    it(`allows ${origin} by default, exposing the rate-limit headers`, async () => {
      const t = await tenant();
      const res = await postJson(`${t.url}/passwordless/start`, startBody(), { origin });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), origin);
      assert.equal(res.headers.get('vary'), 'Origin');
      const exposed = (res.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/,\s*/);
      for (const h of ['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) assert.ok(exposed.includes(h), h);
    });
  }

  it('answers a preflight with the methods and headers of the endpoint', async () => {
    const t = await tenant();
    const res = await preflight(`${t.url}/passwordless/start`, 'http://localhost:5173');
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.equal(res.headers.get('access-control-allow-methods'), 'POST, OPTIONS');
    const headers = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of ['content-type', 'authorization', 'auth0-client', 'x-request-language']) assert.ok(headers.includes(h), h);
    const userinfo = await preflight(`${t.url}/userinfo`, 'http://localhost:5173', 'GET');
    assert.equal(userinfo.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
    const outbox = await preflight(`${t.url}/dev/outbox`, 'http://localhost:5173', 'GET');
    assert.equal(outbox.headers.get('access-control-allow-methods'), 'GET, DELETE, OPTIONS');
  });

  it('refuses other origins: no CORS headers, 403 preflight, 403 simple POST, nothing sent', async () => {
    const t = await tenant();
    for (const origin of ['https://evil.example', 'http://localhost.evil.example:80', 'https://localhost:5173', 'null']) {
      const pre = await preflight(`${t.url}/passwordless/start`, origin);
      assert.equal(pre.status, 403, origin);
      assert.equal(pre.headers.get('access-control-allow-origin'), null);
      const post = await fetch(`${t.url}/passwordless/start`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(startBody() as Record<string, string>).toString(),
      });
      assert.equal(post.status, 403);
      assert.equal(post.headers.get('access-control-allow-origin'), null);
      assert.equal(((await post.json()) as { error: string }).error, 'access_denied');
      const get = await fetch(`${t.url}/dev/outbox`, { headers: { origin } });
      assert.equal(get.status, 200, 'reads still answer, but the browser cannot read them');
      assert.equal(get.headers.get('access-control-allow-origin'), null);
    }
    assert.equal(t.outbox.messages().length, 0);
  });

  it('allows configured origins, with * as a subdomain wildcard', async () => {
    const t = await tenant({ allowedOrigins: ['https://app.example.com', 'https://*.preview.example.com/'] });
    for (const [origin, allowed] of [
      ['https://app.example.com', true],
      ['https://pr-12.preview.example.com', true],
      ['https://a.b.preview.example.com', false],
      ['https://app.example.com.evil.test', false],
    ] as const) {
      const res = await preflight(`${t.url}/oauth/token`, origin);
      assert.equal(res.status, allowed ? 204 : 403, origin);
    }
  });

  it('CORS headers also on errors, 404s and injected faults', async () => {
    const t = await tenant();
    const origin = 'http://localhost:5173';
    const bad = await postJson(`${t.url}/passwordless/start`, {}, { origin });
    assert.equal(bad.status, 400);
    assert.equal(bad.headers.get('access-control-allow-origin'), origin);
    const missing = await fetch(`${t.url}/nope`, { headers: { origin } });
    assert.equal(missing.headers.get('access-control-allow-origin'), origin);
    t.injectFault({ path: '/oauth/token', status: 503 });
    const fault = await postJson(`${t.url}/oauth/token`, {}, { origin });
    assert.equal(fault.status, 503);
    assert.equal(fault.headers.get('access-control-allow-origin'), origin);
  });
});
