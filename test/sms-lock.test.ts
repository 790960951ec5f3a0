import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { input, maybePart, part, text, toCodeEntry, typeInto } from './element-helpers.js';
import { registerDictionary, type SmsLock } from '../src/index.js';
import { startTestTenant, type TestTenant } from './tenant-helper.js';

const NUMBER = '+14155550100';

async function inline(tenant: TestTenant, extra: Partial<SmsLock> = {}): Promise<SmsLock> {
  const el = await fixture<SmsLock>(
    html`<sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" default-country="US" resend-after="30"></sms-lock>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

describe('<sms-lock> flow against the local tenant', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    await tenant.stop();
  });

  it('starts in phone entry with a labelled tel field, and is accessible', async () => {
    const el = await inline(tenant);
    expect(el.state).to.equal('phone-entry');
    expect(el.getAttribute('state')).to.equal('phone-entry');
    const phone = input(el, 'phone-input');
    expect(phone.type).to.equal('tel');
    expect(phone.autocomplete).to.equal('tel');
    expect(phone.getAttribute('enterkeyhint')).to.equal('send');
    expect(el.shadowRoot!.querySelector('label[for="phone"]')!.textContent).to.equal('Phone number');
    expect(parseFloat(getComputedStyle(phone).fontSize)).to.be.at.least(16);
    expect(part(el, 'country-select').textContent).to.contain('+1');
    await expect(el).to.be.accessible();
  });

  it('formats as the user types', async () => {
    const el = await inline(tenant);
    await typeInto(el, 'phone-input', '4155550100');
    expect(input(el, 'phone-input').value).to.equal('(415) 555-0100');
  });

  it('signs in end to end: code-sent, code entry, authenticated with tokens and profile', async () => {
    const el = await inline(tenant);
    const events: string[] = [];
    for (const name of ['code-sent', 'state-change', 'authenticated']) el.addEventListener(name, () => events.push(name));

    const sent = oneEvent(el, 'code-sent');
    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    expect(el.busy).to.equal(true);
    expect((await sent).detail).to.deep.equal({ phoneNumber: NUMBER });
    await waitUntil(() => el.state === 'code-entry');
    await el.updateComplete;

    expect(text(el, 'message')).to.equal('We sent a code to +1 415 555 0100.');
    const code = input(el, 'code-input');
    // The attribute, which autofill reads: Firefox doesn't know the token, so its `autocomplete` property reads ''.
    expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(code.inputMode).to.equal('numeric');
    expect(el.shadowRoot!.activeElement).to.equal(code);
    expect(part(el, 'countdown').textContent).to.match(/0:(30|29)/);
    await expect(el).to.be.accessible();

    const authenticated = oneEvent(el, 'authenticated');
    await typeInto(el, 'code-input', await tenant.lastCode(NUMBER));
    const { detail } = await authenticated;
    expect(detail.accessToken).to.be.a('string').with.length.above(0);
    expect(detail.idToken.split('.')).to.have.length(3);
    expect(detail.refreshToken).to.be.a('string');
    expect(detail.tokenType).to.equal('Bearer');
    expect(detail.expiresIn).to.be.above(0);
    expect(detail.profile.sub).to.match(/^sms\|/);
    expect(detail.profile.phone_number).to.equal(NUMBER);

    await el.updateComplete;
    expect(el.state).to.equal('success');
    expect(text(el, 'success')).to.contain('You’re signed in.');
    expect(events).to.deep.equal(['code-sent', 'state-change', 'state-change', 'authenticated']);
    await expect(el).to.be.accessible();
  });

  it('refuses an invalid number with a message naming the country, and sends nothing', async () => {
    const el = await inline(tenant);
    let sent = false;
    el.addEventListener('code-sent', () => (sent = true));
    await typeInto(el, 'phone-input', '41555');
    part(el, 'submit-button').click();
    // Not a US number: the rules of +1's other regions arrive first (CA has numbers of 7 digits).
    await waitUntil(() => maybePart(el, 'error')?.textContent?.trim(), 'no error shown');
    expect(text(el, 'error')).to.equal('That number is too short for United States.');
    expect(input(el, 'phone-input').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'phone-input').value).to.equal('(415) 55');
    expect(await tenant.outbox()).to.have.length(0);
    expect(sent).to.equal(false);
    await expect(el).to.be.accessible();

    input(el, 'phone-input').value = '';
    await typeInto(el, 'phone-input', '1235550100');
    part(el, 'submit-button').click();
    await waitUntil(() => text(el, 'error').includes('valid'), `error: ${text(el, 'error')}`);
    expect(text(el, 'error')).to.equal('That isn’t a valid phone number for United States.');
  });

  it('switches country when an international number is typed', async () => {
    const el = await inline(tenant);
    await typeInto(el, 'phone-input', '+44 7400 123456');
    expect(part(el, 'country-select').getAttribute('aria-label')).to.contain('United Kingdom');
    const sent = oneEvent(el, 'code-sent');
    part(el, 'submit-button').click();
    expect((await sent).detail.phoneNumber).to.equal('+447400123456');
  });

  it('sends one SMS for a double click plus Enter', async () => {
    const el = await inline(tenant);
    await typeInto(el, 'phone-input', '4155550100');
    const submit = part(el, 'submit-button');
    submit.click();
    submit.click();
    input(el, 'phone-input').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.state === 'code-entry');
    expect(await tenant.outbox(NUMBER)).to.have.length(1);
  });

  it('fills the code from a pasted sentence and submits by itself', async () => {
    const el = await inline(tenant);
    await toCodeEntry(el);
    const code = await tenant.lastCode(NUMBER);
    const authenticated = oneEvent(el, 'authenticated');
    const field = input(el, 'code-input');
    field.value = `Your code is ${code.slice(0, 3)} ${code.slice(3)}. Don't share it.`;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    await el.updateComplete;
    expect(field.value).to.equal(code);
    await authenticated;
  });

  it('keeps the user in code entry after a wrong code, with a specific message and an event', async () => {
    const el = await inline(tenant);
    await toCodeEntry(el);
    const real = await tenant.lastCode(NUMBER);
    const wrong = real === '000000' ? '111111' : '000000';
    const failed = oneEvent(el, 'authorization-error');
    await typeInto(el, 'code-input', wrong);
    const { detail } = await failed;
    expect(detail).to.deep.equal({
      error: 'invalid_grant',
      errorDescription: 'Wrong phone number or verification code.',
      state: 'code-entry',
    });
    await el.updateComplete;
    expect(el.state).to.equal('code-entry');
    expect(text(el, 'error')).to.equal('That code is wrong or has expired. Check it, or send a new code.');
    expect(input(el, 'code-input').getAttribute('aria-invalid')).to.equal('true');
    // A new code is offered at once, without waiting for the countdown.
    expect(part(el, 'resend-button').textContent).to.equal('Send a new code');
    await expect(el).to.be.accessible();

    // Typing over the selected wrong code signs in.
    const authenticated = oneEvent(el, 'authenticated');
    await typeInto(el, 'code-input', real);
    await authenticated;
  });

  it('says a code has expired once the tenant clock passes its lifetime', async () => {
    const el = await inline(tenant);
    await toCodeEntry(el);
    const code = await tenant.lastCode(NUMBER);
    await tenant.advanceClock(181);
    const failed = oneEvent(el, 'authorization-error');
    await typeInto(el, 'code-input', code);
    expect((await failed).detail.error).to.equal('invalid_grant');
    expect(text(el, 'error')).to.contain('expired');
  });

  it('asks for the whole code before checking it', async () => {
    const el = await inline(tenant);
    await toCodeEntry(el);
    await typeInto(el, 'code-input', '123');
    part(el, 'submit-button').click();
    await el.updateComplete;
    expect(text(el, 'error')).to.equal('Enter all 6 digits of the code.');
  });

  it('goes back to change the number and keeps what was typed', async () => {
    const el = await inline(tenant);
    await toCodeEntry(el);
    const change = oneEvent(el, 'state-change');
    part(el, 'back-button').click();
    expect((await change).detail).to.deep.equal({ state: 'phone-entry' });
    await el.updateComplete;
    expect(input(el, 'phone-input').value).to.equal('(415) 555-0100');
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'phone-input'));
  });

  it('offers a new code after the countdown and sends it to the same number', async () => {
    const el = await inline(tenant, { resendAfter: 1 });
    await toCodeEntry(el);
    expect(el.shadowRoot!.querySelector('[part="resend-button"]')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="resend-button"]'), 'resend never offered', { timeout: 3000 });
    const sent = oneEvent(el, 'code-sent');
    part(el, 'resend-button').click();
    expect((await sent).detail.phoneNumber).to.equal(NUMBER);
    await el.updateComplete;
    expect(text(el, 'message')).to.equal('We sent a new code to +1 415 555 0100.');
    expect(await tenant.outbox(NUMBER)).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('resets to an empty phone entry without firing events', async () => {
    const el = await inline(tenant);
    await toCodeEntry(el);
    let fired = false;
    el.addEventListener('state-change', () => (fired = true));
    el.reset();
    await el.updateComplete;
    expect(el.state).to.equal('phone-entry');
    expect(input(el, 'phone-input').value).to.equal('');
    expect(fired).to.equal(false);
  });

  it('empties the field on reset right after typing, and formats what is typed next', async () => {
    const el = await inline(tenant);
    await typeInto(el, 'phone-input', '4155550100');
    expect(input(el, 'phone-input').value).to.equal('(415) 555-0100');
    el.reset();
    await el.updateComplete;
    expect(input(el, 'phone-input').value).to.equal('');
    await typeInto(el, 'phone-input', '415');
    expect(input(el, 'phone-input').value).to.equal('(415)');
    el.reset();
    await el.updateComplete;
    expect(input(el, 'phone-input').value).to.equal('');
  });

  it('abandons a request in flight on reset: no event, no step change', async () => {
    await tenant.fault({ path: '/passwordless/start', delayMs: 300, times: 1 });
    const el = await inline(tenant);
    const fired: string[] = [];
    for (const name of ['code-sent', 'state-change', 'authorization-error']) el.addEventListener(name, () => fired.push(name));
    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    expect(el.busy).to.equal(true);
    el.reset();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await el.updateComplete;
    expect(el.state).to.equal('phone-entry');
    expect(el.busy).to.equal(false);
    expect(fired).to.deep.equal([]);
  });

  it('is ready for the next try after being moved during a request', async () => {
    await tenant.fault({ path: '/passwordless/start', delayMs: 300, times: 1 });
    const el = await inline(tenant);
    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    expect(el.busy).to.equal(true);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    expect(el.busy).to.equal(false);
    expect(input(el, 'phone-input').value).to.equal('(415) 555-0100');
    part(el, 'submit-button').click();
    await waitUntil(() => el.state === 'code-entry');
    elsewhere.remove();
  });

  it('keeps counting down after being moved', async () => {
    const el = await inline(tenant, { resendAfter: 2 });
    await toCodeEntry(el);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="resend-button"]'), 'the countdown stopped', { timeout: 4000 });
    elsewhere.remove();
  });

  it('stops its countdown once removed, even in the middle of a request', async () => {
    const el = await inline(tenant);
    await toCodeEntry(el);
    await tenant.fault({ path: '/oauth/token', delayMs: 300, times: 1 });
    await typeInto(el, 'code-input', await tenant.lastCode(NUMBER));
    expect(el.busy).to.equal(true);
    el.remove();
    await el.updateComplete;
    const shown = text(el, 'countdown');
    // Over a second: a running countdown would have ticked.
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(text(el, 'countdown')).to.equal(shown);
  });

  it('starts on the first listed country when the default is not offered', async () => {
    const el = await inline(tenant, { countries: 'US,GB,MX', defaultCountry: 'FR' });
    expect(part(el, 'country-select').textContent).to.contain('+1');
    // Named once the first screen has shown.
    await waitUntil(() => part(el, 'country-select').getAttribute('aria-label')!.includes('United States'), 'the country was never named');
  });

  it('refuses a non-geographic number when countries are listed', async () => {
    const el = await inline(tenant, { countries: 'GB,US' });
    await typeInto(el, 'phone-input', '+881612345678');
    part(el, 'submit-button').click();
    await el.updateComplete;
    expect(text(el, 'error')).to.equal('This kind of number can’t be used here. Enter a mobile number from one of the listed countries.');
    expect(await tenant.outbox()).to.have.length(0);
  });

  it('picks a country by searching its name, by keyboard', async () => {
    const el = await inline(tenant);
    part(el, 'country-select').click();
    await el.updateComplete;
    const search = input(el, 'country-search');
    await waitUntil(() => el.shadowRoot!.activeElement === search);
    await expect(el).to.be.accessible();
    for (const key of 'united k') await sendKeys({ type: key });
    await el.updateComplete;
    expect(part(el, 'country-option').textContent).to.contain('United Kingdom');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'country-select').textContent).to.contain('+44');
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'phone-input'));
  });

  it('takes its colours and shapes from custom properties', async () => {
    const el = await inline(tenant);
    el.style.setProperty('--sms-lock-color-primary', 'rgb(1, 2, 3)');
    el.style.setProperty('--sms-lock-field-radius', '7px');
    const submit = getComputedStyle(part(el, 'submit-button'));
    expect(submit.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'phone-input')).borderTopLeftRadius).to.equal('7px');
  });

  it('stays accessible in a dark theme set through custom properties', async () => {
    const el = await inline(tenant);
    // A dark theme made of custom properties alone (as pages did before the theme attribute).
    for (const [name, value] of Object.entries({
      '--sms-lock-color-text': '#e6e1e9',
      '--sms-lock-color-muted': '#c9c5d0',
      '--sms-lock-color-background': '#1d1b20',
      '--sms-lock-color-field': '#2b2930',
      '--sms-lock-color-border': '#938f99',
      '--sms-lock-color-primary': '#a8c7ff',
      '--sms-lock-color-on-primary': '#0b1b3f',
      '--sms-lock-color-error': '#ffb4ab',
    }))
      el.style.setProperty(name, value);
    await typeInto(el, 'phone-input', '41555');
    part(el, 'submit-button').click();
    await el.updateComplete;
    expect(text(el, 'error')).to.contain('too short');
    await expect(el).to.be.accessible();
  });

  it('shows texts in another language and takes overrides', async () => {
    const el = await inline(tenant, { strings: { title: 'Welcome back', sendCode: 'Text me a code' } });
    expect(text(el, 'title')).to.equal('Welcome back');
    expect(text(el, 'submit-button')).to.equal('Text me a code');
    el.language = 'fr';
    el.defaultCountry = undefined;
    await el.updateComplete;
    part(el, 'country-select').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#country-FR')!.textContent).to.contain('France');
    expect(el.shadowRoot!.querySelector('#country-DE')!.textContent).to.contain('Allemagne');
  });

  it('applies a dictionary registered after it rendered', async () => {
    // Esperanto is not shipped: English until the page registers it.
    const el = await inline(tenant, { language: 'eo' });
    expect(text(el, 'title')).to.equal('Sign in');
    registerDictionary('eo', { title: 'Ensaluti' });
    await el.updateComplete;
    expect(text(el, 'title')).to.equal('Ensaluti');
  });

  it('offers Universal Login as one step with flow="universal", accessibly', async () => {
    const el = await inline(tenant, { flow: 'universal' });
    expect(el.shadowRoot!.querySelector('[part~="phone-input"]')).to.equal(null);
    expect(text(el, 'continue-button')).to.equal('Continue');
    await expect(el).to.be.accessible();
  });

  it('keeps the national digits when another country is picked after an international number', async () => {
    const el = await inline(tenant);
    await typeInto(el, 'phone-input', '+44 7400 123456');
    expect(part(el, 'country-select').getAttribute('aria-label')).to.contain('United Kingdom');
    part(el, 'country-select').click();
    await el.updateComplete;
    for (const key of 'france') await sendKeys({ type: key });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'country-select').textContent).to.contain('+33');
    expect(input(el, 'phone-input').value.replace(/\D/g, '')).to.equal('7400123456');
  });

  it('honours the countries allow-list', async () => {
    const el = await inline(tenant, { countries: 'gb, fr', defaultCountry: 'FR' });
    part(el, 'country-select').click();
    await el.updateComplete;
    const options = [...el.shadowRoot!.querySelectorAll('[part="country-option"] .name')].map((o) => o.textContent);
    expect(options).to.deep.equal(['France', 'United Kingdom']);
  });

  it('refuses a number from a country outside the allow-list', async () => {
    const el = await inline(tenant, { countries: 'GB' });
    await typeInto(el, 'phone-input', '+1 415 555 0100');
    part(el, 'submit-button').click();
    await el.updateComplete;
    expect(text(el, 'error')).to.equal('Numbers from United States can’t be used here.');
    expect(await tenant.outbox()).to.have.length(0);
  });
});

describe('<sms-lock> errors', () => {
  let tenant: TestTenant;
  afterEach(async () => {
    await tenant?.stop();
  });

  it('shows the wait when codes are rate limited, and keeps the number', async () => {
    tenant = await startTestTenant({ startLimit: 1 });
    const el = await inline(tenant);
    await toCodeEntry(el);
    part(el, 'back-button').click();
    await el.updateComplete;
    const failed = oneEvent(el, 'authorization-error');
    part(el, 'submit-button').click();
    expect((await failed).detail.error).to.equal('too_many_requests');
    await el.updateComplete;
    expect(text(el, 'error')).to.match(/^Too many codes were requested\. Try again in \d+ minutes\.$/);
    expect(input(el, 'phone-input').value).to.equal('(415) 555-0100');
    await expect(el).to.be.accessible();
  });

  it('tells the user sign-in is misconfigured and gives the detail to the developer', async () => {
    tenant = await startTestTenant();
    const el = await inline(tenant, { clientId: 'sms-lock-no-otp' });
    await toCodeEntry(el);
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const failed = oneEvent(el, 'authorization-error');
      await typeInto(el, 'code-input', await tenant.lastCode(NUMBER));
      expect((await failed).detail.error).to.equal('unauthorized_client');
    } finally {
      console.error = original;
    }
    await el.updateComplete;
    expect(text(el, 'error')).to.equal('Sign-in is misconfigured on this site. Please let the site’s owner know.');
    expect(errors.join('\n')).to.contain('unauthorized_client');
  });

  it('rejects a plain-http domain that is not loopback before sending anything', async () => {
    tenant = await startTestTenant();
    const el = await inline(tenant, { domain: 'http://example.com' });
    const original = console.error;
    console.error = () => {};
    try {
      const failed = oneEvent(el, 'authorization-error');
      await typeInto(el, 'phone-input', '4155550100');
      part(el, 'submit-button').click();
      expect((await failed).detail.error).to.equal('invalid_domain');
    } finally {
      console.error = original;
    }
    expect(text(el, 'error')).to.contain('misconfigured');
  });

  it('says the user is offline when the server cannot be reached, and keeps the number', async () => {
    tenant = await startTestTenant();
    const el = await inline(tenant, { domain: 'http://127.0.0.1:9' });
    const failed = oneEvent(el, 'authorization-error');
    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    expect((await failed).detail.error).to.equal('network_error');
    await el.updateComplete;
    expect(text(el, 'error')).to.equal('You seem to be offline. Check your connection and try again.');
    expect(input(el, 'phone-input').value).to.equal('(415) 555-0100');
    expect(el.busy).to.equal(false);
  });

  it('explains an SMS provider failure and never renders server text as HTML', async () => {
    tenant = await startTestTenant();
    await tenant.fault({
      path: '/passwordless/start',
      status: 400,
      body: { error: 'sms_provider_error', error_description: '<img src=x id=injected> Unexpected response (Code: 500)' },
      times: 1,
    });
    const el = await inline(tenant);
    const failed = oneEvent(el, 'authorization-error');
    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    expect((await failed).detail.errorDescription).to.contain('<img');
    await el.updateComplete;
    expect(text(el, 'error')).to.equal('We couldn’t send the text message. Try again in a moment.');
    expect(el.shadowRoot!.querySelector('#injected')).to.equal(null);

    // The fault was one-off: trying again works, with the same number.
    part(el, 'submit-button').click();
    await waitUntil(() => el.state === 'code-entry');
  });

  it('asks to try again after a server error, and the retry goes through', async () => {
    tenant = await startTestTenant();
    await tenant.fault({ path: '/passwordless/start', status: 503, body: { error: 'temporarily_unavailable', error_description: 'down' }, times: 1 });
    const el = await inline(tenant);
    await typeInto(el, 'phone-input', '4155550100');
    part(el, 'submit-button').click();
    await waitUntil(() => text(el, 'error') !== '');
    expect(text(el, 'error')).to.equal('Something went wrong on the server. Try again.');
    part(el, 'submit-button').click();
    await waitUntil(() => el.state === 'code-entry');
    expect(await tenant.outbox(NUMBER)).to.have.length(1);
  });
});

describe('<sms-lock> as a modal', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    await tenant.stop();
  });

  async function modal(closable = true): Promise<{ el: SmsLock; opener: HTMLButtonElement }> {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="opener">Sign in</button>
        <sms-lock domain=${tenant.url} client-id="sms-lock-demo" default-country="US" ?closable=${closable}></sms-lock>
      </div>`,
    );
    const el = wrapper.querySelector('sms-lock')!;
    const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    return { el, opener };
  }
  const dialog = (el: SmsLock) => el.shadowRoot!.querySelector('dialog')!;

  it('opens as a modal dialog with focus on the phone field, and is accessible', async () => {
    const { el } = await modal();
    expect(dialog(el).open).to.equal(false);
    el.show();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);
    await waitUntil(() => el.shadowRoot!.activeElement === input(el, 'phone-input'));
    expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
    await expect(el).to.be.accessible();
  });

  it('closes on Escape with a close event, and gives focus back to the opener', async () => {
    const { el, opener } = await modal();
    el.show();
    await el.updateComplete;
    const closed = oneEvent(el, 'close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail).to.deep.equal({ source: 'escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(dialog(el).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    expect(getComputedStyle(document.documentElement).overflow).not.to.equal('hidden');
  });

  it('closes from the close button and the backdrop', async () => {
    const { el } = await modal();
    el.show();
    await el.updateComplete;
    let closed = oneEvent(el, 'close');
    part(el, 'close-button').click();
    expect((await closed).detail.source).to.equal('close-button');
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);

    el.show();
    await el.updateComplete;
    closed = oneEvent(el, 'close');
    dialog(el).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    dialog(el).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await closed).detail.source).to.equal('backdrop');
  });

  it('stays open when the close event is cancelled', async () => {
    const { el } = await modal();
    el.show();
    await el.updateComplete;
    el.addEventListener('close', (event) => event.preventDefault());
    part(el, 'close-button').click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
  });

  it('stays open through repeated Escapes when not closable', async () => {
    const { el } = await modal(false);
    let closes = 0;
    el.addEventListener('close', () => closes++);
    el.show();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="close-button"]')).to.equal(null);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(el.open).to.equal(true);
    expect(closes).to.equal(0);
  });

  it('opens on a fresh phone entry after a sign-in', async () => {
    const { el } = await modal();
    el.show();
    await el.updateComplete;
    await toCodeEntry(el);
    const authenticated = oneEvent(el, 'authenticated');
    await typeInto(el, 'code-input', await tenant.lastCode(NUMBER));
    await authenticated;
    el.hide();
    el.show();
    await el.updateComplete;
    expect(el.state).to.equal('phone-entry');
    expect(input(el, 'phone-input').value).to.equal('');
  });

  it('stays a modal dialog when moved in the document while open', async () => {
    const { el } = await modal();
    el.show();
    await el.updateComplete;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
    el.hide();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(getComputedStyle(document.documentElement).overflow).not.to.equal('hidden');
    // Focus goes back to the button that opened it, moved or not.
    expect(document.activeElement?.id).to.equal('opener');
    elsewhere.remove();
  });

  it('leaves the country picker, not the dialog, on Escape', async () => {
    const { el } = await modal();
    el.show();
    await el.updateComplete;
    part(el, 'country-select').click();
    await waitUntil(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('#country-search'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="country-picker"]')).to.equal(null);
  });

  it('closes by itself after sign-in with autoclose, firing no close event', async () => {
    const { el, opener } = await modal();
    el.autoclose = true;
    let closes = 0;
    el.addEventListener('close', () => closes++);
    el.show();
    await el.updateComplete;
    await toCodeEntry(el);
    const authenticated = oneEvent(el, 'authenticated');
    await typeInto(el, 'code-input', await tenant.lastCode(NUMBER));
    await authenticated;
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(dialog(el).open).to.equal(false);
    expect(closes).to.equal(0);
    expect(document.activeElement).to.equal(opener);
  });
});
