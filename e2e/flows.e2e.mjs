// The two redirect flows for Single Page Application-type apps, with the real auth0-spa-js against the
// local tenant: the demo's cross-origin.html and universal.html, served under the strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeFromOutbox, newWatchedPage, waitForState } from '../scripts/harness/demo-stack.mjs';
import { useDemoStack } from './support.mjs';

// The hosted Universal Login page serves the one-file script.
const stack = useDemoStack({ hostedLoginPage: true });

/** One of the demo's pages in a new context, against the stack's tenant; `requests` lists every URL the context asked for. */
async function openPage(name) {
  const opened = await newWatchedPage(stack.browser, {});
  const url = new URL(name, `${stack.site.url}/`);
  url.searchParams.set('tenant', stack.tenant.url);
  await opened.page.goto(url.href);
  return opened;
}

async function enterNumber(page, national) {
  const lock = page.locator('sms-lock');
  await lock.locator('[part~="phone-input"]').pressSequentially(national);
  await lock.locator('[part~="phone-input"]').press('Enter');
  await waitForState(page, 'sms-lock', 'code-entry');
  return lock;
}

async function assertSignedInApp(page, problems, phoneNumber) {
  await waitForState(page, 'sms-lock', 'success', 10_000);
  await page.locator('#session', { hasText: 'isAuthenticated(): true' }).waitFor();
  await page.locator('#session', { hasText: phoneNumber }).waitFor();
  const url = new URL(page.url());
  assert.equal(url.searchParams.has('code'), false, 'the authorization code is taken out of the address bar');
  assert.equal(url.searchParams.has('state'), false);
  assert.deepEqual(await problems.cspViolations(page), []);
  assert.deepEqual(problems.pageErrors, []);
}

test('cross-origin: /co/authenticate, then /authorize with the login ticket, and back signed in', async () => {
  const { context, page, problems, requests } = await openPage('cross-origin.html');
  try {
    const lock = await enterNumber(page, '2133734253');
    const code = await codeFromOutbox(stack.tenant.url, '+12133734253');

    // A wrong code is answered in place, like the OTP flow.
    const wrong = code === '000000' ? '111111' : '000000';
    await lock.locator('[part~="code-input"]').pressSequentially(wrong);
    await lock.locator('[part~="error"]', { hasText: 'That code is wrong or has expired' }).waitFor();
    assert.equal(await page.locator('sms-lock').getAttribute('state'), 'code-entry');

    await lock.locator('[part~="code-input"]').fill('');
    await lock.locator('[part~="code-input"]').pressSequentially(code);
    await page.waitForURL((url) => url.pathname.endsWith('/cross-origin.html') && url.searchParams.has('code'), { waitUntil: 'commit' });
    await assertSignedInApp(page, problems, '+12133734253');
    // The number came back through auth0-spa-js's transaction: the success step names it.
    await page.locator('sms-lock').locator('[part~="success"]', { hasText: '+1 213 373 4253' }).waitFor();

    assert.ok(requests.some((url) => url === `${stack.tenant.url}/co/authenticate`));
    const authorize = requests.find((url) => url.startsWith(`${stack.tenant.url}/authorize?`));
    assert.ok(authorize, 'went through /authorize');
    const params = new URL(authorize).searchParams;
    assert.ok(params.get('login_ticket'));
    assert.equal(params.get('code_challenge_method'), 'S256');
    assert.ok(
      requests.every((url) => !/[?&](access_token|id_token|refresh_token)=/.test(url)),
      'no token in any URL',
    );
  } finally {
    await context.close();
  }
});

test('universal: hands off to the hosted login page and comes back signed in', async () => {
  const { context, page, problems, requests } = await openPage('universal.html');
  try {
    await page.locator('sms-lock').locator('[part~="continue-button"]').click();
    await page.waitForURL((url) => url.href.startsWith(`${stack.tenant.url}/authorize`));
    const authorize = new URL(page.url()).searchParams;
    assert.equal(authorize.get('connection'), 'sms');

    // The hosted page is <sms-lock> itself, inline, on the tenant's origin.
    await enterNumber(page, '4155550123');
    const code = await codeFromOutbox(stack.tenant.url, '+14155550123');
    await page.locator('sms-lock').locator('[part~="code-input"]').pressSequentially(code);
    await page.waitForURL((url) => url.pathname.endsWith('/universal.html') && url.searchParams.has('code'), { waitUntil: 'commit' });
    await assertSignedInApp(page, problems, '+14155550123');
    assert.ok(
      requests.every((url) => !/[?&](access_token|id_token|refresh_token)=/.test(url)),
      'no token in any URL',
    );
  } finally {
    await context.close();
  }
});

test('cross-origin in a popup: the page stays, the popup answers through web_message', async () => {
  const { context, page, problems, requests } = await openPage('cross-origin.html?popup');
  try {
    const lock = await enterNumber(page, '3125550100');
    const code = await codeFromOutbox(stack.tenant.url, '+13125550100');
    const popup = page.waitForEvent('popup');
    await lock.locator('[part~="code-input"]').pressSequentially(code);
    await popup;
    await waitForState(page, 'sms-lock', 'success', 10_000);
    const authorize = new URL(requests.find((url) => url.startsWith(`${stack.tenant.url}/authorize?`)));
    assert.equal(authorize.searchParams.get('response_mode'), 'web_message');
    assert.ok(authorize.searchParams.get('login_ticket'));
    assert.ok(new URL(page.url()).pathname.endsWith('/cross-origin.html'), 'the page never left');
    await page.locator('#session', { hasText: 'isAuthenticated(): true' }).waitFor();
    assert.deepEqual(await problems.cspViolations(page), []);
    assert.ok(
      requests.every((url) => !/[?&](access_token|id_token|refresh_token)=/.test(url)),
      'no token in any URL',
    );
  } finally {
    await context.close();
  }
});

test('universal in a popup: the hosted page signs in, the page gets authenticated', async () => {
  const { context, page, problems } = await openPage('universal.html?popup');
  try {
    const opened = page.waitForEvent('popup');
    await page.locator('sms-lock').locator('[part~="continue-button"]').click();
    const popup = await opened;
    await popup.locator('sms-lock').locator('[part~="phone-input"]').waitFor();
    await enterNumber(popup, '3125550111');
    const code = await codeFromOutbox(stack.tenant.url, '+13125550111');
    await popup.locator('sms-lock').locator('[part~="code-input"]').pressSequentially(code);
    await waitForState(page, 'sms-lock', 'success', 10_000);
    await page.locator('#session', { hasText: '+13125550111' }).waitFor();
    assert.deepEqual(await problems.cspViolations(page), []);
  } finally {
    await context.close();
  }
});

test('session hand-off: the OTP flow signs the app’s Auth0Client in, and it logs out', async () => {
  const { context, page, problems } = await openPage('spa.html');
  try {
    await page.locator('#session', { hasText: 'isAuthenticated(): false' }).waitFor();
    const lock = await enterNumber(page, '6505550100');
    await lock.locator('[part~="code-input"]').pressSequentially(await codeFromOutbox(stack.tenant.url, '+16505550100'));
    await assertSignedInApp(page, problems, '+16505550100');

    // A reload keeps the session (the app chose the localStorage cache).
    await page.reload();
    await page.locator('#session', { hasText: 'isAuthenticated(): true' }).waitFor();
    await page.locator('#logout').click();
    await page.locator('#session', { hasText: 'isAuthenticated(): false' }).waitFor();
  } finally {
    await context.close();
  }
});
