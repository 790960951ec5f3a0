// What the widget looks like: code boxes over the one code field, light/dark/auto themes (with the
// contrast of the rendered colours), forced colours (Windows high contrast) and reduced motion.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import type { SmsLock } from '../src/index.js';
import { input, maybePart, part, text, toCodeEntry, typeInto } from './element-helpers.js';
import { startTestTenant, type TestTenant } from './tenant-helper.js';

const NUMBER = '+14155550100';
const isChromium = navigator.userAgent.includes('Chrome/');

/** Chromium only (a DevTools command): forced-colors and the like; {} clears them. */
const emulateMediaFeatures = (features: Record<string, string>) => executeServerCommand('emulate-media-features', features);

async function inline(tenant: TestTenant, attributes = ''): Promise<SmsLock> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div .innerHTML=${`<sms-lock mode="inline" domain="${tenant.url}" client-id="sms-lock-demo" default-country="US" ${attributes}></sms-lock>`}></div>`,
  );
  const el = wrapper.querySelector('sms-lock')!;
  await el.updateComplete;
  return el;
}

const boxes = (el: SmsLock) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="code-box"]')];
const boxTexts = (el: SmsLock) => boxes(el).map((box) => box.textContent);
const partsOf = (box: HTMLElement) => box.getAttribute('part')!.split(' ');

// Without transitions the computed colours are the final ones at once.
const NO_TRANSITIONS = 'style="--sms-lock-duration: 0s"';

// WCAG 2 relative luminance and contrast ratio of computed `rgb()`/`rgba()` colours.
function rgb(color: string): [number, number, number] {
  const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b];
}
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// Typing key by key through WebDriver and axe make these longer than the default 10 s in WebKitGTK.
const SLOW = 30_000;

describe('code boxes', function () {
  this.timeout(SLOW);
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    await tenant.stop();
  });

  it('draws one box per digit over the one real code field, which keeps focus and the label', async () => {
    const el = await inline(tenant, NO_TRANSITIONS);
    await toCodeEntry(el);
    const field = input(el, 'code-input');
    expect(boxes(el)).to.have.length(6);
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(1);
    // The attribute: Firefox's autocomplete property reads '' for a token it does not autofill.
    expect(field.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(field.labels![0].textContent).to.equal('Verification code');
    expect(field.getAttribute('aria-describedby')).to.equal('message error');
    expect(boxes(el)[0].parentElement!.getAttribute('aria-hidden')).to.equal('true');
    // The field lies over all the boxes (a tap on any box lands in it), with its own text invisible.
    const over = field.getBoundingClientRect();
    for (const box of boxes(el)) {
      const at = box.getBoundingClientRect();
      expect(at.left >= over.left && at.right <= over.right && at.top >= over.top && at.bottom <= over.bottom, 'box under the field').to.equal(true);
    }
    expect(getComputedStyle(field).color).to.equal('rgba(0, 0, 0, 0)');
    // The first box is where the next digit goes, and shows it while the field has focus.
    expect(partsOf(boxes(el)[0])).to.include('code-box-active');
    expect(getComputedStyle(boxes(el)[0]).borderTopColor).to.equal('rgb(26, 86, 219)');
    expect(getComputedStyle(boxes(el)[1]).borderTopColor).to.equal('rgb(121, 118, 127)');
    await expect(el).to.be.accessible();

    await typeInto(el, 'code-input', '123');
    expect(boxTexts(el)).to.deep.equal(['1', '2', '3', '', '', '']);
    expect(boxes(el).map((box) => partsOf(box).includes('code-box-filled'))).to.deep.equal([true, true, true, false, false, false]);
    expect(boxes(el).findIndex((box) => partsOf(box).includes('code-box-active'))).to.equal(3);
    // Left to right, first digit first.
    expect(boxes(el)[0].getBoundingClientRect().left).to.be.below(boxes(el)[1].getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });

  it('follows code-length', async () => {
    const el = await inline(tenant, 'code-length="4"');
    await toCodeEntry(el);
    expect(boxes(el)).to.have.length(4);
  });

  it('shows a pasted sentence as its digits, one per box, and signs in', async () => {
    const el = await inline(tenant);
    await toCodeEntry(el);
    const code = await tenant.lastCode(NUMBER);
    const authenticated = oneEvent(el, 'authenticated');
    const field = input(el, 'code-input');
    field.value = `Your code is ${code}.`;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    await el.updateComplete;
    expect(boxTexts(el).join('')).to.equal(code);
    await authenticated;
  });

  it('marks every box after a wrong code, beside the error line and its icon', async () => {
    const el = await inline(tenant, NO_TRANSITIONS);
    await toCodeEntry(el);
    const real = await tenant.lastCode(NUMBER);
    const failed = oneEvent(el, 'authorization-error');
    await typeInto(el, 'code-input', real === '000000' ? '111111' : '000000');
    await failed;
    expect(input(el, 'code-input').getAttribute('aria-invalid')).to.equal('true');
    for (const box of boxes(el)) {
      expect(partsOf(box)).to.include('code-box-invalid');
      expect(getComputedStyle(box).borderTopColor).to.equal('rgb(179, 38, 30)');
    }
    expect(part(el, 'error').querySelector('svg[aria-hidden="true"]')).to.not.equal(null);
    expect(text(el, 'error')).to.equal('That code is wrong or has expired. Check it, or send a new code.');
    await expect(el).to.be.accessible();
  });

  it('code-style="field" keeps the single visible field', async () => {
    const el = await inline(tenant, 'code-style="field"');
    await toCodeEntry(el);
    expect(maybePart(el, 'code-box')).to.equal(null);
    await typeInto(el, 'code-input', '123');
    const field = input(el, 'code-input');
    expect(field.value).to.equal('123');
    expect(getComputedStyle(field).color).to.not.equal('rgba(0, 0, 0, 0)');
    await expect(el).to.be.accessible();
  });

  it('blinks the caret in the active box, and not under reduced motion', async function () {
    if (!isChromium) this.skip(); // emulateMedia needs Chromium here
    const el = await inline(tenant);
    await toCodeEntry(el);
    const caret = () => getComputedStyle(boxes(el)[0], '::after');
    expect(caret().borderInlineStartWidth).to.equal('2px');
    expect(caret().animationDuration).to.equal('1.2s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(caret().animationDuration).to.equal('0s');
      expect(getComputedStyle(boxes(el)[0]).transitionDuration).to.equal('0s, 0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('themes', function () {
  this.timeout(SLOW);
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await startTestTenant();
  });
  afterEach(async () => {
    await tenant.stop();
  });

  /** Every pair of rendered colours that WCAG AA asks contrast of: 4.5:1 for text, 3:1 for borders and the focus ring. */
  async function checkContrast(el: SmsLock): Promise<void> {
    const root = el.shadowRoot!;
    const background = getComputedStyle(part(el, 'panel')).backgroundColor;
    const field = getComputedStyle(input(el, 'phone-input')).backgroundColor;
    const button = getComputedStyle(part(el, 'submit-button'));
    const pairs: [string, string, string, number][] = [
      ['text', getComputedStyle(part(el, 'title')).color, background, 4.5],
      ['muted text', getComputedStyle(part(el, 'instructions')).color, background, 4.5],
      ['field text', getComputedStyle(input(el, 'phone-input')).color, field, 4.5],
      ['button text', button.color, button.backgroundColor, 4.5],
      ['field border', getComputedStyle(input(el, 'phone-input')).borderTopColor, background, 3],
      ['panel border', getComputedStyle(part(el, 'panel')).borderTopColor, background, 3],
    ];
    // An error, and the focus ring of the focused field.
    part(el, 'submit-button').click();
    await el.updateComplete;
    pairs.push(['error text', getComputedStyle(part(el, 'error')).color, background, 4.5]);
    input(el, 'phone-input').focus();
    expect(root.activeElement).to.equal(input(el, 'phone-input'));
    pairs.push(['focus ring', getComputedStyle(input(el, 'phone-input')).outlineColor, background, 3]);
    await toCodeEntry(el);
    pairs.push(['link', getComputedStyle(part(el, 'back-button')).color, background, 4.5]);
    pairs.push(['code box border', getComputedStyle(boxes(el)[1]).borderTopColor, background, 3]);
    pairs.push(['active code box', getComputedStyle(boxes(el)[0]).borderTopColor, background, 3]);
    for (const [what, foreground, back, minimum] of pairs) {
      expect(contrast(foreground, back), `${what}: ${foreground} on ${back}`).to.be.at.least(minimum);
    }
    await expect(el).to.be.accessible();
  }

  it('is light by default, whatever the system', async function () {
    const el = await inline(tenant, NO_TRANSITIONS);
    expect(el.theme).to.equal('light');
    expect(getComputedStyle(part(el, 'panel')).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    if (isChromium) {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        expect(getComputedStyle(part(el, 'panel')).backgroundColor).to.equal('rgb(255, 255, 255)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    }
    await checkContrast(el);
  });

  it('theme="dark" is dark, with native controls to match, and meets AA contrast', async () => {
    const el = await inline(tenant, `theme="dark" ${NO_TRANSITIONS}`);
    expect(getComputedStyle(part(el, 'panel')).backgroundColor).to.equal('rgb(31, 30, 35)');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await checkContrast(el);
  });

  it('theme="auto" follows prefers-color-scheme', async function () {
    if (!isChromium) this.skip(); // emulateMedia needs Chromium here
    const el = await inline(tenant, `theme="auto" ${NO_TRANSITIONS}`);
    expect(getComputedStyle(part(el, 'panel')).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(getComputedStyle(part(el, 'panel')).backgroundColor).to.equal('rgb(31, 30, 35)');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await checkContrast(el);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('lets --sms-lock-* properties override either theme', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await inline(tenant, `theme="${theme}" style="--sms-lock-color-background: rgb(1, 2, 3); --sms-lock-color-primary: rgb(200, 100, 0)"`);
      expect(getComputedStyle(part(el, 'panel')).backgroundColor, theme).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'submit-button')).backgroundColor, theme).to.equal('rgb(200, 100, 0)');
    }
  });

  it('switches theme at run time', async () => {
    const el = await inline(tenant);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(part(el, 'panel')).backgroundColor).to.equal('rgb(31, 30, 35)');
  });
});

describe('forced colors (Windows high contrast)', () => {
  let tenant: TestTenant;
  beforeEach(async function () {
    if (!isChromium) this.skip(); // Chromium's forced-colors emulation
    tenant = await startTestTenant();
    await emulateMediaFeatures({ 'forced-colors': 'active' });
  });
  afterEach(async () => {
    if (!tenant) return;
    await emulateMediaFeatures({});
    await tenant.stop();
  });

  const visibleBorder = (element: Element) => {
    const style = getComputedStyle(element);
    return style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0 && style.borderTopColor !== style.backgroundColor;
  };

  it('keeps every control, the boxes, the focus ring and the error visible in system colours', async () => {
    const el = await inline(tenant);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    for (const name of ['phone-input', 'country-select', 'submit-button']) expect(visibleBorder(part(el, name)), name).to.equal(true);
    input(el, 'phone-input').focus();
    const ring = getComputedStyle(input(el, 'phone-input'));
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.equal(3);
    await expect(el).to.be.accessible();

    await toCodeEntry(el);
    for (const box of boxes(el)) expect(visibleBorder(box)).to.equal(true);
    // The active box carries the focus ring (box shadows are dropped in forced colours).
    const active = getComputedStyle(boxes(el)[0]);
    expect(active.outlineStyle).to.equal('solid');
    expect(parseFloat(active.outlineWidth)).to.equal(3);
    expect(getComputedStyle(boxes(el)[1]).outlineStyle).to.equal('none');
    await expect(el).to.be.accessible();

    // A wrong code: dashed, thicker borders and the icon, not colour alone.
    const real = await tenant.lastCode(NUMBER);
    const failed = oneEvent(el, 'authorization-error');
    await typeInto(el, 'code-input', real === '000000' ? '111111' : '000000');
    await failed;
    await el.updateComplete;
    for (const box of boxes(el)) {
      expect(getComputedStyle(box).borderTopStyle).to.equal('dashed');
      expect(getComputedStyle(box).borderTopWidth).to.equal('2px');
    }
    const icon = part(el, 'error').querySelector('svg')!;
    expect(icon.getBoundingClientRect().width).to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('marks an invalid phone field with a dashed border', async () => {
    const el = await inline(tenant);
    await typeInto(el, 'phone-input', '12');
    part(el, 'submit-button').click();
    await el.updateComplete;
    expect(input(el, 'phone-input').getAttribute('aria-invalid')).to.equal('true');
    expect(getComputedStyle(input(el, 'phone-input')).borderTopStyle).to.equal('dashed');
    await expect(el).to.be.accessible();
  });
});
