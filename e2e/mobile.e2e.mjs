// The built demo page in an iPhone-sized, touch, mobile context: the modal driven by taps,
// full-screen below 480px, and no input small enough for iOS to zoom into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeFromOutbox, iphone, newWatchedPage, openDemo, waitForState } from '../scripts/harness/demo-stack.mjs';
import { assertNoProblems, assertNoTinyInputs, assertSheetFillsScreen, useDemoStack } from './support.mjs';

const stack = useDemoStack();

test('iPhone: the modal by taps fills the screen, from a number to signed in', async () => {
  const device = iphone();
  const { context, page, problems } = await newWatchedPage(stack.browser, { ...device, locale: 'en-US' });
  try {
    await openDemo(page, stack.demoUrl);
    assert.equal(await page.evaluate(() => navigator.maxTouchPoints > 0 && matchMedia('(pointer: coarse)').matches), true);

    const lock = page.locator('#modal');
    const dialog = lock.locator('dialog[part~="dialog"]');
    await page.locator('#open-modal').tap();
    await dialog.waitFor({ state: 'visible' });

    // Below 480px the modal is a full-screen sheet (measured once its opening animation is over).
    await dialog.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
    await assertSheetFillsScreen(dialog, device.viewport, 'phone entry');
    await assertNoTinyInputs(page, '#modal', 'phone entry');

    // The country picker opens and closes by touch; its search field must not trigger zoom either.
    await lock.locator('[part~="country-select"]').tap();
    await lock.locator('[part~="country-search"]').waitFor();
    await assertNoTinyInputs(page, '#modal', 'country picker');
    await lock.locator('[part~="country-picker"] [part~="back-button"]').tap();
    await lock.locator('[part~="phone-input"]').waitFor();

    await lock.locator('[part~="phone-input"]').tap();
    await page.keyboard.type('4155550100');
    await lock.locator('[part~="submit-button"]').tap();
    await waitForState(page, '#modal', 'code-entry');
    await assertNoTinyInputs(page, '#modal', 'code entry');

    const code = await codeFromOutbox(stack.tenant.url, '+14155550100');
    await lock.locator('[part~="code-input"]').tap();
    await page.keyboard.type(code);

    await page.locator('#log li strong', { hasText: '#modal authenticated' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await lock.getAttribute('state'), 'success');
    await assertNoProblems(page, problems);
  } finally {
    await context.close();
  }
});

test('iPhone: the inline widget by taps, with inputs of at least 16px', async () => {
  const { context, page, problems } = await newWatchedPage(stack.browser, { ...iphone(), locale: 'en-US' });
  try {
    await openDemo(page, stack.demoUrl);
    const lock = page.locator('#inline');
    const phone = lock.locator('[part~="phone-input"]');
    await phone.scrollIntoViewIfNeeded();
    await phone.tap();
    await page.keyboard.type('2125550199');
    await lock.locator('[part~="submit-button"]').tap();
    await waitForState(page, '#inline', 'code-entry');
    await assertNoTinyInputs(page, '#inline', 'code entry');

    const code = await codeFromOutbox(stack.tenant.url, '+12125550199');
    await lock.locator('[part~="code-input"]').tap();
    await page.keyboard.type(code);
    await waitForState(page, '#inline', 'success');
    await page.locator('#log li strong', { hasText: '#inline authenticated' }).waitFor();
    await assertNoProblems(page, problems);
  } finally {
    await context.close();
  }
});
