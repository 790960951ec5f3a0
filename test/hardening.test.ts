// <sms-lock> on a hostile or careless page: frames named like a native bridge, a bridge that throws,
// show() racing a close, far-off waits, tampered storage, settings that frameworks set late.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
// The redirect flows run once sms-lock/auth0-spa is imported (auth0-spa-js is an optional peer dependency).
import '../src/auth0/auth0-spa.js';
import { part, signIn, text, toCodeEntry, typeInto } from './element-helpers.js';
import { PasswordlessClient, type AuthResult, type SmsLock } from '../src/index.js';
import type { RedirectClient } from '../src/auth0/auth0-spa.js';
import { startTestTenant, type TestTenant } from './tenant-helper.js';

const NUMBER = '+14155550100';
const nextTask = (ms = 0) => new Promise((done) => setTimeout(done, ms));

async function inline(tenant: TestTenant): Promise<SmsLock> {
  return fixture<SmsLock>(html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" default-country="US"></sms-lock>`);
}

describe('hardening: native bridges on a hostile page', () => {
  let tenant: TestTenant;
  const frames: HTMLIFrameElement[] = [];
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    frames.splice(0).forEach((frame) => frame.remove());
    await tenant.stop();
  });

  /** A cross-origin frame (the tenant is another origin) whose name makes it a property of window. */
  async function crossOriginFrame(name: string): Promise<void> {
    const frame = Object.assign(document.createElement('iframe'), { name, src: `${tenant.url}/.well-known/jwks.json` });
    const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
    document.body.append(frame);
    frames.push(frame);
    await loaded;
  }

  for (const name of ['webkit', 'smsLock', 'ReactNativeWebView']) {
    it(`fires authenticated while a cross-origin frame is named "${name}"`, async () => {
      await crossOriginFrame(name);
      const named = (window as unknown as Record<string, unknown>)[name];
      // The hazard is real: the name resolves to a cross-origin window, whose properties throw.
      expect(named).to.equal(frames[0].contentWindow);
      expect(() => (named as Record<string, unknown>).messageHandlers).to.throw();
      const el = await inline(tenant);
      const detail = await signIn(el, tenant);
      expect(detail.profile.phone_number).to.equal(NUMBER);
      await el.updateComplete;
      expect(el.state).to.equal('success');
    });
  }

  it('keeps firing DOM events when the bridge throws, and says so once on the console', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const bridge = {
      postMessage() {
        throw new Error('native side gone');
      },
    };
    (window as unknown as Record<string, unknown>).throwingBridge = bridge;
    try {
      const el = await fixture<SmsLock>(
        html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" default-country="US" native-bridge="throwingBridge"></sms-lock>`,
      );
      const events: string[] = [];
      for (const type of ['code-sent', 'state-change', 'authenticated']) el.addEventListener(type, () => events.push(type));
      await signIn(el, tenant);
      expect(events).to.deep.equal(['code-sent', 'state-change', 'state-change', 'authenticated']);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('throwingBridge');
    } finally {
      console.warn = original;
      delete (window as unknown as Record<string, unknown>).throwingBridge;
    }
  });
});

describe('hardening: open, show() and hide() in any order', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    await tenant.stop();
  });

  async function modal(extra = ''): Promise<SmsLock> {
    const el = await fixture<SmsLock>(html`<sms-lock domain=${tenant.url} client-id="sms-lock-demo" default-country="US" closable></sms-lock>`);
    if (extra === 'autoclose') el.autoclose = true;
    el.show();
    await el.updateComplete;
    return el;
  }
  const dialog = (el: SmsLock) => el.shadowRoot!.querySelector('dialog')!;
  const settle = async (el: SmsLock) => {
    await el.updateComplete;
    // The <dialog>'s own close event comes a task later.
    await nextTask(50);
    await el.updateComplete;
  };

  it('reopens when show() is called in a close listener', async () => {
    const el = await modal();
    el.addEventListener('close', () => el.show(), { once: true });
    part(el, 'close-button').click();
    await settle(el);
    expect(el.open).to.equal(true);
    expect(dialog(el).open).to.equal(true);
  });

  it('reopens when show() follows a close by the user', async () => {
    const el = await modal();
    part(el, 'close-button').click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    el.show();
    await settle(el);
    expect(el.open).to.equal(true);
    expect(dialog(el).open).to.equal(true);
  });

  it('ends closed after show() then hide() in the same task, and open after hide() then show()', async () => {
    const el = await modal();
    el.hide();
    el.show();
    await settle(el);
    expect([el.open, dialog(el).open]).to.deep.equal([true, true]);
    el.show();
    el.hide();
    await settle(el);
    expect([el.open, dialog(el).open]).to.deep.equal([false, false]);
  });

  it('stays open on a fresh phone entry when an authenticated listener calls show() with autoclose', async () => {
    const el = await modal('autoclose');
    el.addEventListener('authenticated', () => el.show(), { once: true });
    await signIn(el, tenant);
    await settle(el);
    expect(el.open).to.equal(true);
    expect(dialog(el).open).to.equal(true);
    expect(el.state).to.equal('phone-entry');
  });
});

describe('hardening: far-off waits', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    await tenant.stop();
  });

  it('keeps a rate-limit message whose Retry-After is beyond 24.8 days (setTimeout’s limit)', async () => {
    const days = 40;
    await tenant.fault({
      path: '/passwordless/start',
      status: 429,
      body: { error: 'too_many_requests', error_description: 'Too many requests.' },
      headers: { 'Retry-After': String(days * 86400) },
      times: 1,
    });
    const el = await inline(tenant);
    const failed = oneEvent(el, 'authorization-error');
    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    await failed;
    await el.updateComplete;
    expect(text(el, 'error')).to.equal(`Too many codes were requested. Try again in ${days * 24} hours.`);
    await nextTask(200);
    await el.updateComplete;
    expect(text(el, 'error')).to.equal(`Too many codes were requested. Try again in ${days * 24} hours.`);
  });

  it('honours a client timeout beyond 24.8 days instead of timing out at once', async () => {
    await tenant.fault({ path: '/passwordless/start', delayMs: 300, times: 1 });
    const client = new PasswordlessClient({ domain: tenant.url, clientId: 'sms-lock-demo', timeout: 2 ** 31 + 60_000 });
    expect(await client.start(NUMBER)).to.deep.equal({ phoneNumber: NUMBER });
  });
});

describe('hardening: what comes back from storage and redirects', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    localStorage.clear();
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    localStorage.clear();
    await tenant.stop();
  });

  async function remembering(entry: unknown): Promise<SmsLock> {
    localStorage.setItem('sms-lock:phone', JSON.stringify(entry));
    return fixture<SmsLock>(html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" default-country="US" remember-phone></sms-lock>`);
  }
  const offered = (el: SmsLock) => el.shadowRoot!.querySelector('[part~="remembered"]') !== null;

  it('offers a remembered number written as the element writes it', async () => {
    const el = await remembering({ phoneNumber: NUMBER, sentAt: Date.now() - 10_000 });
    expect(offered(el)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="resume-button"]')).not.to.equal(null);
  });

  for (const [what, entry] of [
    ['a send time that is a string', { phoneNumber: NUMBER, sentAt: 'yesterday' }],
    ['a send time in the future', { phoneNumber: NUMBER, sentAt: Date.now() + 86_400_000 }],
    ['a number that is not E.164', { phoneNumber: '+1 (415) 555-0100<b>', sentAt: Date.now() }],
    ['a number that is not a string', { phoneNumber: 14155550100 }],
    ['not an object', ['+14155550100']],
  ] as const) {
    it(`drops a remembered entry with ${what}: a first visit`, async () => {
      const el = await remembering(entry);
      expect(offered(el)).to.equal(false);
      expect(part(el, 'phone-input').tagName).to.equal('INPUT');
    });
  }
});

describe('hardening: settings set as properties after the element connected', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  /** An auth0-spa-js client as the redirect flows use it, answering a return with a signed-in user. */
  function returningClient(answer: { appState?: unknown } | Error) {
    const calls: string[] = [];
    const client: RedirectClient = {
      loginWithRedirect: () => Promise.resolve(),
      loginWithPopup: () => Promise.resolve(),
      handleRedirectCallback: (url) => {
        calls.push(url ?? '');
        return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
      },
      getTokenSilently: () => Promise.resolve({ access_token: 'at', id_token: 'a.b.c', expires_in: 60, token_type: 'Bearer' }),
      getIdTokenClaims: () => Promise.resolve({ sub: 'sms|1', phone_number: NUMBER }),
    };
    return { client, calls };
  }

  it('finishes a redirect return whose flow and client arrive after it connected', async () => {
    history.replaceState(null, '', `${location.pathname}?code=abc&state=xyz`);
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline"></sms-lock>`);
    await nextTask(50);
    expect(el.busy).to.equal(false);
    const { client, calls } = returningClient({ appState: { smsLockPhoneNumber: NUMBER } });
    const authenticated = oneEvent(el, 'authenticated');
    el.auth0Client = client;
    el.flow = 'cross-origin';
    const { detail } = await authenticated;
    expect(calls).to.have.length(1);
    expect(calls[0]).to.contain('code=abc');
    expect((detail as AuthResult).accessToken).to.equal('at');
    await el.updateComplete;
    expect(el.state).to.equal('success');
    expect(text(el, 'success')).to.contain('+1 415 555 0100');
  });

  it('waits for domain and client-id set as properties, instead of reporting a misconfiguration', async () => {
    history.replaceState(null, '', `${location.pathname}?error=access_denied&state=xyz`);
    const errors: string[] = [];
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" flow="universal"></sms-lock>`);
    el.addEventListener('authorization-error', (event) => errors.push(event.detail.error));
    const busyChanges: boolean[] = [];
    new MutationObserver(() => busyChanges.push(el.hasAttribute('busy'))).observe(el, { attributeFilter: ['busy'] });
    await nextTask(100);
    expect(errors).to.deep.equal([]);
    expect(busyChanges).to.deep.equal([]);
    el.domain = 'http://127.0.0.1:9';
    el.clientId = 'sms-lock-demo';
    // Picked up now; auth0-spa-js holds no transaction for it, so it is not the element's to finish.
    await waitUntil(() => busyChanges.length === 2, 'the return was never picked up');
    expect(busyChanges).to.deep.equal([true, false]);
    expect(errors).to.deep.equal([]);
    expect(el.state).to.equal('phone-entry');
  });

  it('never shows a number from a failed return that is not a phone number', async () => {
    history.replaceState(null, '', `${location.pathname}?error=access_denied&state=xyz`);
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" flow="cross-origin" default-country="US"></sms-lock>`);
    const failure = Object.assign(new Error('denied'), { error: 'access_denied', error_description: 'no', appState: { smsLockPhoneNumber: '<img src=x>' } });
    const failed = oneEvent(el, 'authorization-error');
    el.auth0Client = returningClient(failure).client;
    await failed;
    await el.updateComplete;
    expect((part(el, 'phone-input') as HTMLInputElement).value).to.equal('');
  });

  it('still signs in through the OTP flow set as a property after a code was asked for', async () => {
    const tenant = await startTestTenant();
    try {
      const el = await fixture<SmsLock>(html`<sms-lock mode="inline" default-country="US"></sms-lock>`);
      el.domain = tenant.url;
      el.clientId = 'sms-lock-demo';
      await toCodeEntry(el);
      const authenticated = oneEvent(el, 'authenticated');
      await typeInto(el, 'code-input', await tenant.lastCode(NUMBER));
      expect((await authenticated).detail.profile.phone_number).to.equal(NUMBER);
    } finally {
      await tenant.stop();
    }
  });
});
