// Languages: shipped dictionaries loaded on demand, picked by tag with script and region fallbacks,
// switched at run time, plurals and digits through Intl, and every state laid out in a pseudo-locale.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { input, part, text, toCodeEntry, typeInto } from './element-helpers.js';
import { registerDictionary, type Dictionary, type SmsLock } from '../src/index.js';
import { en } from '../src/i18n/en.js';
import { fill, formatClock, languageCandidates, pickDictionary } from '../src/i18n/index.js';
import { startTestTenant, type TestTenant } from './tenant-helper.js';

/** The element inside an ancestor with `lang`, as wide as a small phone's screen when `narrow`. */
async function inLanguage(tenant: TestTenant, lang: string, { narrow = false } = {}): Promise<SmsLock> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <sms-lock mode="inline" domain=${tenant.url} client-id="sms-lock-demo" default-country="US"></sms-lock>
    </div>`,
  );
  // 320 px, the narrowest phone screens: set here rather than by resizing the window, which WebDriver can't.
  if (narrow) wrapper.style.width = '320px';
  const el = wrapper.querySelector('sms-lock')!;
  await waitUntil(() => text(el, 'title') !== '', 'the texts never came');
  return el;
}

describe('languages', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    await tenant.stop();
  });

  it('loads a shipped language by itself, with no English shown while it loads', async () => {
    const titles: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ja"></div>`);
    const el = document.createElement('sms-lock');
    Object.assign(el, { mode: 'inline', domain: tenant.url, clientId: 'sms-lock-demo' });
    const watch = new MutationObserver(() => titles.push(el.shadowRoot?.querySelector('[part~="title"]')?.textContent ?? ''));
    wrapper.append(el);
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="title"]')?.textContent === 'ログイン', 'Japanese never came');
    watch.disconnect();
    expect(titles).not.to.include('Sign in');
    expect(text(el, 'submit-button')).to.equal('コードを送信');
    await expect(el).to.be.accessible();
  });

  for (const [lang, title] of [
    ['zh-TW', '登入'],
    ['zh-HK', '登入'],
    ['zh', '登录'],
    ['zh-CN', '登录'],
    ['pt-BR', 'Entrar'],
    ['pt-PT', 'Iniciar sessão'],
    ['fr-CA', 'Connexion'],
    ['de-AT', 'Anmelden'],
  ] as const) {
    it(`picks the ${title} texts for ${lang}`, async () => {
      const el = await inLanguage(tenant, lang);
      expect(text(el, 'title')).to.equal(title);
    });
  }

  it('prefers the page’s own registration to the shipped texts', async () => {
    registerDictionary('it', { title: 'Benvenuto' });
    const el = await inLanguage(tenant, 'it');
    expect(text(el, 'title')).to.equal('Benvenuto');
    // The rest of the shipped Italian is there.
    expect(text(el, 'submit-button')).to.equal('Invia codice');
  });

  it('switches language at run time and keeps the typed number', async () => {
    const el = await inLanguage(tenant, 'en');
    await typeInto(el, 'phone-input', '4155550100');
    el.language = 'es';
    await waitUntil(() => text(el, 'title') === 'Iniciar sesión', 'Spanish never came');
    expect(input(el, 'phone-input').value).to.equal('(415) 555-0100');
    el.closest('div')!.lang = 'de';
    el.language = undefined;
    await waitUntil(() => text(el, 'title') === 'Anmelden', 'German never came from lang');
    expect(input(el, 'phone-input').value).to.equal('(415) 555-0100');
  });

  it('mirrors the widget for an Arabic page that sets no dir, the phone field staying left to right', async () => {
    const el = await inLanguage(tenant, 'ar');
    expect(getComputedStyle(part(el, 'panel')).direction).to.equal('rtl');
    expect(getComputedStyle(input(el, 'phone-input')).direction).to.equal('ltr');
    // The country button comes first in reading order: on the right.
    expect(part(el, 'country-select').getBoundingClientRect().left).to.be.above(input(el, 'phone-input').getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });

  it('counts down in the language’s digits', async () => {
    const el = await inLanguage(tenant, 'fa');
    await toCodeEntry(el);
    expect(text(el, 'countdown')).to.match(/[۰-۹]:[۰-۹]{2}/);
  });

  it('says where the code went in Arabic, with the number kept left to right', async () => {
    const el = await inLanguage(tenant, 'ar');
    await toCodeEntry(el);
    const message = part(el, 'message').textContent!;
    expect(message).to.contain('+1\u00a0415\u00a0555\u00a00100');
    expect(message).not.to.contain('We sent');
  });
});

describe('choosing the texts for a language tag', () => {
  it('finds the texts by script for Chinese, and by language for regional tags', () => {
    expect(languageCandidates('zh-TW')).to.include('zh-hant');
    expect(languageCandidates('zh-CN')).to.include('zh-hans');
    expect(languageCandidates('en-US')).to.deep.equal(['en-us', 'en']);
    expect(languageCandidates('pt-BR')).to.include('pt');
  });

  it('reads the legacy tags some Android WebViews still report (iw, in)', () => {
    expect(pickDictionary(['iw'])).to.include({ language: 'he', load: 'he' });
    expect(pickDictionary(['in-ID'])).to.include({ language: 'id', load: 'id' });
  });
});

describe('numbers and plurals through Intl', () => {
  it('picks the plural form of the language', () => {
    const ru = '{n, plural, one {# цифру} few {# цифры} many {# цифр} other {# цифры}}';
    expect([1, 3, 5, 21].map((n) => fill(ru, { n }, 'ru'))).to.deep.equal(['1 цифру', '3 цифры', '5 цифр', '21 цифру']);
    expect(fill('Enter all {length, plural, one {# digit} other {# digits}}.', { length: 6 }, 'en')).to.equal('Enter all 6 digits.');
  });

  it('writes numbers in the language’s digits', () => {
    expect(fill('{n}', { n: 6 }, 'ar-EG')).to.equal('٦');
    expect(formatClock(27, 'ar-EG')).to.equal('٠:٢٧');
    expect(formatClock(75, 'en')).to.equal('1:15');
    expect(formatClock(27, 'fa')).to.equal('۰:۲۷');
  });

  it('asks for every digit in Polish with the right form', async () => {
    const tenant = await startTestTenant();
    try {
      const el = await inLanguage(tenant, 'pl');
      await toCodeEntry(el);
      part(el, 'submit-button').click();
      await el.updateComplete;
      expect(text(el, 'error')).to.contain('6');
      expect(text(el, 'error')).not.to.contain('{');
    } finally {
      await tenant.stop();
    }
  });
});

/** English made longer (~40%) and accented, as a translation may be: a hard-coded English word shows up unaccented. */
function pseudo(strings: Dictionary, wrap: (text: string) => string): Dictionary {
  const accents: Record<string, string> = {
    a: 'á',
    e: 'é',
    i: 'í',
    o: 'ö',
    u: 'ü',
    c: 'ç',
    n: 'ñ',
    y: 'ý',
    A: 'Á',
    E: 'É',
    I: 'Í',
    O: 'Ö',
    U: 'Ü',
    C: 'Ç',
    N: 'Ñ',
    s: 'š',
    S: 'Š',
  };
  const accented = (part: string) => part.replace(/[a-zA-Z]/g, (letter) => accents[letter] ?? letter);
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => {
      // Placeholders stay as they are; the text around them is accented and padded.
      const text = value
        .split(/(\{[^}]*\})/)
        .map((piece) => (piece.startsWith('{') ? piece : accented(piece)))
        .join('');
      return [key, wrap(`${text}${' ~'.repeat(Math.ceil(value.length * 0.2))}`)];
    }),
  ) as Dictionary;
}

describe('pseudo-locales at 320 px', () => {
  let tenant: TestTenant;
  before(async () => {
    registerDictionary(
      'en-XA',
      pseudo(en, (text) => `[${text}]`),
    );
    registerDictionary(
      'ar-XB',
      pseudo(en, (text) => `\u202e${text}\u202c`),
    );
  });
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    await tenant.stop();
  });

  // Country names come from Intl.DisplayNames, not from the dictionary: they are taken out first.
  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const countryNames = ['US', 'GB', 'FR'].map((code) => regionNames.of(code)!);

  /** Words made only of unaccented ASCII letters, which no pseudo-localized text has. */
  function englishWords(el: SmsLock): string[] {
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    const words: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('[aria-hidden="true"], [part~="country-list"]') || !parent.checkVisibility()) continue;
      const text = countryNames.reduce((rest, name) => rest.replaceAll(name, ''), node.textContent!);
      words.push(...(text.match(/\b[a-zA-Z]{3,}\b/g) ?? []));
    }
    return words;
  }

  /** Elements whose content is wider than they are (clipped), and whether the page scrolls sideways. */
  function overflow(el: SmsLock): string[] {
    const clipped = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
      .filter((node) => {
        const style = getComputedStyle(node);
        // Inputs scroll their own text; screen-reader-only text is clipped on purpose.
        if (!node.checkVisibility() || node instanceof HTMLInputElement || style.clipPath !== 'none') return false;
        return node.scrollWidth > node.clientWidth + 1 && style.overflowX !== 'visible';
      })
      .map((node) => node.getAttribute('part') ?? node.className ?? node.tagName);
    const frame = el.parentElement!;
    if (frame.scrollWidth > frame.clientWidth) clipped.push('wider than 320 px: it would scroll sideways');
    return clipped;
  }

  for (const lang of ['en-XA', 'ar-XB']) {
    it(`lays out every state in ${lang} without clipped text or English`, async () => {
      const el = await inLanguage(tenant, lang, { narrow: true });
      const check = async (state: string) => {
        await el.updateComplete;
        expect(englishWords(el), `${state}: English words`).to.deep.equal([]);
        expect(overflow(el), `${state}: overflow`).to.deep.equal([]);
        await expect(el, state).to.be.accessible();
      };
      await check('phone entry');
      await typeInto(el, 'phone-input', '41555');
      part(el, 'submit-button').click();
      await check('phone error');
      part(el, 'country-select').click();
      await check('country picker');
      part(el, 'back-button').click();
      await el.updateComplete;
      input(el, 'phone-input').value = '';
      await typeInto(el, 'phone-input', '4155550100');
      part(el, 'submit-button').click();
      await waitUntil(() => el.state === 'code-entry');
      await check('code entry');
      part(el, 'submit-button').click();
      await check('code error');
      const code = await tenant.lastCode('+14155550100');
      await typeInto(el, 'code-input', code);
      await waitUntil(() => el.state === 'success');
      await check('success');
    });
  }
});
