// npm run screenshots: the README's pictures of the three steps, taken from the built demo page
// (same setup as the end-to-end tests) on an iPhone-sized, light, touch viewport.
// Writes docs/images/{phone-entry,code-entry,code-boxes,code-boxes-dark,success,phone-entry-ar,phone-entry-ja}.png, clipped to
// the inline widget: the code boxes half filled, in the light and the dark theme (the demo's theme switch), and
// the phone entry right to left in Arabic and in Japanese; then docs/images/lock-migration.png, the whole page
// of Lock's documented SMS example with only its script changed.
import { execFileSync } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureBundleBuilt } from './harness/builds.mjs';
import { codeFromOutbox, iphone, openDemo, root, startDemoStack, waitForState } from './harness/demo-stack.mjs';
import { serveLockPage } from './harness/lock-page.mjs';

const outDir = join(root, 'docs', 'images');
const phoneNumber = '+12133734253';

// The country button shows a flag emoji; without a colour emoji font Chromium draws empty boxes.
const fonts = (() => {
  try {
    return execFileSync('fc-list', { encoding: 'utf8' });
  } catch {
    return '';
  }
})();
if (!/emoji/i.test(fonts)) {
  console.warn('warning: no emoji font found (Debian: apt-get install fonts-noto-color-emoji); flags will show as boxes');
}

const stack = await startDemoStack();
try {
  await mkdir(outDir, { recursive: true });
  const context = await stack.browser.newContext({
    ...iphone(),
    // 2x is sharp on any screen; the device's 3x only makes the files bigger.
    deviceScaleFactor: 2,
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await openDemo(page, stack.demoUrl);
  const lock = page.locator('#inline');
  const written = [];

  const shoot = async (name) => {
    await lock.scrollIntoViewIfNeeded();
    const file = join(outDir, `${name}.png`);
    await lock.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    written.push({ file, bytes: (await stat(file)).size });
  };

  const phone = lock.locator('[part~="phone-input"]');
  await phone.tap();
  await page.keyboard.type(phoneNumber.slice(2));
  await shoot('phone-entry');

  await lock.locator('[part~="submit-button"]').tap();
  await waitForState(page, '#inline', 'code-entry');
  await shoot('code-entry');

  const code = await codeFromOutbox(stack.tenant.url, phoneNumber);
  await lock.locator('[part~="code-input"]').tap();
  await page.keyboard.type(code.slice(0, 3));
  await shoot('code-boxes');
  await page.locator('input[name="theme"][value="dark"]').check();
  await lock.locator('[part~="code-input"]').focus();
  await shoot('code-boxes-dark');
  await page.locator('input[name="theme"][value="light"]').check();
  await lock.locator('[part~="code-input"]').focus();
  await page.keyboard.type(code.slice(3));
  await waitForState(page, '#inline', 'success');
  await lock.locator('[part~="success"]').waitFor();
  await shoot('success');

  // Right to left: the phone entry in Arabic, the language file loaded by the element itself.
  await page.locator('#reset-inline').click();
  await lock.evaluate((element) => {
    element.setAttribute('lang', 'ar');
    element.setAttribute('dir', 'rtl');
    // The demo's footer is English: it keeps its own direction.
    element.querySelector('[slot="footer"]')?.setAttribute('dir', 'auto');
  });
  await lock.locator('[part~="title"]', { hasText: 'تسجيل الدخول' }).waitFor();
  await lock.locator('[part~="phone-input"]').tap();
  await page.keyboard.type(phoneNumber.slice(2));
  await shoot('phone-entry-ar');

  // Japanese, left to right again: the element loads ja as it loaded ar.
  await page.locator('#reset-inline').click();
  await lock.evaluate((element) => {
    element.setAttribute('lang', 'ja');
    element.removeAttribute('dir');
  });
  await lock.locator('[part~="title"]', { hasText: 'ログイン' }).waitFor();
  await lock.locator('[part~="phone-input"]').tap();
  await page.keyboard.type(phoneNumber.slice(2));
  await shoot('phone-entry-ja');
  await context.close();

  // Coming from Lock: Lock's documented SMS page with only its script changed, after "Login".
  ensureBundleBuilt();
  const lockSite = await serveLockPage(stack.tenant.url);
  try {
    const lockContext = await stack.browser.newContext({ ...iphone(), deviceScaleFactor: 2, locale: 'en-US', colorScheme: 'light', reducedMotion: 'reduce' });
    const lockTab = await lockContext.newPage();
    await lockTab.goto(`${lockSite.url}/`);
    await lockTab.getByRole('link', { name: 'Login' }).tap();
    await lockTab.locator('sms-lock [part~="phone-input"]').waitFor();
    const file = join(outDir, 'lock-migration.png');
    await lockTab.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    written.push({ file, bytes: (await stat(file)).size });
    await lockContext.close();
  } finally {
    await lockSite.close();
  }

  for (const { file, bytes } of written) console.log(`${file.slice(root.length)}  ${(bytes / 1024).toFixed(1)} KiB`);
} finally {
  await stack.close();
}
