// Right to left: in an Arabic (dir="rtl") page the widget is mirrored, while the phone field, the code
// and every phone number in its texts stay left to right.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { registerDictionary, type SmsLock } from '../src/index.js';
import ar from '../src/i18n/locales/ar.js';
import { input, part, toCodeEntry, typeInto } from './element-helpers.js';
import { startTestTenant, type TestTenant } from './tenant-helper.js';

registerDictionary('ar', ar);

const rect = (element: Element) => element.getBoundingClientRect();

/** Where a character of an element's text is drawn (its first or last occurrence, across text nodes). */
function charLeft(element: Element, char: string, fromEnd = false): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const found: [Node, number][] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let index = 0; index < node.textContent!.length; index++) if (node.textContent![index] === char) found.push([node, index]);
  }
  expect(found.length, `"${char}" in "${element.textContent}"`).to.be.above(0);
  const [node, index] = fromEnd ? found[found.length - 1] : found[0];
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  return range.getBoundingClientRect().left;
}

/** Text as shown, with any kind of space as a plain one. */
const shown = (element: Element) => element.textContent!.replace(/\s/g, ' ');

describe('right to left', function () {
  // Typing key by key through WebDriver and axe (over the whole country list, too) take longer than 10 s in WebKitGTK.
  this.timeout(30_000);
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    await tenant.stop();
  });

  async function mount(dir: 'rtl' | 'ltr', attributes = 'mode="inline"'): Promise<SmsLock> {
    const lang = dir === 'rtl' ? 'ar' : 'en';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div
        dir=${dir}
        lang=${lang}
        .innerHTML=${`<sms-lock ${attributes} domain="${tenant.url}" client-id="sms-lock-demo" default-country="US"></sms-lock>`}
      ></div>`,
    );
    const el = wrapper.querySelector('sms-lock')!;
    // Until its language is settled the element shows no text at all.
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]')?.textContent, 'no title');
    await el.updateComplete;
    return el;
  }

  it('mirrors the phone step: country button on the right, the number left to right', async () => {
    const el = await mount('rtl');
    expect(part(el, 'title').textContent).to.equal('تسجيل الدخول');
    expect(getComputedStyle(part(el, 'panel')).direction).to.equal('rtl');
    const phone = input(el, 'phone-input');
    const country = part(el, 'country-select');
    expect(rect(country).left).to.be.above(rect(phone).left);
    expect(phone.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(phone).direction).to.equal('ltr');
    // "+1" on the country button reads "+1", not "1+".
    expect(charLeft(country, '+')).to.be.below(charLeft(country, '1'));

    // Typing formats and keeps the caret at the end, as in left-to-right pages.
    await typeInto(el, 'phone-input', '2133734253');
    expect(phone.value).to.equal('(213) 373-4253');
    expect(phone.selectionStart).to.equal(phone.value.length);
    // A digit typed in the middle goes where the caret is, and the caret stays after it through the reformatting.
    phone.setSelectionRange(4, 4);
    await sendKeys({ type: '9' });
    await el.updateComplete;
    expect(phone.value.replace(/\D/g, '')).to.equal('21393734253');
    expect(phone.value.slice(0, phone.selectionStart!).replace(/\D/g, '')).to.equal('2139');
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(phone.value).to.equal('(213) 373-4253');
    // A pasted international number switches the country.
    phone.value = '+44 7400 123456';
    phone.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    // The rules of another calling code may have to load first.
    await waitUntil(() => phone.value === '+44 7400 123456', `pasted number shown as ${phone.value}`);
    await el.updateComplete;
    expect(part(el, 'country-select').textContent).to.contain('+44');
    await expect(el).to.be.accessible();
  });

  it('puts the close button on the left, and on the right in left-to-right pages', async () => {
    for (const dir of ['rtl', 'ltr'] as const) {
      const el = await mount(dir, 'closable');
      el.show();
      await el.updateComplete;
      const close = rect(part(el, 'close-button'));
      const title = rect(part(el, 'title'));
      if (dir === 'rtl') expect(close.right, dir).to.be.at.most(title.left);
      else expect(close.left, dir).to.be.at.least(title.right);
      if (dir === 'rtl') await expect(el).to.be.accessible();
      el.hide();
      await el.updateComplete;
    }
  });

  it('mirrors the country picker: back arrow on the right, pointing right', async () => {
    for (const dir of ['rtl', 'ltr'] as const) {
      const el = await mount(dir);
      part(el, 'country-select').click();
      await el.updateComplete;
      const back = part(el, 'back-button');
      const search = part(el, 'country-search');
      const arrow = getComputedStyle(back.querySelector('svg')!).transform;
      if (dir === 'rtl') {
        expect(rect(back).left).to.be.at.least(rect(search).right);
        expect(arrow).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
        // Calling codes in the list read "+44", not "44+".
        const code = el.shadowRoot!.querySelector('#country-GB .calling-code')!;
        expect(charLeft(code, '+')).to.be.below(charLeft(code, '4'));
        await expect(el).to.be.accessible();
      } else {
        expect(rect(back).right).to.be.at.most(rect(search).left);
        expect(arrow).to.equal('none');
      }
    }
  });

  it('keeps the code and the number in sentences left to right, "Change number" on the right', async () => {
    const el = await mount('rtl');
    await typeInto(el, 'phone-input', '2133734253');
    part(el, 'submit-button').click();
    await waitUntil(() => el.state === 'code-entry', 'code entry never showed');
    await el.updateComplete;

    // "+1 213 373 4253" in the Arabic sentence: "+" drawn left of the last digit, never "4253 373 213 1+".
    const message = part(el, 'message');
    expect(shown(message)).to.contain('\u2066+1 213 373 4253\u2069');
    expect(charLeft(message, '+')).to.be.below(charLeft(message, '3', true));

    const field = input(el, 'code-input');
    expect(getComputedStyle(field).direction).to.equal('ltr');
    await typeInto(el, 'code-input', '12');
    const boxes = [...el.shadowRoot!.querySelectorAll('[part~="code-box"]')];
    expect(boxes.map((box) => box.textContent)).to.deep.equal(['1', '2', '', '', '', '']);
    expect(rect(boxes[0]).left).to.be.below(rect(boxes[1]).left);

    const change = rect(part(el, 'back-button'));
    const countdown = rect(part(el, 'countdown'));
    expect(change.left).to.be.above(countdown.right);
    await expect(el).to.be.accessible();
  });

  it('isolates the number on the success pane', async () => {
    const el = await mount('rtl');
    await toCodeEntry(el, '2133734253');
    await typeInto(el, 'code-input', await tenant.lastCode('+12133734253'));
    await waitUntil(() => el.state === 'success', 'never signed in');
    await el.updateComplete;
    const detail = part(el, 'success').querySelector('p:not(.success-title)')!;
    expect(shown(detail)).to.contain('\u2066+1 213 373 4253\u2069');
    expect(charLeft(detail, '+')).to.be.below(charLeft(detail, '3', true));
    await expect(el).to.be.accessible();
  });
});
