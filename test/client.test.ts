// The headless client against a real local tenant over HTTP. Failures come
// from the tenant's fault injection; where a test needs an answer the tenant
// never gives (a 204, a doctored ID token), it rewrites the real response
// through the client's `fetch` option.
import { expect } from '@open-wc/testing';
import { PasswordlessClient, PasswordlessError, resolveDomain } from '../src/client.js';
import type { PasswordlessClientOptions } from '../src/client.js';
import { startTestTenant } from './tenant-helper.js';
import type { TestTenant } from './tenant-helper.js';

const CLIENT_ID = 'sms-lock-demo';
const PHONE = '+14155550100';

async function rejection(promise: Promise<unknown>): Promise<PasswordlessError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PasswordlessError);
    return error as PasswordlessError;
  }
  throw new Error('expected the call to fail');
}

function expectConfigurationError(domain: string) {
  let thrown: unknown;
  try {
    resolveDomain(domain);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, domain).to.be.instanceOf(PasswordlessError);
  const error = thrown as PasswordlessError;
  expect(error.kind).to.equal('configuration');
  expect(error.error).to.equal('invalid_domain');
  expect(error.status).to.equal(0);
  if (domain.includes('@')) expect(error.message).not.to.contain('secret');
  else expect(error.message).to.contain(domain.trim());
}

interface RecordedRequest {
  url: string;
  init: RequestInit;
  body: Record<string, unknown>;
  headers: Headers;
}

/** A fetch that passes through to the real one and remembers what was sent. */
function recordingFetch(requests: RecordedRequest[], rewrite?: (response: Response, url: string) => Promise<Response>): typeof fetch {
  return async (input, init = {}) => {
    const url = String(input);
    requests.push({ url, init, body: JSON.parse(String(init.body)), headers: new Headers(init.headers) });
    const response = await fetch(input, init);
    return rewrite ? rewrite(response, url) : response;
  };
}

const base64url = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};
const decodeClaims = (jwt: string) =>
  JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))));

/** Rewrites the claims of the ID token in the tenant's real token response (the signature no longer matches, which the client does not check). */
function doctorIdToken(change: (claims: Record<string, unknown>) => void): typeof fetch {
  return recordingFetch([], async (response, url) => {
    if (!url.endsWith('/oauth/token') || !response.ok) return response;
    const body = await response.json();
    const [header, , signature] = body.id_token.split('.');
    const claims = decodeClaims(body.id_token);
    change(claims);
    body.id_token = `${header}.${base64url(JSON.stringify(claims))}.${signature}`;
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  });
}

describe('resolveDomain', () => {
  it('implies https for a bare host name', () => {
    expect(resolveDomain('example.us.auth0.com')).to.equal('https://example.us.auth0.com');
    expect(resolveDomain('  Example.US.auth0.com ')).to.equal('https://example.us.auth0.com');
    expect(resolveDomain('login.example.com:8443')).to.equal('https://login.example.com:8443');
  });

  it('keeps a full https origin, with or without a trailing slash', () => {
    expect(resolveDomain('https://login.example.com')).to.equal('https://login.example.com');
    expect(resolveDomain('https://login.example.com/')).to.equal('https://login.example.com');
  });

  it('accepts plain http for loopback hosts only', () => {
    expect(resolveDomain('http://127.0.0.1:4000')).to.equal('http://127.0.0.1:4000');
    expect(resolveDomain('http://127.8.9.10')).to.equal('http://127.8.9.10');
    expect(resolveDomain('http://localhost:3000/')).to.equal('http://localhost:3000');
    expect(resolveDomain('http://[::1]:4000')).to.equal('http://[::1]:4000');
  });

  it('rejects plain http for any other host', () => {
    for (const domain of ['http://example.us.auth0.com', 'http://192.168.1.20:4000', 'http://localhost.example.com', 'http://128.0.0.1']) {
      expectConfigurationError(domain);
    }
  });

  it('rejects garbage, other schemes, paths, queries and credentials', () => {
    for (const domain of [
      '',
      '   ',
      'not a domain',
      'https://',
      'ftp://example.com',
      'javascript:alert(1)',
      'example.com/authorize',
      'https://example.com/a',
      'example.com?x=1',
      'example.com?',
      'example.com#top',
      'https://user:secret@example.com',
      'user:secret@example.com',
      'user@example.com',
    ]) {
      expectConfigurationError(domain);
    }
  });

  it('makes the constructor throw the same configuration error', () => {
    expect(() => new PasswordlessClient({ domain: 'http://example.com', clientId: CLIENT_ID }))
      .to.throw(PasswordlessError)
      .with.property('kind', 'configuration');
    expect(() => new PasswordlessClient({ domain: 'http://127.0.0.1:4000', clientId: '' }))
      .to.throw(PasswordlessError)
      .with.property('kind', 'configuration');
    expect(new PasswordlessClient({ domain: 'example.us.auth0.com', clientId: CLIENT_ID }).origin).to.equal('https://example.us.auth0.com');
  });
});

describe('PasswordlessClient', () => {
  let tenant: TestTenant;
  const client = (options: Partial<PasswordlessClientOptions> = {}) => new PasswordlessClient({ domain: tenant.url, clientId: CLIENT_ID, ...options });
  const signIn = async (passwordless: PasswordlessClient, phone = PHONE) => {
    await passwordless.start(phone);
    return passwordless.login(phone, await tenant.lastCode(phone));
  };

  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    await tenant.stop();
  });

  describe('start', () => {
    it('sends an SMS with a code to the number', async () => {
      expect(await client().start(PHONE)).to.deep.equal({ phoneNumber: PHONE });
      const messages = await tenant.outbox(PHONE);
      expect(messages).to.have.length(1);
      expect(messages[0].to).to.equal(PHONE);
      expect(messages[0].code).to.match(/^\d{6}$/);
    });

    it('POSTs JSON to /passwordless/start with the language header', async () => {
      const requests: RecordedRequest[] = [];
      await client({ fetch: recordingFetch(requests), language: 'fr' }).start(PHONE);
      expect(requests).to.have.length(1);
      const [{ url, init, body, headers }] = requests;
      expect(url).to.equal(`${tenant.url}/passwordless/start`);
      expect(init.method).to.equal('POST');
      expect(headers.get('content-type')).to.equal('application/json');
      expect(headers.get('x-request-language')).to.equal('fr');
      expect(body).to.deep.equal({ client_id: CLIENT_ID, connection: 'sms', phone_number: PHONE, send: 'code' });
    });

    it('does not depend on the success body (204 No Content)', async () => {
      const noContent = recordingFetch([], async () => new Response(null, { status: 204 }));
      expect(await client({ fetch: noContent }).start(PHONE)).to.deep.equal({ phoneNumber: PHONE });
    });

    it('reports a malformed number as invalid-phone', async () => {
      const error = await rejection(client().start('+1 415 555'));
      expect(error.error).to.equal('bad.phone_number');
      expect(error.kind).to.equal('invalid-phone');
      expect(error.status).to.equal(400);
      expect(error.errorDescription).to.be.a('string').with.length.above(0);
      expect(await tenant.outbox()).to.have.length(0);
    });

    it('reports an unknown client id as a configuration error', async () => {
      const error = await rejection(client({ clientId: 'no-such-client' }).start(PHONE));
      expect(error.kind).to.equal('configuration');
      expect(['bad.client_id', 'invalid_client']).to.include(error.error);
      expect(error.status).to.be.within(400, 401);
    });

    it('reports an unknown connection as a configuration error', async () => {
      const error = await rejection(client({ connection: 'no-such-connection' }).start(PHONE));
      expect(error.error).to.equal('bad.connection');
      expect(error.kind).to.equal('configuration');
    });

    it('reports the start limit as rate-limited with the wait', async () => {
      await tenant.stop();
      tenant = await startTestTenant({ startLimit: 2 });
      const passwordless = client();
      await passwordless.start('+14155550101');
      await passwordless.start('+14155550102');
      const error = await rejection(passwordless.start('+14155550103'));
      expect(error.error).to.equal('too_many_requests');
      expect(error.kind).to.equal('rate-limited');
      expect(error.status).to.equal(429);
      expect(error.retryAfter).to.be.a('number').within(1, 3600);
      expect(await tenant.outbox()).to.have.length(2);
    });

    it('sends one SMS for identical calls in flight, and a new one after', async () => {
      const passwordless = client();
      const first = passwordless.start(PHONE);
      const second = passwordless.start(PHONE);
      expect(second).to.equal(first);
      await Promise.all([first, second]);
      expect(await tenant.outbox(PHONE)).to.have.length(1);
      await passwordless.start(PHONE);
      expect(await tenant.outbox(PHONE)).to.have.length(2);
    });

    it('sends nothing when the signal is already aborted, rejecting with its reason', async () => {
      const controller = new AbortController();
      controller.abort();
      let thrown: unknown;
      try {
        await client().start(PHONE, { signal: controller.signal });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(DOMException).with.property('name', 'AbortError');
      expect(await tenant.outbox()).to.have.length(0);
    });
  });

  describe('login', () => {
    it('exchanges the code for tokens and the profile', async () => {
      const result = await signIn(client());
      expect(result.accessToken).to.be.a('string').with.length.above(0);
      expect(result.idToken.split('.')).to.have.length(3);
      expect(result.refreshToken).to.be.a('string').with.length.above(0);
      expect(result.tokenType).to.equal('Bearer');
      expect(result.expiresIn).to.be.a('number').above(0);
      expect(result.scope).to.contain('phone');
      expect(result.profile.sub).to.match(/^sms\|/);
      expect(result.profile.phone_number).to.equal(PHONE);
      expect(result.profile.iss).to.equal(`${tenant.url}/`);
      expect(result.profile.aud).to.equal(CLIENT_ID);
    });

    it('POSTs the Passwordless OTP grant as JSON to /oauth/token', async () => {
      const requests: RecordedRequest[] = [];
      const passwordless = client({ fetch: recordingFetch(requests), audience: 'https://api.example.com', scope: 'profile phone' });
      await passwordless.start(PHONE);
      const code = await tenant.lastCode(PHONE);
      const result = await passwordless.login(PHONE, code);
      const { url, init, body, headers } = requests[1];
      expect(url).to.equal(`${tenant.url}/oauth/token`);
      expect(init.method).to.equal('POST');
      expect(headers.get('content-type')).to.equal('application/json');
      expect(body).to.deep.equal({
        grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
        client_id: CLIENT_ID,
        username: PHONE,
        otp: code,
        realm: 'sms',
        scope: 'openid profile phone',
        audience: 'https://api.example.com',
      });
      expect(result.refreshToken).to.equal(undefined);
    });

    it('reports a wrong code as invalid-code, and the right code still works', async () => {
      const passwordless = client();
      await passwordless.start(PHONE);
      const code = await tenant.lastCode(PHONE);
      const wrong = code === '000000' ? '111111' : '000000';
      const error = await rejection(passwordless.login(PHONE, wrong));
      expect(error.error).to.equal('invalid_grant');
      expect(error.kind).to.equal('invalid-code');
      expect(error.status).to.equal(403);
      expect(error.errorDescription).to.equal('Wrong phone number or verification code.');
      expect((await passwordless.login(PHONE, code)).profile.phone_number).to.equal(PHONE);
    });

    it('reports an expired code as invalid-code', async () => {
      const passwordless = client();
      await passwordless.start(PHONE);
      const code = await tenant.lastCode(PHONE);
      await tenant.advanceClock(181);
      const error = await rejection(passwordless.login(PHONE, code));
      expect(error.error).to.equal('invalid_grant');
      expect(error.kind).to.equal('invalid-code');
    });

    it('reports a used code as invalid-code', async () => {
      const passwordless = client();
      await passwordless.start(PHONE);
      const code = await tenant.lastCode(PHONE);
      await passwordless.login(PHONE, code);
      expect((await rejection(passwordless.login(PHONE, code))).kind).to.equal('invalid-code');
    });

    it('reports brute-force protection as too-many-attempts', async () => {
      const passwordless = client();
      await passwordless.start(PHONE);
      const code = await tenant.lastCode(PHONE);
      const kinds: string[] = [];
      for (let attempt = 0; attempt < 15 && !kinds.includes('too-many-attempts'); attempt++) {
        const wrong = String((Number(code) + attempt + 1) % 1_000_000).padStart(6, '0');
        const error = await rejection(passwordless.login(PHONE, wrong));
        kinds.push(error.kind);
        if (error.kind === 'too-many-attempts') {
          expect(error.error).to.equal('too_many_attempts');
          expect(error.status).to.equal(429);
        }
      }
      expect(kinds.at(-1)).to.equal('too-many-attempts');
      expect(new Set(kinds.slice(0, -1))).to.deep.equal(new Set(['invalid-code']));
    });

    it('reports a client without the OTP grant as a configuration error (unauthorized_client)', async () => {
      const passwordless = client({ clientId: 'sms-lock-no-otp' });
      await passwordless.start(PHONE);
      const error = await rejection(passwordless.login(PHONE, await tenant.lastCode(PHONE)));
      expect(error.error).to.equal('unauthorized_client');
      expect(error.kind).to.equal('configuration');
      expect(error.status).to.equal(403);
    });

    it('reports an unknown client id as a configuration error', async () => {
      await client().start(PHONE);
      const error = await rejection(client({ clientId: 'no-such-client' }).login(PHONE, await tenant.lastCode(PHONE)));
      expect(error.kind).to.equal('configuration');
      expect(error.error).to.equal('invalid_client');
      expect(error.status).to.equal(401);
    });

    it('sends one token request for identical calls in flight', async () => {
      const requests: RecordedRequest[] = [];
      const passwordless = client({ fetch: recordingFetch(requests) });
      await passwordless.start(PHONE);
      const code = await tenant.lastCode(PHONE);
      const first = passwordless.login(PHONE, code);
      const second = passwordless.login(PHONE, code);
      expect(second).to.equal(first);
      // Had the single-use code been sent twice, one of these would fail.
      const [a, b] = await Promise.all([first, second]);
      expect(a.accessToken).to.equal(b.accessToken);
      expect(requests.filter((request) => request.url.endsWith('/oauth/token'))).to.have.length(1);
    });

    it('puts nothing in any URL and logs nothing', async () => {
      performance.clearResourceTimings();
      const logged: unknown[] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originals = methods.map((method) => console[method]);
      methods.forEach((method) => {
        console[method] = (...args: unknown[]) => {
          logged.push(...args);
        };
      });
      let result;
      let code;
      try {
        const passwordless = client();
        await passwordless.start(PHONE);
        code = await tenant.lastCode(PHONE);
        result = await passwordless.login(PHONE, code);
      } finally {
        methods.forEach((method, index) => {
          console[method] = originals[index];
        });
      }
      const clientUrls = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith(tenant.url) && !name.includes('/dev/'));
      expect(clientUrls).to.deep.equal([`${tenant.url}/passwordless/start`, `${tenant.url}/oauth/token`]);
      for (const secret of [result.accessToken, result.idToken, result.refreshToken!, code]) {
        expect(clientUrls.some((name) => name.includes(secret))).to.equal(false);
        expect(logged.some((entry) => String(entry).includes(secret))).to.equal(false);
      }
    });
  });

  describe('ID token checks', () => {
    it('decodes UTF-8 claims', async () => {
      const result = await signIn(
        client({
          fetch: doctorIdToken((claims) => {
            claims.name = 'Zoë Ångström 東京 🙂';
          }),
        }),
      );
      expect(result.profile.name).to.equal('Zoë Ångström 東京 🙂');
    });

    it('rejects a token from another issuer', async () => {
      const error = await rejection(
        signIn(
          client({
            fetch: doctorIdToken((claims) => {
              claims.iss = 'https://evil.example.com/';
            }),
          }),
        ),
      );
      expect(error.error).to.equal('invalid_id_token');
      expect(error.kind).to.equal('server');
    });

    it('rejects a token for another client', async () => {
      const error = await rejection(
        signIn(
          client({
            fetch: doctorIdToken((claims) => {
              claims.aud = ['someone-else'];
            }),
          }),
        ),
      );
      expect(error.error).to.equal('invalid_id_token');
    });

    it('accepts an expiry within the clock leeway and rejects one beyond it', async () => {
      const now = Math.floor(Date.now() / 1000);
      const withinLeeway = await signIn(
        client({
          fetch: doctorIdToken((claims) => {
            claims.exp = now - 30;
          }),
        }),
      );
      expect(withinLeeway.profile.exp).to.equal(now - 30);
      const error = await rejection(
        signIn(
          client({
            fetch: doctorIdToken((claims) => {
              claims.exp = now - 120;
            }),
          }),
        ),
      );
      expect(error.error).to.equal('invalid_id_token');
    });

    it('rejects a token that is not a JWT', async () => {
      const garbled = recordingFetch([], async (response, url) => {
        if (!url.endsWith('/oauth/token')) return response;
        const body = await response.json();
        return new Response(JSON.stringify({ ...body, id_token: 'not-a-jwt' }), { status: 200 });
      });
      expect((await rejection(signIn(client({ fetch: garbled })))).error).to.equal('invalid_id_token');
    });
  });

  describe('transport failures', () => {
    it('reports an unreachable server as network', async () => {
      const error = await rejection(new PasswordlessClient({ domain: 'http://127.0.0.1:9', clientId: CLIENT_ID }).start(PHONE));
      expect(error.error).to.equal('network_error');
      expect(error.kind).to.equal('network');
      expect(error.status).to.equal(0);
    });

    it('reports a dropped connection as network', async () => {
      // Not `times: 1`: Chromium retries a request once when a reused keep-alive connection drops.
      await tenant.fault({ path: '/passwordless/start', reset: true });
      const error = await rejection(client().start(PHONE));
      expect(error.kind).to.equal('network');
      expect(error.status).to.equal(0);
    });

    it('gives up after the timeout', async () => {
      await tenant.fault({ path: '/oauth/token', delayMs: 3000, times: 1 });
      const passwordless = client({ timeout: 300 });
      await passwordless.start(PHONE);
      const started = performance.now();
      const error = await rejection(passwordless.login(PHONE, await tenant.lastCode(PHONE)));
      expect(error.error).to.equal('timeout');
      expect(error.kind).to.equal('timeout');
      expect(error.status).to.equal(0);
      expect(performance.now() - started).to.be.below(2000);
    });

    it('stops waiting when the caller aborts', async () => {
      await tenant.fault({ path: '/passwordless/start', delayMs: 3000, times: 1 });
      const controller = new AbortController();
      const pending = client().start(PHONE, { signal: controller.signal });
      setTimeout(() => controller.abort(new Error('user left')), 100);
      let thrown: unknown;
      try {
        await pending;
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(Error).with.property('message', 'user left');
    });

    it("reports a 5xx as server, keeping Auth0's error", async () => {
      await tenant.fault({ path: '/passwordless/start', status: 503, headers: { 'Retry-After': '7' }, times: 1 });
      const error = await rejection(client().start(PHONE));
      expect(error.error).to.equal('temporarily_unavailable');
      expect(error.kind).to.equal('server');
      expect(error.status).to.equal(503);
      expect(error.retryAfter).to.equal(7);
    });

    it('reports a body that is not Auth0 JSON as server', async () => {
      await tenant.fault({ path: '/oauth/token', status: 502, body: '<h1>Bad gateway</h1>', times: 1 });
      const passwordless = client();
      await passwordless.start(PHONE);
      const error = await rejection(passwordless.login(PHONE, await tenant.lastCode(PHONE)));
      expect(error.error).to.equal('invalid_response');
      expect(error.kind).to.equal('server');
      expect(error.status).to.equal(502);
    });

    it('reports an SMS provider failure as sms-provider', async () => {
      const errorDescription = 'Unexpected response while calling the SMS gateway: 500';
      await tenant.fault({ path: '/passwordless/start', status: 400, body: { error: 'sms_provider_error', error_description: errorDescription }, times: 1 });
      const error = await rejection(client().start(PHONE));
      expect(error.error).to.equal('sms_provider_error');
      expect(error.errorDescription).to.equal(errorDescription);
      expect(error.kind).to.equal('sms-provider');
    });

    it("reports the provider's invalid-number error (Code: 21211) as invalid-phone", async () => {
      const errorDescription = "The 'To' number +14155550100 is not a valid phone number. (Code: 21211)";
      await tenant.fault({ path: '/passwordless/start', status: 400, body: { error: 'sms_provider_error', error_description: errorDescription }, times: 1 });
      const error = await rejection(client().start(PHONE));
      expect(error.error).to.equal('sms_provider_error');
      expect(error.kind).to.equal('invalid-phone');
    });
  });
});
