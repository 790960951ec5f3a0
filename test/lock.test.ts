import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Auth0LockPasswordless, type LockAuthResult, type LockError, type LockOptions } from '../src/lock/index.js';
import type { SmsLock } from '../src/index.js';
import { input, maybePart, part, text, typeInto } from './element-helpers.js';
import { startTestTenant, type TestTenant } from './tenant-helper.js';

const NUMBER = '+14155550100';

/** Every Lock event name, recorded in order with its argument. */
function record(lock: Auth0LockPasswordless): { name: string; arg: unknown }[] {
  const seen: { name: string; arg: unknown }[] = [];
  for (const name of [
    'show',
    'hide',
    'authenticated',
    'authorization_error',
    'unrecoverable_error',
    'socialOrPhoneNumber ready',
    'socialOrPhoneNumber submit',
    'vcode ready',
  ] as const) {
    lock.on(name, (arg?: unknown) => seen.push({ name, arg }));
  }
  return seen;
}

const names = (seen: { name: string }[]) => seen.map(({ name }) => name);

async function shown(lock: Auth0LockPasswordless): Promise<SmsLock> {
  const el = lock.element!;
  lock.show();
  await el.updateComplete;
  await new Promise((done) => setTimeout(done));
  return el;
}

describe('Auth0LockPasswordless against the local tenant', () => {
  let tenant: TestTenant;
  let container: HTMLElement;
  const locks: Auth0LockPasswordless[] = [];
  const create = (options: LockOptions) => {
    const lock = new Auth0LockPasswordless('sms-lock-demo', tenant.url, { flow: 'otp', rememberLastLogin: false, ...options });
    locks.push(lock);
    return lock;
  };

  beforeEach(async () => {
    tenant = await startTestTenant();
    container = await fixture(html`<div id="lock-container"></div>`);
    localStorage.clear();
  });
  afterEach(async () => {
    for (const lock of locks.splice(0)) lock.element?.remove();
    await tenant.stop();
  });

  it("signs in inline with Lock's documented SMS options, firing Lock's events with Lock's authResult", async () => {
    const lock = create({
      container: 'lock-container',
      allowedConnections: ['sms'],
      passwordlessMethod: 'code',
      auth: { params: { scope: 'openid profile phone offline_access' } },
    });
    const seen = record(lock);
    const el = lock.element!;
    expect(el.parentElement).to.equal(container);
    expect(getComputedStyle(el).display, 'hidden until show()').to.equal('none');

    await shown(lock);
    expect(getComputedStyle(el).display).to.equal('block');
    expect(el.mode).to.equal('inline');
    expect(maybePart(el, 'close-button'), 'Lock: never closable inline').to.equal(null);
    await expect(el).to.be.accessible();

    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    await waitUntil(() => el.state === 'code-entry', 'code entry never showed');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await typeInto(el, 'code-input', await tenant.lastCode(NUMBER));
    await waitUntil(() => names(seen).includes('authenticated'), 'no authenticated event');

    expect(names(seen)).to.deep.equal(['show', 'socialOrPhoneNumber ready', 'socialOrPhoneNumber submit', 'vcode ready', 'authenticated']);
    const result = seen.at(-1)!.arg as LockAuthResult;
    expect(result.accessToken).to.be.a('string').with.length.above(0);
    expect(result.idToken.split('.')).to.have.length(3);
    expect(result.idTokenPayload.sub).to.match(/^sms\|/);
    expect(result.idTokenPayload.phone_number).to.equal(NUMBER);
    expect(result.tokenType).to.equal('Bearer');
    expect(result.expiresIn).to.be.above(0);
    expect(result.refreshToken).to.be.a('string');
    expect(result.scope).to.contain('openid');
    expect(result.appState).to.equal(null);
    expect(el.state).to.equal('success');
  });

  it("asks for Lock's default scope (openid profile email) and so gets no refresh token", async () => {
    const lock = create({ container: 'lock-container' });
    const seen = record(lock);
    const el = await shown(lock);
    expect(el.scope).to.equal('openid profile email');
    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    await waitUntil(() => el.state === 'code-entry');
    await typeInto(el, 'code-input', await tenant.lastCode(NUMBER));
    await waitUntil(() => names(seen).includes('authenticated'));
    const result = seen.find(({ name }) => name === 'authenticated')!.arg as LockAuthResult;
    expect(result).not.to.have.property('refreshToken');
  });

  it('reports a wrong code as authorization_error in the shape Lock gives it', async () => {
    const lock = create({ container: 'lock-container' });
    const seen = record(lock);
    const el = await shown(lock);
    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    await waitUntil(() => el.state === 'code-entry');
    const code = await tenant.lastCode(NUMBER);
    await typeInto(el, 'code-input', code === '000000' ? '111111' : '000000');
    await waitUntil(() => names(seen).includes('authorization_error'), 'no authorization_error');
    const error = seen.find(({ name }) => name === 'authorization_error')!.arg as LockError;
    expect(error.error).to.equal('invalid_grant');
    expect(error.code).to.equal('invalid_grant');
    expect(error.errorDescription).to.equal('Wrong phone number or verification code.');
    expect(error.description).to.equal(error.errorDescription);
    expect(error.error_description).to.equal(error.errorDescription);
    // The user reads our explanation, not Lock's "We're sorry, something went wrong".
    expect(text(el, 'error')).to.contain('wrong or has expired');
  });

  it('opens as a modal that is closable by default (Lock), and fires hide when the user closes it', async () => {
    const lock = create({});
    const seen = record(lock);
    const el = lock.element!;
    expect(el.parentElement).to.equal(document.body);
    await shown(lock);
    expect(el.open).to.equal(true);
    expect(el.closable).to.equal(true);
    expect(el.shadowRoot!.activeElement, 'the modal takes focus').to.equal(input(el, 'phone-input'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => names(seen).includes('hide'), 'no hide event');
    expect(el.open).to.equal(false);

    const notClosable = create({ closable: false });
    const notClosableEl = await shown(notClosable);
    expect(maybePart(notClosableEl, 'close-button')).to.equal(null);
    notClosable.hide();
    await waitUntil(() => !notClosableEl.open);
  });

  it('autoclose closes the modal after signing in, with authenticated then hide', async () => {
    const lock = create({ autoclose: true });
    const seen = record(lock);
    const el = await shown(lock);
    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    await waitUntil(() => el.state === 'code-entry');
    await typeInto(el, 'code-input', await tenant.lastCode(NUMBER));
    await waitUntil(() => names(seen).includes('hide'), 'no hide after sign-in');
    expect(names(seen).slice(-2)).to.deep.equal(['authenticated', 'hide']);
    expect(el.open).to.equal(false);
  });

  it('email-only allowedConnections is an unrecoverable_error, and no widget is made', async () => {
    const lock = create({ allowedConnections: ['email'] });
    const seen = record(lock);
    await waitUntil(() => names(seen).includes('unrecoverable_error'));
    expect((seen[0].arg as Error).message).to.contain('SMS only');
    expect(lock.element).to.equal(null);
    lock.show();
    expect(document.querySelector('sms-lock')).to.equal(null);
  });

  it('an event name Lock does not know is an unrecoverable_error, as in Lock', async () => {
    const lock = create({ container: 'lock-container' });
    const seen = record(lock);
    // @ts-expect-error: not one of Lock's events
    lock.on('signed-in', () => {});
    await waitUntil(() => names(seen).includes('unrecoverable_error'));
    expect((seen[0].arg as Error).message).to.equal('Invalid event');
  });

  it('mustAcceptTerms: no code is sent until the terms are ticked; the terms keep their links and lose anything else', async () => {
    const lock = create({
      container: 'lock-container',
      mustAcceptTerms: true,
      languageDictionary: {
        signUpTerms:
          'I agree to the <a href="/terms" onclick="alert(1)">terms of service</a><img src=x onerror="alert(2)"> and <a href="javascript:alert(3)">privacy policy</a>.',
      },
    });
    const seen = record(lock);
    const el = await shown(lock);
    const label = el.querySelector('label[slot="footer"]')!;
    const checkbox = label.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(label.textContent).to.equal(' I agree to the terms of service and privacy policy.');
    const links = label.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('/terms');
    expect(links[0].hasAttribute('onclick')).to.equal(false);
    expect(label.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();

    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    await el.updateComplete;
    expect(el.state).to.equal('phone-entry');
    expect(el.busy).to.equal(false);
    expect(checkbox.validity.valueMissing).to.equal(true);
    expect(document.activeElement).to.equal(checkbox);
    expect(await tenant.outbox(NUMBER)).to.have.length(0);
    expect(names(seen)).not.to.include('socialOrPhoneNumber submit');

    checkbox.click();
    part(el, 'submit-button').click();
    await waitUntil(() => el.state === 'code-entry', 'no code sent once the terms are ticked');
    expect(await tenant.outbox(NUMBER)).to.have.length(1);
    expect(names(seen)).to.include('socialOrPhoneNumber submit');
  });

  it('prefill.phoneNumber and defaultLocation fill the phone step', async () => {
    const lock = create({ container: 'lock-container', defaultLocation: 'gb', prefill: { phoneNumber: '7400123456' }, autofocus: true });
    const el = await shown(lock);
    expect(el.shadowRoot!.activeElement, 'autofocus: the phone field').to.equal(input(el, 'phone-input'));
    await waitUntil(() => input(el, 'phone-input').value !== '');
    expect(el.defaultCountry).to.equal('GB');
    expect(part(el, 'country-select').textContent).to.contain('+44');
    // As a user typing the national digits sees it (no trunk 0 is added).
    expect(input(el, 'phone-input').value).to.equal('7400123456');
    part(el, 'submit-button').click();
    await waitUntil(() => el.state === 'code-entry');
    expect(await tenant.outbox('+447400123456')).to.have.length(1);
  });

  it("maps Lock's languageDictionary keys onto the texts, and warns once about keys with no counterpart", async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const languageDictionary = {
        title: 'Acme',
        passwordlessSMSInstructions: 'Enter your phone to sign in<br/>or create an account',
        passwordlessSMSCodeInstructions: 'An SMS with the code has been sent to %s.',
        submitLabel: 'Submit',
        welcomeBanner: 'Hi!',
      };
      const lock = create({ container: 'lock-container', languageDictionary });
      create({ container: 'lock-container', languageDictionary });
      const el = await shown(lock);
      expect(text(el, 'title')).to.equal('Acme');
      expect(text(el, 'instructions')).to.equal('Enter your phone to sign in or create an account');
      expect(text(el, 'submit-button')).to.equal('Submit');
      expect(warnings.filter((w) => w.includes('welcomeBanner'))).to.have.length(1);
      await typeInto(el, 'phone-input', '4155550100');
      part(el, 'submit-button').click();
      await waitUntil(() => el.state === 'code-entry');
      await el.updateComplete;
      expect(text(el, 'message')).to.equal('An SMS with the code has been sent to +1 415 555 0100.');
    } finally {
      console.warn = warn;
    }
  });

  it('theme.primaryColor colours the buttons (with readable text) and theme.logo goes in the logo slot', async () => {
    const lock = create({ container: 'lock-container', theme: { primaryColor: '#ea5323', logo: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' } });
    const el = await shown(lock);
    const button = getComputedStyle(part(el, 'submit-button'));
    expect(button.backgroundColor).to.equal('rgb(234, 83, 35)');
    expect(button.color).to.equal('rgb(0, 0, 0)');
    const logo = el.querySelector('img[slot="logo"]') as HTMLImageElement;
    expect(logo.hidden).to.equal(false);
    expect(logo.src).to.match(/^data:image\/gif/);
    await expect(el).to.be.accessible();

    const dark = await shown(create({ container: 'lock-container', theme: { primaryColor: 'navy' } }));
    expect(getComputedStyle(part(dark, 'submit-button')).color).to.equal('rgb(255, 255, 255)');
  });

  it('configurationBaseUrl and languageBaseUrl are accepted with a note; rememberLastLogin is remember-phone (on, as in Lock)', async () => {
    const notes: string[] = [];
    const info = console.info;
    console.info = (message: string) => notes.push(message);
    try {
      const lock = new Auth0LockPasswordless('sms-lock-demo', tenant.url, {
        container: 'lock-container',
        configurationBaseUrl: 'https://cdn.auth0.com',
        languageBaseUrl: 'https://cdn.auth0.com',
      });
      locks.push(lock);
      expect(notes.some((note) => note.includes('configurationBaseUrl'))).to.equal(true);
      expect(notes.some((note) => note.includes('languageBaseUrl'))).to.equal(true);
      expect(lock.element!.rememberPhone).to.equal(true);
      expect(lock.element!.flow, "Lock's own way: cross-origin authentication").to.equal('cross-origin');
      expect(create({ container: 'lock-container', rememberLastLogin: false }).element!.rememberPhone).to.equal(false);
      expect(create({ auth: { redirect: false } }).element!.popup).to.equal(true);
    } finally {
      console.info = info;
    }
  });

  it("show(options) overrides Lock's options and shows a flashMessage", async () => {
    const lock = create({ container: 'lock-container', languageDictionary: { title: 'Acme' } });
    const el = await shown(lock);
    expect(text(el, 'title')).to.equal('Acme');
    lock.show({ languageDictionary: { title: 'Try again' }, flashMessage: { type: 'error', text: 'The code expired.' } });
    await el.updateComplete;
    expect(text(el, 'title')).to.equal('Try again');
    const flash = el.querySelector('[role="alert"][slot="footer"]') as HTMLElement;
    expect(flash.hidden).to.equal(false);
    expect(flash.textContent).to.equal('The code expired.');
    await expect(el).to.be.accessible();
    lock.show();
    expect(flash.hidden).to.equal(true);
  });

  it('hide() on the inline widget hides it and fires hide; show() after a sign-in starts afresh', async () => {
    const lock = create({ container: 'lock-container' });
    const seen = record(lock);
    const el = await shown(lock);
    lock.hide();
    expect(getComputedStyle(el).display).to.equal('none');
    await waitUntil(() => names(seen).includes('hide'));
    lock.show();
    expect(getComputedStyle(el).display).to.equal('block');
  });
});
