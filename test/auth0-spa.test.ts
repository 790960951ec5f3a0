import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LocalStorageCache } from '@auth0/auth0-spa-js';
import '../src/define.js';
import { signIn } from './element-helpers.js';
import type { SmsLock } from '../src/index.js';
import { connectAuth0 } from '../src/auth0/auth0-spa.js';
import { startTestTenant, type TestTenant } from './tenant-helper.js';

const NUMBER = '+14155550100';
// Access tokens of the test tenant live two minutes, so the app's clock only has to move four. Not one:
// auth0-spa-js treats a cached token as expired 60 s early, and a one-minute token was fresh only until
// the clock's next second (a slow engine reached it before asking for the token).
const ACCESS_TOKEN_TTL = 120;

describe('session hand-off to @auth0/auth0-spa-js', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    localStorage.clear();
    tenant = await startTestTenant({ accessTokenTtl: ACCESS_TOKEN_TTL });
  });
  afterEach(async () => {
    localStorage.clear();
    await tenant.stop();
  });

  it('signs the app in: user, claims, token, refresh after expiry, logout', async () => {
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" default-country="US"></sms-lock>`);
    let skew = 0;
    const auth0 = connectAuth0(el, { nowProvider: () => Date.now() + skew });
    expect(await auth0.isAuthenticated()).to.equal(false);

    // The session is in place before listeners hear of it.
    let authenticatedInListener: boolean | undefined;
    el.addEventListener('authenticated', () => {
      void auth0.isAuthenticated().then((value) => (authenticatedInListener = value));
    });
    const detail = await signIn(el, tenant);
    await waitUntil(() => authenticatedInListener !== undefined);
    expect(authenticatedInListener).to.equal(true);

    const user = await auth0.getUser();
    expect(user?.sub).to.equal(detail.profile.sub);
    expect(user?.phone_number).to.equal(NUMBER);
    expect(user).not.to.have.property('iss');
    const claims = await auth0.getIdTokenClaims();
    expect(claims?.__raw).to.equal(detail.idToken);
    expect(claims?.aud).to.equal('sms-lock-demo');
    expect(await auth0.getTokenSilently()).to.equal(detail.accessToken);

    // Four minutes on for the app: the access token (the tenant's accessTokenTtl) has expired, and
    // auth0-spa-js gets a new one with the refresh token by itself. Nothing sleeps.
    expect(detail.expiresIn).to.equal(ACCESS_TOKEN_TTL);
    skew += 2 * ACCESS_TOKEN_TTL * 1000;
    const fresh = await auth0.getTokenSilently({ detailedResponse: true });
    expect(fresh?.access_token).to.be.a('string').and.not.equal(detail.accessToken);
    // The tenant rotates refresh tokens: the one <sms-lock> received is spent.
    const reuse = await fetch(`${tenant.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'refresh_token', client_id: 'sms-lock-demo', refresh_token: detail.refreshToken }),
    });
    expect(reuse.status).to.equal(403);

    await auth0.logout({ openUrl: false });
    expect(await auth0.isAuthenticated()).to.equal(false);
    expect(await auth0.getUser()).to.equal(undefined);
  });

  it('works with the app’s own localStorage cache, which survives a reload', async () => {
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" default-country="US"></sms-lock>`);
    connectAuth0(el, { cache: new LocalStorageCache() });
    const detail = await signIn(el, tenant);

    // A new page load: a fresh client over the same storage.
    const later = await fixture<SmsLock>(html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo"></sms-lock>`);
    const auth0 = connectAuth0(later, { cacheLocation: 'localstorage' });
    expect(await auth0.isAuthenticated()).to.equal(true);
    expect(await auth0.getTokenSilently()).to.equal(detail.accessToken);
    const stored = Object.keys(localStorage).join(' ');
    expect(stored).to.contain('@@auth0spajs@@::sms-lock-demo');
  });

  it('holds the domain to the element’s rules: https, or http on loopback only', async () => {
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" domain="http://login.example.com" client-id="sms-lock-demo"></sms-lock>`);
    expect(() => connectAuth0(el)).to.throw(/https/);
  });

  it('keeps the element’s scope as set: a different scope for the client is refused, not copied onto the element', async () => {
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" scope="openid phone"></sms-lock>`);
    expect(() => connectAuth0(el, { authorizationParams: { scope: 'openid email' } })).to.throw(/scope attribute/);
    expect(el.scope).to.equal('openid phone');
    expect(el.auth0Client).to.equal(undefined);
    const client = connectAuth0(el, { authorizationParams: { scope: 'openid phone' } });
    expect(el.auth0Client).to.equal(client);
    expect(el.scope).to.equal('openid phone');
  });

  it('refuses a cache it could not clear on logout', async () => {
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo"></sms-lock>`);
    const withoutKeys = { get: () => undefined, set: () => {}, remove: () => {} };
    expect(() => connectAuth0(el, { cache: withoutKeys })).to.throw(/allKeys/);
  });
});
