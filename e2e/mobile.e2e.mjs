// The built demo page in an iPhone-sized, touch, mobile context: the modal driven by taps,
// full-screen below 480px, and no input small enough for iOS to zoom into.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { codeFromOutbox, inputFontSizes, iphone, openDemo, startDemoStack, waitForState, watchProblems } from './support.mjs';

let stack;
before(async () => {
  stack = await startDemoStack();
});
after(async () => {
  await stack?.close();
});

async function assertNoTinyInputs(page, where) {
  const sizes = await inputFontSizes(page, '#modal');
  assert.ok(sizes.length > 0, `${where}: no input found`);
  for (const { id, fontSize } of sizes) assert.ok(fontSize >= 16, `${where}: #${id} has font-size ${fontSize}px`);
}

test('iPhone: the modal by taps fills the screen, from a number to signed in', async () => {
  const device = iphone();
  const context = await stack.browser.newContext({ ...device, locale: 'en-US' });
  const problems = await watchProblems(context);
  try {
    const page = await context.newPage();
    await openDemo(page, stack.demoUrl);
    assert.equal(await page.evaluate(() => navigator.maxTouchPoints > 0 && matchMedia('(pointer: coarse)').matches), true);

    const lock = page.locator('#modal');
    const dialog = lock.locator('dialog[part~="dialog"]');
    await page.locator('#open-modal').tap();
    await dialog.waitFor({ state: 'visible' });

    // Below 480px the modal is a full-screen sheet (measured once its opening animation is over).
    await dialog.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
    const { width, height } = device.viewport;
    const box = await dialog.boundingBox();
    assert.ok(Math.abs(box.x) <= 1 && Math.abs(box.y) <= 1, `sheet at ${box.x},${box.y}`);
    assert.ok(Math.abs(box.width - width) <= 1, `sheet width ${box.width} vs viewport ${width}`);
    assert.ok(Math.abs(box.height - height) <= 1, `sheet height ${box.height} vs viewport ${height}`);
    await assertNoTinyInputs(page, 'phone entry');

    // The country picker opens and closes by touch; its search field must not trigger zoom either.
    await lock.locator('[part~="country-select"]').tap();
    await lock.locator('[part~="country-search"]').waitFor();
    await assertNoTinyInputs(page, 'country picker');
    await lock.locator('[part~="country-picker"] [part~="back-button"]').tap();
    await lock.locator('[part~="phone-input"]').waitFor();

    await lock.locator('[part~="phone-input"]').tap();
    await page.keyboard.type('4155550100');
    await lock.locator('[part~="submit-button"]').tap();
    await waitForState(page, '#modal', 'code-entry');
    await assertNoTinyInputs(page, 'code entry');

    const code = await codeFromOutbox(stack.tenant.url, '+14155550100');
    await lock.locator('[part~="code-input"]').tap();
    await page.keyboard.type(code);

    await page.locator('#log li strong', { hasText: '#modal authenticated' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await lock.getAttribute('state'), 'success');

    assert.deepEqual(await problems.cspViolations(page), [], 'CSP violations');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    assert.deepEqual(problems.pageErrors, [], 'uncaught errors');
  } finally {
    await context.close();
  }
});

test('iPhone: the inline widget by taps, with inputs of at least 16px', async () => {
  const context = await stack.browser.newContext({ ...iphone(), locale: 'en-US' });
  const problems = await watchProblems(context);
  try {
    const page = await context.newPage();
    await openDemo(page, stack.demoUrl);
    const lock = page.locator('#inline');
    const phone = lock.locator('[part~="phone-input"]');
    await phone.scrollIntoViewIfNeeded();
    await phone.tap();
    await page.keyboard.type('2125550199');
    await lock.locator('[part~="submit-button"]').tap();
    await waitForState(page, '#inline', 'code-entry');
    for (const { id, fontSize } of await inputFontSizes(page, '#inline')) {
      assert.ok(fontSize >= 16, `#${id} has font-size ${fontSize}px`);
    }

    const code = await codeFromOutbox(stack.tenant.url, '+12125550199');
    await lock.locator('[part~="code-input"]').tap();
    await page.keyboard.type(code);
    await waitForState(page, '#inline', 'success');
    await page.locator('#log li strong', { hasText: '#inline authenticated' }).waitFor();

    assert.deepEqual(await problems.cspViolations(page), [], 'CSP violations');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
  } finally {
    await context.close();
  }
});
