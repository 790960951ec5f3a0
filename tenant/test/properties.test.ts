// Property-based tests: generated requests against every endpoint. Whatever a
// client sends, the tenant answers below 500, keeps serving, and issues no
// token without the real code. Seeded and bounded, so a run is repeatable.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import fc from 'fast-check';
import { CLIENT, OTP, PHONE, json, otpBody, postForm, postJson, sendCode, tenant, type TestTenant } from './helpers.js';

const SEED = 20261130;

const PATHS = [
  '/passwordless/start',
  '/oauth/token',
  '/co/authenticate',
  '/authorize',
  '/oauth/revoke',
  '/v2/logout',
  '/userinfo',
  '/.well-known/openid-configuration',
  '/.well-known/jwks.json',
  '/dev/outbox',
  '/dev/outbox.html',
  '/dev/faults',
  '/dev/faults/1',
  '/login/sms-lock.min.js',
  '/',
  '/nope',
];
const PARAMS = [
  'client_id',
  'client_secret',
  'connection',
  'phone_number',
  'send',
  'authParams',
  'grant_type',
  'username',
  'otp',
  'realm',
  'scope',
  'audience',
  'refresh_token',
  'redirect_uri',
  'code',
  'code_verifier',
  'credential_type',
  'token',
  'response_type',
  'response_mode',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
  'login_ticket',
  'prompt',
  'returnTo',
  'path',
  'status',
  'headers',
  'delayMs',
];
const GRANTS = [OTP, 'refresh_token', 'authorization_code', 'password'];

const paramName = fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 12 }));
const scalar = fc.oneof(
  fc.constantFrom(CLIENT, 'sms', 'code', PHONE, ...GRANTS, 'http://localhost:3000/cb', 'S256', 'openid offline_access'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^[0-9]{6}$/),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof({ weight: 4, arbitrary: scalar }, fc.array(scalar, { maxLength: 3 }), fc.dictionary(paramName, scalar, { maxKeys: 3 }));
const fields = fc.dictionary(paramName, value, { maxKeys: 8 });

/** A body: JSON (sometimes with a repeated key), a form, or any text, with a matching or mismatched Content-Type. */
const body = fc.oneof(
  fields.map((f) => ({ type: 'application/json', text: JSON.stringify(f) })),
  fc.tuple(fields, paramName, scalar).map(([f, k, v]) => ({
    type: 'application/json',
    text: JSON.stringify(f)
      .replace(/^\{/, `{${JSON.stringify(k)}:${JSON.stringify(v)},`)
      .replace(/,\}$/, '}'),
  })),
  fc.array(fc.tuple(paramName, fc.string({ maxLength: 30 })), { maxLength: 8 }).map((pairs) => ({
    type: 'application/x-www-form-urlencoded',
    text: pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
  })),
  fc.record({
    type: fc.option(
      fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', 'application/json; charset=latin1', 'multipart/form-data'),
      { nil: undefined },
    ),
    text: fc.string({ unit: 'binary', maxLength: 200 }),
  }),
);

const query = fc.array(
  fc.tuple(paramName, fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(CLIENT, 'code', 'http://localhost:3000/cb', 'S256', 'none', 'web_message'))),
  { maxLength: 8 },
);
const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,60}$/);
const headers = fc.record(
  {
    authorization: fc.oneof(
      headerValue,
      fc.string({ maxLength: 30 }).map((s) => `Basic ${Buffer.from(s).toString('base64')}`),
      headerValue.map((s) => `Bearer ${s}`),
    ),
    cookie: fc.oneof(headerValue, fc.constant('auth0=x; auth0_co_verifier_compat=y')),
    origin: fc.constantFrom('http://localhost:3000', 'http://127.0.0.1:5173', 'https://evil.example', 'null'),
    'x-request-language': headerValue,
  },
  { requiredKeys: [] },
);
const requestArb = fc.record({
  method: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'DELETE', 'PUT', 'OPTIONS', 'HEAD', 'PATCH'),
  path: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...PATHS) },
    fc.string({ maxLength: 20 }).map((s) => `/${encodeURIComponent(s)}`),
  ),
  query,
  body: fc.option(body, { nil: undefined }),
  headers,
});
type GeneratedRequest = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

/** Sends one generated request with node:http (fetch would add or refuse headers on its own). */
function send(t: TestTenant, r: GeneratedRequest): Promise<{ status: number; text: string }> {
  const q = r.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  const url = new URL(`${t.url}${r.path}${q ? `?${q}` : ''}`);
  const h: Record<string, string | number> = { ...r.headers };
  const payload = r.body ? Buffer.from(r.body.text, 'utf8') : undefined;
  if (payload) {
    if (r.body!.type) h['content-type'] = r.body!.type;
    h['content-length'] = payload.length;
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method: r.method, headers: h }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

describe('properties', () => {
  it('generated requests to every endpoint never get a 5xx, never crash the tenant, and never get tokens or tickets', async () => {
    const t = await tenant();
    await fc.assert(
      fc.asyncProperty(requestArb, async (r) => {
        // A generated POST /dev/faults may store a fault; none outlives its request.
        t.clearFaults();
        const res = await send(t, r);
        assert.ok(res.status < 500, `${res.status} for ${r.method} ${r.path}: ${res.text.slice(0, 200)}`);
        if (r.path === '/oauth/token' || r.path === '/co/authenticate') {
          assert.notEqual(res.status, 200, `no code was ever sent, yet ${r.path} answered ${res.text.slice(0, 200)}`);
          assert.doesNotMatch(res.text, /access_token|login_ticket/);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
    t.clearFaults();
    assert.equal((await fetch(`${t.url}/.well-known/jwks.json`)).status, 200, 'still serving');
    assert.equal((await postJson(`${t.url}/passwordless/start`, { client_id: CLIENT, connection: 'sms', phone_number: PHONE })).status, 200);
  });

  it('an OTP grant or /co/authenticate with any code but the real one never succeeds; the real one then does', async () => {
    const t = await tenant({ startLimit: 100000, bruteForceLimit: 100000, suspiciousIpLimit: 100000 });
    const guess = fc.oneof(fc.stringMatching(/^[0-9]{6}$/), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }));
    await fc.assert(
      fc.asyncProperty(guess, fc.boolean(), fc.boolean(), async (otp, form, crossOrigin) => {
        const code = await sendCode(t);
        fc.pre(otp !== code);
        const res = crossOrigin
          ? await postJson(`${t.url}/co/authenticate`, { client_id: CLIENT, username: PHONE, otp, realm: 'sms', credential_type: OTP })
          : await (form ? postForm : postJson)(`${t.url}/oauth/token`, otpBody(otp));
        const text = await res.text();
        assert.ok(res.status === 400 || res.status === 403, `${res.status}: ${text}`);
        assert.doesNotMatch(text, /access_token|login_ticket/);
      }),
      { seed: SEED, numRuns: 200 },
    );
    const code = await sendCode(t);
    const res = await postForm(`${t.url}/oauth/token`, otpBody(code));
    assert.equal(res.status, 200);
    assert.ok((await json(res)).access_token);
  });
});
