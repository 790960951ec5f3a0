// npm run screenshots: the README's pictures of the three steps, taken from the built demo page
// (same setup as the end-to-end tests) on an iPhone-sized, light, touch viewport.
// Writes docs/images/{phone-entry,code-entry,success}.png, clipped to the inline widget.
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
  await page.keyboard.type(code);
  await waitForState(page, '#inline', 'success');
  await lock.locator('[part~="success"]').waitFor();
  await shoot('success');

  await context.close();
  for (const { file, bytes } of written) console.log(`${file.slice(root.length)}  ${(bytes / 1024).toFixed(1)} KiB`);
} finally {
  await stack.close();
}
