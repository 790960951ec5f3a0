// The built demo page on a desktop viewport, served under a strict CSP, against the local tenant:
// the inline widget and the modal, from typing a number to `authenticated`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeFromOutbox, newWatchedPage, openDemo, outboxCount, waitForState } from '../scripts/harness/demo-stack.mjs';
import { assertNoProblems, useDemoStack } from './support.mjs';

const stack = useDemoStack();

const desktopPage = () => newWatchedPage(stack.browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });

test('the page is served with the strict CSP, and a violation would be caught', async () => {
  const { context, page, problems } = await desktopPage();
  try {
    const response = await openDemo(page, stack.demoUrl);
    assert.equal(response.headers()['content-security-policy'], stack.csp);
    // Control: an inline style attribute must be refused and reported, or the other tests prove nothing.
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await page.waitForFunction(() => window.__cspViolations.length > 0);
    const violations = await problems.cspViolations(page);
    assert.match(violations[0], /^style-src-attr/);
  } finally {
    await context.close();
  }
});

test('inline: type a number, enter the code from the outbox, signed in', async () => {
  const { context, page, problems } = await desktopPage();
  try {
    await openDemo(page, stack.demoUrl);
    const lock = page.locator('#inline');
    await waitForState(page, '#inline', 'phone-entry');

    const phone = lock.locator('[part~="phone-input"]');
    await phone.click();
    await phone.pressSequentially('2133734253');
    // As-you-type national format for the default country (US, from the browser's language).
    await assert.doesNotReject(
      () =>
        page.waitForFunction(() => document.querySelector('#inline').shadowRoot.querySelector('#phone').value === '(213) 373-4253', undefined, {
          timeout: 2000,
        }),
      'phone field formatted as (213) 373-4253',
    );
    await phone.press('Enter');

    await waitForState(page, '#inline', 'code-entry');
    // The message names the number the code went to (in whatever format it displays).
    const message = await lock.locator('[part~="message"]').textContent();
    assert.match(message.replace(/\D/g, ''), /12133734253/, `message: ${message}`);
    assert.equal(await outboxCount(stack.tenant.url, '+12133734253'), 1, 'exactly one SMS sent');

    const code = await codeFromOutbox(stack.tenant.url, '+12133734253');
    const codeInput = lock.locator('[part~="code-input"]');
    await assert.doesNotReject(
      () => page.waitForFunction(() => document.querySelector('#inline').shadowRoot.activeElement?.id === 'code', undefined, { timeout: 2000 }),
      'focus moves to the code field',
    );
    // No submit: the field submits itself once all the digits are in.
    await codeInput.pressSequentially(code);

    await waitForState(page, '#inline', 'success');
    await lock.locator('[part~="success"]').waitFor();
    await page.locator('#log li strong', { hasText: '#inline authenticated' }).waitFor();
    const detail = await page.locator('#log li', { hasText: '#inline authenticated' }).locator('pre').textContent();
    const parsed = JSON.parse(detail);
    assert.equal(parsed.profile.phone_number, '+12133734253');
    assert.equal(parsed.tokenType, 'Bearer');
    await assertNoProblems(page, problems);
  } finally {
    await context.close();
  }
});

test('modal: "Sign in" opens the dialog, the full flow, then it closes itself', async () => {
  const { context, page, problems } = await desktopPage();
  try {
    await openDemo(page, stack.demoUrl);
    const lock = page.locator('#modal');
    const dialog = lock.locator('dialog[part~="dialog"]');
    assert.equal(await dialog.isVisible(), false, 'dialog closed before the click');

    await page.locator('#open-modal').click();
    await dialog.waitFor({ state: 'visible' });
    assert.equal(await lock.getAttribute('open'), '');
    // Focus goes to the first field.
    await assert.doesNotReject(
      () => page.waitForFunction(() => document.querySelector('#modal').shadowRoot.activeElement?.id === 'phone', undefined, { timeout: 2000 }),
      'focus on the phone field',
    );

    await page.keyboard.type('2015550123');
    await lock.locator('[part~="submit-button"]').click();
    await waitForState(page, '#modal', 'code-entry');

    const code = await codeFromOutbox(stack.tenant.url, '+12015550123');
    await lock.locator('[part~="code-input"]').pressSequentially(code);

    await page.locator('#log li strong', { hasText: '#modal authenticated' }).waitFor();
    // autoclose: the dialog goes away by itself and focus returns to the button that opened it.
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await lock.getAttribute('open'), null);
    assert.equal(await lock.getAttribute('state'), 'success');
    await assert.doesNotReject(
      () => page.waitForFunction(() => document.activeElement?.id === 'open-modal', undefined, { timeout: 2000 }),
      'focus back on "Sign in"',
    );
    await assertNoProblems(page, problems);
  } finally {
    await context.close();
  }
});
