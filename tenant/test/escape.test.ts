// The escaping the tenant's modules share (src/escape.ts): one HTML escape for
// every page, one wildcard matcher for allowed web origins and callback URLs.
// Each is checked on its own and then over HTTP wherever it is used.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { escapeHtml, wildcardPattern } from '../src/escape.js';
import { tenant } from './helpers.js';

const challenge = () => createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');

const NAME = `<b onclick="x">Tom & Jerry's</b>`;
const ESCAPED = '&#60;b onclick=&#34;x&#34;&#62;Tom &#38; Jerry&#39;s&#60;/b&#62;';

describe('shared escaping', () => {
  it('escapeHtml escapes the five HTML metacharacters', () => {
    assert.equal(escapeHtml(NAME), ESCAPED);
    assert.equal(escapeHtml('plain +1 415'), 'plain +1 415');
  });

  it('wildcardPattern: * is one subdomain label, the rest is literal, case-insensitive', () => {
    const re = wildcardPattern('https://*.preview.example.com');
    assert.ok(re.test('https://pr-12.preview.example.com'));
    assert.ok(re.test('HTTPS://PR-12.Preview.Example.com'));
    assert.ok(!re.test('https://a.b.preview.example.com'));
    assert.ok(!re.test('https://.preview.example.com'));
    assert.ok(!re.test('https://x.preview-example.com'), 'the dot is literal');
    assert.ok(!re.test('https://x.preview.example.com.evil.test'), 'anchored');
    assert.ok(!wildcardPattern('http://a(b)+.test').test('http://aab.test'), 'metacharacters are literal');
  });

  it('the outbox page and the hosted login page escape a client name the same way', async () => {
    const t = await tenant({ clients: [{ clientId: 'odd-app', name: NAME }] });
    const outbox = await (await fetch(`${t.url}/dev/outbox.html`)).text();
    assert.ok(outbox.includes(ESCAPED));
    assert.ok(!outbox.includes(NAME));
    const q = new URLSearchParams({
      client_id: 'odd-app',
      response_type: 'code',
      redirect_uri: 'http://localhost:3000/cb',
      code_challenge: challenge(),
      code_challenge_method: 'S256',
    });
    const login = await (await fetch(`${t.url}/authorize?${q}`)).text();
    assert.ok(login.includes(`Signing in to <strong>${ESCAPED}</strong>`));
    assert.ok(!login.includes(NAME));
  });

  it('allowed origins (CORS) and callback URLs (/authorize) read a wildcard the same way', async () => {
    const pattern = 'https://*.preview.example.com';
    const t = await tenant({ allowedOrigins: [pattern], callbacks: [`${pattern}/cb`] });
    for (const [host, allowed] of [
      ['pr-12.preview.example.com', true],
      ['PR-12.Preview.Example.com', true],
      ['a.b.preview.example.com', false],
      ['x.preview-example.com', false],
    ] as const) {
      const preflight = await fetch(`${t.url}/oauth/token`, {
        method: 'OPTIONS',
        headers: { origin: `https://${host}`, 'access-control-request-method': 'POST' },
      });
      assert.equal(preflight.status, allowed ? 204 : 403, `origin ${host}`);
      const q = new URLSearchParams({
        client_id: 'sms-lock-demo',
        response_type: 'code',
        redirect_uri: `https://${host}/cb`,
        code_challenge: challenge(),
        code_challenge_method: 'S256',
        prompt: 'none',
      });
      const res = await fetch(`${t.url}/authorize?${q}`, { redirect: 'manual' });
      // An allowed callback gets the answer (login_required) by redirect; any other an error page.
      assert.equal(res.status, allowed ? 302 : 400, `callback ${host}`);
    }
  });
});
