// npm run screenshots: the README's pictures of the three steps, taken from the built demo page
// (same setup as the end-to-end tests) on an iPhone-sized, light, touch viewport.
// Writes docs/images/{phone-entry,code-entry,code-boxes,code-boxes-dark,success,phone-entry-ar}.png, clipped to
// the inline widget: the code boxes half filled, in the light and the dark theme (the demo's theme switch), and
// the phone entry right to left in Arabic.
import { execFileSync } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { codeFromOutbox, iphone, openDemo, root, startDemoStack, waitForState } from './harness/demo-stack.mjs';

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

  await context.close();
  for (const { file, bytes } of written) console.log(`${file.slice(root.length)}  ${(bytes / 1024).toFixed(1)} KiB`);
} finally {
  await stack.close();
}
