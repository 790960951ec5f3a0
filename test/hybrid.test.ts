import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { input, maybePart, signIn, toCodeEntry, typeInto } from './element-helpers.js';
import type { SmsLock } from '../src/index.js';
import { findNativeBridge } from '../src/platform/native-bridge.js';
import { startTestTenant, type TestTenant } from './tenant-helper.js';

const NUMBER = '+14155550100';

/** What each test stubbed, put back after it. */
const restore: Array<() => void> = [];
afterEach(() =>
  restore
    .splice(0)
    .reverse()
    .forEach((undo) => undo()),
);

/** Puts a value on window for one test, whatever the engine already has there. */
function stubGlobal(name: string, value: unknown): void {
  const previous = Object.getOwnPropertyDescriptor(window, name);
  Object.defineProperty(window, name, { configurable: true, writable: true, value });
  restore.push(() => {
    if (previous) Object.defineProperty(window, name, previous);
    else delete (window as unknown as Record<string, unknown>)[name];
  });
}

describe('native bridge', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(() => tenant.stop());

  async function signInAndClose(el: SmsLock): Promise<void> {
    el.show();
    await el.updateComplete;
    await signIn(el, tenant);
    await el.updateComplete;
    maybePart(el, 'close-button')!.click();
  }

  it('posts every event to a WKWebView message handler as { type, detail } objects', async () => {
    const posted: Array<{ type: string; detail: Record<string, unknown> }> = [];
    stubGlobal('webkit', { messageHandlers: { smsLock: { postMessage: (m: never) => posted.push(m) } } });
    const el = await fixture<SmsLock>(html`<sms-lock domain=${tenant.url} client-id="sms-lock-demo" default-country="US" closable></sms-lock>`);
    await signInAndClose(el);

    expect(posted.map((m) => m.type)).to.deep.equal(['code-sent', 'state-change', 'state-change', 'authenticated', 'close']);
    expect(posted[0].detail).to.deep.equal({ phoneNumber: NUMBER });
    const auth = posted[3].detail;
    expect(auth.accessToken).to.be.a('string');
    expect(auth.idToken).to.be.a('string');
    expect(auth.refreshToken).to.be.a('string');
    expect((auth.profile as Record<string, unknown>).phone_number).to.equal(NUMBER);
    expect(posted[4].detail).to.deep.equal({ source: 'close-button' });
  });

  it('posts JSON strings to an Android @JavascriptInterface named by native-bridge', async () => {
    const posted: string[] = [];
    stubGlobal('AppAuth', { postMessage: (json: string) => posted.push(json) });
    const el = await fixture<SmsLock>(
      html`<sms-lock domain=${tenant.url} client-id="sms-lock-demo" default-country="US" closable native-bridge="AppAuth"></sms-lock>`,
    );
    await signInAndClose(el);
    const messages = posted.map((json) => JSON.parse(json));
    expect(messages.map((m) => m.type)).to.deep.equal(['code-sent', 'state-change', 'state-change', 'authenticated', 'close']);
    expect(messages[3].detail.profile.sub).to.match(/^sms\|/);
  });

  it('posts JSON strings to React Native WebView', async () => {
    const posted: string[] = [];
    stubGlobal('ReactNativeWebView', { postMessage: (json: string) => posted.push(json) });
    const el = await fixture<SmsLock>(html`<sms-lock domain=${tenant.url} client-id="sms-lock-demo" closable></sms-lock>`);
    el.show();
    await el.updateComplete;
    maybePart(el, 'close-button')!.click();
    expect(posted.map((json) => JSON.parse(json))).to.deep.equal([{ type: 'close', detail: { source: 'close-button' } }]);
  });

  it('posts nothing when turned off, or when the page cancels the close', async () => {
    const posted: unknown[] = [];
    stubGlobal('ReactNativeWebView', { postMessage: (json: string) => posted.push(json) });
    const off = await fixture<SmsLock>(html`<sms-lock closable native-bridge="off"></sms-lock>`);
    off.show();
    await off.updateComplete;
    maybePart(off, 'close-button')!.click();
    expect(posted).to.have.length(0);

    const cancelled = await fixture<SmsLock>(html`<sms-lock closable></sms-lock>`);
    cancelled.addEventListener('close', (event) => event.preventDefault());
    cancelled.show();
    await cancelled.updateComplete;
    maybePart(cancelled, 'close-button')!.click();
    expect(posted).to.have.length(0);
    cancelled.hide();
  });

  it('does not mistake a same-named element or frame for a bridge', async () => {
    const holder = await fixture(
      html`<div>
        <iframe name="frameBridge"></iframe>
        <p id="elementBridge"></p>
      </div>`,
    );
    // Control: both names do reach window (named access), so the nulls below are the lookup refusing them.
    const named = window as unknown as Record<string, unknown>;
    expect(named.frameBridge).to.equal(holder.querySelector('iframe')!.contentWindow);
    expect(named.elementBridge).to.equal(holder.querySelector('p'));
    expect(findNativeBridge('frameBridge')).to.equal(null);
    expect(findNativeBridge('elementBridge')).to.equal(null);
    expect(findNativeBridge('nothingHere')).to.equal(null);
  });
});

describe('remember-phone', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    localStorage.clear();
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    localStorage.clear();
    await tenant.stop();
  });

  const mount = () =>
    fixture<SmsLock>(html`<sms-lock mode="inline" remember-phone domain=${tenant.url} client-id="sms-lock-demo" default-country="US"></sms-lock>`);

  it('offers the last number masked, and "I already have a code" while that code is fresh', async () => {
    const first = await mount();
    await toCodeEntry(first);
    const stored = localStorage.getItem('sms-lock:phone')!;
    expect(JSON.parse(stored)).to.have.keys(['phoneNumber', 'sentAt']);
    expect(stored).not.to.match(/eyJ/);

    // The next visit.
    const again = await mount();
    expect(maybePart(again, 'remembered')!.textContent).to.contain('+1 ••• ••• 0100');
    expect(maybePart(again, 'forget-button')!.textContent).to.equal('Not you?');
    await expect(again).to.be.accessible();
    const changed = oneEvent(again, 'state-change');
    maybePart(again, 'resume-button')!.click();
    expect((await changed).detail.state).to.equal('code-entry');
    const authenticated = oneEvent(again, 'authenticated');
    await typeInto(again, 'code-input', await tenant.lastCode(NUMBER));
    await authenticated;

    // After sign-in only the number is kept: no code to resume, no token ever.
    expect(JSON.parse(localStorage.getItem('sms-lock:phone')!)).to.deep.equal({ phoneNumber: NUMBER });
    const third = await mount();
    expect(maybePart(third, 'remembered')!.textContent).to.contain('+1 ••• ••• 0100');
    expect(maybePart(third, 'resume-button')).to.equal(null);
    const sent = oneEvent(third, 'code-sent');
    maybePart(third, 'submit-button')!.click();
    expect((await sent).detail.phoneNumber).to.equal(NUMBER);
  });

  it('forgets the number on "Not you?"', async () => {
    localStorage.setItem('sms-lock:phone', JSON.stringify({ phoneNumber: NUMBER }));
    const el = await mount();
    maybePart(el, 'forget-button')!.click();
    await el.updateComplete;
    expect(localStorage.getItem('sms-lock:phone')).to.equal(null);
    expect(maybePart(el, 'remembered')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'phone-input'));
  });

  it('stores nothing without the attribute', async () => {
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" default-country="US"></sms-lock>`);
    await typeInto(el, 'phone-input', '4155550100');
    maybePart(el, 'submit-button')!.click();
    await waitUntil(() => el.state === 'code-entry');
    expect(localStorage.length).to.equal(0);
  });

  it('ignores a corrupted entry', async () => {
    localStorage.setItem('sms-lock:phone', '{"phoneNumber":"<script>"}');
    const el = await mount();
    expect(maybePart(el, 'remembered')).to.equal(null);
    expect(maybePart(el, 'resume-button')).to.equal(null);
    // A first visit: phone entry with an empty field.
    expect(el.state).to.equal('phone-entry');
    expect(input(el, 'phone-input').value).to.equal('');
  });
});

describe('WebOTP', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(() => tenant.stop());

  /** A stand-in for Android Chrome's credential manager: resolves when the test delivers an SMS. */
  function stubWebOtp() {
    const requests: Array<{ options: CredentialRequestOptions & { otp?: unknown }; deliver: (code: string) => void }> = [];
    stubGlobal('OTPCredential', class {});
    const credentials = {
      get(options: CredentialRequestOptions & { otp?: unknown }) {
        return new Promise((resolve, reject) => {
          options.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          requests.push({ options, deliver: (code) => resolve({ type: 'otp', code }) });
        });
      },
    };
    const previous = Object.getOwnPropertyDescriptor(Navigator.prototype, 'credentials');
    Object.defineProperty(navigator, 'credentials', { configurable: true, value: credentials });
    restore.push(() => {
      delete (navigator as unknown as Record<string, unknown>).credentials;
      if (previous && !('credentials' in navigator)) Object.defineProperty(Navigator.prototype, 'credentials', previous);
    });
    return requests;
  }

  it('fills and submits the code the browser reads from the SMS', async () => {
    const requests = stubWebOtp();
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" default-country="US"></sms-lock>`);
    await toCodeEntry(el);
    expect(requests).to.have.length(1);
    expect(requests[0].options.otp).to.deep.equal({ transport: ['sms'] });
    const authenticated = oneEvent(el, 'authenticated');
    requests[0].deliver(await tenant.lastCode(NUMBER));
    await authenticated;
    expect(el.state).to.equal('success');
  });

  it('listens again for the SMS of a new code', async () => {
    const requests = stubWebOtp();
    const el = await fixture<SmsLock>(
      html`<sms-lock mode="inline" resend-after="0" domain=${tenant.url} client-id="sms-lock-demo" default-country="US"></sms-lock>`,
    );
    await toCodeEntry(el);
    const first = requests[0].options.signal!;
    maybePart(el, 'resend-button')!.click();
    await waitUntil(() => requests.length === 2, 'no request for the new SMS');
    expect(first.aborted).to.equal(true);
    const authenticated = oneEvent(el, 'authenticated');
    requests[1].deliver(await tenant.lastCode(NUMBER));
    await authenticated;
  });

  it('aborts the request when the user leaves code entry', async () => {
    const requests = stubWebOtp();
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" default-country="US"></sms-lock>`);
    await toCodeEntry(el);
    const signal = requests[0].options.signal!;
    expect(signal.aborted).to.equal(false);
    maybePart(el, 'back-button')!.click();
    await el.updateComplete;
    expect(signal.aborted).to.equal(true);
  });

  it('says the SMS text carries the origin-bound line WebOTP needs', async () => {
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" default-country="US"></sms-lock>`);
    await toCodeEntry(el);
    const [message] = await tenant.outbox(NUMBER);
    expect(message.text.trim().split('\n').at(-1)).to.equal(`@localhost #${message.code}`);
  });
});

describe('page scroll behind the modal', () => {
  it('is locked while open and restored on close', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="tall"><sms-lock closable></sms-lock></div>`);
    const spacer = document.createElement('div');
    spacer.className = 'spacer';
    spacer.textContent = 'tall';
    Object.assign(spacer.style, { height: '3000px' });
    wrapper.prepend(spacer);
    window.scrollTo(0, 500);
    const el = wrapper.querySelector('sms-lock')!;
    el.show();
    await el.updateComplete;
    expect(getComputedStyle(document.body).position).to.equal('fixed');
    window.scrollTo(0, 1500);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(getComputedStyle(document.body).position).not.to.equal('fixed');
    expect(Math.round(window.scrollY)).to.equal(500);
    spacer.remove();
    window.scrollTo(0, 0);
  });
});
