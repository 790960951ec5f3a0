// The phone rules of a calling code arrive after the element is up: typing, sending and signing in
// must work before, during and after they do, and when they never arrive.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/define.js';
import type { SmsLock } from '../src/index.js';
import { setMetadataLoader, type MetadataSlice } from '../src/phone/metadata.js';
import { loadMetadataSlice } from '../src/phone/metadata-loader.js';
import { input, part, signIn, text, typeInto } from './element-helpers.js';
import { startTestTenant, type TestTenant } from './tenant-helper.js';

/** Puts in a rules loader that holds every slice until `release(code)`, and records what was asked for. */
function holdRules() {
  const requested: string[] = [];
  const gates = new Map<string, () => void>();
  const gate = (code: string) => new Promise<void>((resolve) => gates.set(code, resolve));
  const opened = new Map<string, Promise<void>>();
  const opening = (code: string) => opened.get(code) ?? opened.set(code, gate(code)).get(code)!;
  setMetadataLoader(async (code: string): Promise<MetadataSlice> => {
    requested.push(code);
    await opening(code);
    return loadMetadataSlice(code);
  });
  return {
    requested,
    release: (code: string) => {
      void opening(code);
      gates.get(code)!();
    },
  };
}

/** Runs `body` with console.warn recording what it is called with, then puts it back. */
async function withWarnings(body: (warnings: unknown[][]) => Promise<void>): Promise<void> {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    await body(warnings);
  } finally {
    console.warn = warn;
  }
}

const maybeError = (el: SmsLock) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim() ?? '';

async function element(
  tenant: TestTenant,
  attributes: { defaultCountry?: string; countries?: string; lang?: string; rememberPhone?: boolean } = {},
): Promise<SmsLock> {
  const el = await fixture<SmsLock>(
    html`<sms-lock
      mode="inline"
      domain=${tenant.url}
      client-id="sms-lock-demo"
      default-country=${attributes.defaultCountry ?? 'US'}
      countries=${attributes.countries ?? ''}
      lang=${attributes.lang ?? nothing}
      ?remember-phone=${attributes.rememberPhone}
    ></sms-lock>`,
  );
  await el.updateComplete;
  return el;
}

/** Waits for the country button's accessible name. */
async function countryLabel(el: SmsLock, label: string): Promise<void> {
  const button = part(el, 'country-select');
  await waitUntil(() => button.getAttribute('aria-label') === label, `label: ${button.getAttribute('aria-label')}`);
}

describe('phone rules loaded on demand', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    setMetadataLoader();
    await tenant.stop();
  });

  it('keeps every digit typed before the rules arrive, and formats them when they do', async () => {
    const loader = holdRules();
    const el = await element(tenant);
    expect(loader.requested).to.deep.equal(['1']);
    expect(part(el, 'country-select').textContent).to.contain('+1');

    await typeInto(el, 'phone-input', '4155550100');
    const phone = input(el, 'phone-input');
    expect(phone.value).to.equal('4155550100');
    await expect(el).to.be.accessible();

    loader.release('1');
    await waitUntil(() => phone.value === '(415) 555-0100', `never formatted: ${phone.value}`);
    expect(phone.selectionStart).to.equal(phone.value.length);
  });

  it('names the selected country in its button once the first screen has shown', async () => {
    const el = await element(tenant, { defaultCountry: 'CA' });
    expect(part(el, 'country-select').textContent).to.contain('+1');
    await countryLabel(el, 'Canada, +1. Change country');
    await expect(el).to.be.accessible();
  });

  it('names the country of an English page from its phone rules, without Intl.DisplayNames', async () => {
    const DisplayNames = Intl.DisplayNames;
    const asked: unknown[] = [];
    // Replaceable in every engine; declared read-only in TypeScript's lib.
    const intl = Intl as { DisplayNames: typeof Intl.DisplayNames };
    intl.DisplayNames = new Proxy(DisplayNames, {
      construct: (target, args: ConstructorParameters<typeof Intl.DisplayNames>) => (asked.push(args[0]), new target(...args)),
    });
    try {
      const el = await element(tenant, { lang: 'en-NZ', defaultCountry: 'NZ' });
      await countryLabel(el, 'New Zealand, +64. Change country');
      // Past the time the browser would have been idle.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(asked.filter((locale) => String(locale).startsWith('en-NZ'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      intl.DisplayNames = DisplayNames;
    }
  });

  it('fetches the rules of a calling code when it is typed, and switches to its country', async () => {
    const loader = holdRules();
    const el = await element(tenant);
    loader.release('1');
    await typeInto(el, 'phone-input', '+447400123456');
    const phone = input(el, 'phone-input');
    // +44's formats are GB's; the rules of its other regions (Guernsey, Isle of Man, Jersey) come too, to
    // tell which one a number typed with +44 is in.
    expect(loader.requested).to.deep.equal(['1', '44', '44-more']);
    expect(phone.value).to.equal('+447400123456');
    expect(part(el, 'country-select').textContent).to.contain('+44');

    loader.release('44');
    await waitUntil(() => phone.value === '+44 7400 123456', `never formatted: ${phone.value}`);
  });

  it('fetches the small calling codes of a zone as one slice, once', async () => {
    const loader = holdRules();
    const el = await element(tenant);
    loader.release('1');
    await typeInto(el, 'phone-input', '+212650123456');
    const phone = input(el, 'phone-input');
    // Morocco's +212 shares the slice named after +20 (Egypt) with the rest of Africa's small codes.
    expect(loader.requested).to.deep.equal(['1', '20']);
    loader.release('20');
    await waitUntil(() => phone.value.startsWith('+212 6'), `never formatted: ${phone.value}`);

    // Algeria, in the same slice: formatted as it is typed, nothing fetched.
    phone.select();
    await typeInto(el, 'phone-input', '+213551234567');
    expect(phone.value).to.match(/^\+213 551[ -]/);
    expect(loader.requested).to.deep.equal(['1', '20']);
  });

  it('signs a US user in with the rules of +1 in the US alone, never those of its other regions', async () => {
    const loader = holdRules();
    const el = await element(tenant);
    loader.release('1');
    const detail = await signIn(el, tenant);
    expect(detail.accessToken).to.be.a('string').with.length.above(0);
    expect(loader.requested).to.deep.equal(['1']);
  });

  it('fetches the rules of +1’s other regions for a number that is not a US one, then sends it as theirs', async () => {
    const loader = holdRules();
    const el = await element(tenant);
    loader.release('1');
    // New Brunswick, Canada, typed nationally with the United States selected.
    await typeInto(el, 'phone-input', '5062345678');
    expect(input(el, 'phone-input').value).to.equal('(506) 234-5678');
    const codeSent = oneEvent(el, 'code-sent');
    part(el, 'submit-button').click();
    await waitUntil(() => loader.requested.includes('1-more'), 'the other regions of +1 were never asked for');
    expect(el.state).to.equal('phone-entry');
    expect(maybeError(el)).to.equal('');

    loader.release('1-more');
    expect((await codeSent).detail).to.deep.equal({ phoneNumber: '+15062345678' });
    expect(loader.requested).to.deep.equal(['1', '1-more']);
  });

  it('sends a number of +1’s other regions with the generic check when their rules cannot be loaded', async () => {
    await withWarnings(async (warnings) => {
      setMetadataLoader((slice) => (slice === '1-more' ? Promise.reject(new Error('offline')) : loadMetadataSlice(slice)));
      const el = await element(tenant);
      await typeInto(el, 'phone-input', '5062345678');
      const codeSent = oneEvent(el, 'code-sent');
      part(el, 'submit-button').click();
      expect((await codeSent).detail).to.deep.equal({ phoneNumber: '+15062345678' });
      expect(warnings.filter(([message]) => String(message).includes('+1 could not be loaded'))).to.have.length(1);
    });
  });

  it('sends a remembered number of +44’s other regions on the first press, its rules fetched in two rounds', async () => {
    localStorage.setItem('sms-lock:phone', JSON.stringify({ phoneNumber: '+447797123456' }));
    try {
      const el = await element(tenant, { rememberPhone: true });
      const codeSent = oneEvent(el, 'code-sent');
      part(el, 'submit-button').click();
      // Jersey: +44's formats are GB's, its rules are in 44-more.
      expect((await codeSent).detail).to.deep.equal({ phoneNumber: '+447797123456' });
      expect(maybeError(el)).to.equal('');
    } finally {
      localStorage.removeItem('sms-lock:phone');
    }
  });

  it('names the region of a +1 number outside `countries` when refusing it', async () => {
    const el = await element(tenant, { countries: 'US' });
    await typeInto(el, 'phone-input', '5062345678');
    part(el, 'submit-button').click();
    await waitUntil(() => maybeError(el), 'no error shown');
    expect(text(el, 'error')).to.equal('Numbers from Canada can’t be used here.');
    expect(await tenant.outbox()).to.have.length(0);
  });

  // Each in an English of its own: once a language's names come from Intl, they do for the rest of the page.
  it('names a country in English with Intl when its rules are never fetched (outside `countries`)', async () => {
    const el = await element(tenant, { lang: 'en-IE', countries: 'US' });
    await typeInto(el, 'phone-input', '+447400123456');
    await countryLabel(el, 'United Kingdom, +44. Change country');
  });

  it('names a country in English with Intl when its rules fail to load', async () => {
    await withWarnings(async () => {
      // Fails once the first screen is up.
      setMetadataLoader(() => new Promise((_, reject) => setTimeout(() => reject(new Error('offline')), 100)));
      const el = await element(tenant, { lang: 'en-AU' });
      expect(part(el, 'country-select').getAttribute('aria-label')).to.equal('US, +1. Change country');
      await countryLabel(el, 'United States, +1. Change country');
    });
  });

  it('waits for the rules before sending, then sends the number they make of it', async () => {
    const loader = holdRules();
    const el = await element(tenant, { defaultCountry: 'GB' });
    await typeInto(el, 'phone-input', '07400123456');
    let sent = false;
    el.addEventListener('code-sent', () => (sent = true));
    const codeSent = oneEvent(el, 'code-sent');
    part(el, 'submit-button').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).to.equal(false);
    expect(el.state).to.equal('phone-entry');

    loader.release('44');
    expect((await codeSent).detail).to.deep.equal({ phoneNumber: '+447400123456' });
  });

  it('lets the user sign in when the rules cannot be loaded, with one warning', async () => {
    await withWarnings(async (warnings) => {
      setMetadataLoader(() => Promise.reject(new Error('offline')));
      const el = await element(tenant);
      await typeInto(el, 'phone-input', '4155550100');
      expect(input(el, 'phone-input').value).to.equal('4155550100');

      const detail = await signIn(el, tenant, '', '+14155550100');
      expect(detail.accessToken).to.be.a('string').with.length.above(0);
      expect(warnings.filter(([message]) => String(message).includes('+1 could not be loaded'))).to.have.length(1);
    });
  });

  it('checks the E.164 shape when the rules cannot be loaded', async () => {
    await withWarnings(async () => {
      setMetadataLoader(() => Promise.reject(new Error('offline')));
      const el = await element(tenant);
      await typeInto(el, 'phone-input', '+4412');
      part(el, 'submit-button').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]')?.textContent, 'no error shown');
      expect(text(el, 'error')).to.equal('That number is too short for United Kingdom.');
      expect(el.state).to.equal('phone-entry');
    });
  });

  it('never fetches the rules of a calling code outside `countries`', async () => {
    const loader = holdRules();
    const el = await element(tenant, { countries: 'US,CA' });
    loader.release('1');
    await typeInto(el, 'phone-input', '+447400123456');
    part(el, 'submit-button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]')?.textContent, 'no error shown');
    expect(text(el, 'error')).to.equal('Numbers from United Kingdom can’t be used here.');
    expect(loader.requested).to.deep.equal(['1']);
    expect(el.state).to.equal('phone-entry');
  });
});
