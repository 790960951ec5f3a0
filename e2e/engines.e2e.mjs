// The one-file script as a page includes it, beyond Chromium's defaults: in Firefox (a sign-in from
// phone to success under the strict CSP), and in Chromium on a page that requires Trusted Types for
// every script URL, where the element fetches sms-lock-auth0.min.js beside itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { codeFromOutbox, cspFor, launchChromium, root, serveStatic } from '../scripts/harness/demo-stack.mjs';
import { ensureBundleBuilt, ensureTenantBuilt } from '../scripts/harness/builds.mjs';

const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const NUMBER = '+14155550100';

let tenant;
let site;
let csp;
before(async () => {
  ensureBundleBuilt();
  ensureTenantBuilt();
  const { startTenant } = await import('sms-lock-tenant');
  tenant = await startTenant({ port: 0, quiet: true });
  csp = cspFor(new URL(tenant.url).origin);
  const page = (body) => ({
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sms-lock</title></head><body>${body}<script src="/sms-lock.min.js"></script></body></html>`,
  });
  const lock = (extra = '') => `<sms-lock mode="inline" domain="${tenant.url}" client-id="sms-lock-demo" default-country="US" ${extra}></sms-lock>`;
  site = await serveStatic(join(root, 'dist'), {
    headers: { 'Content-Security-Policy': `${csp}; require-trusted-types-for 'script'` },
    routes: { '/otp.html': page(lock()), '/return.html': page(lock('flow="cross-origin"')) },
  });
});
after(async () => {
  await site?.close();
  await tenant?.close();
});

/** Violations as the page reports them (CSP and Trusted Types alike), collected from before its first script. */
const RECORD_VIOLATIONS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || e.sample)), true);`;

test(
  'Firefox: phone, code from the outbox, signed in, under the strict CSP',
  { skip: !existsSync(firefoxPath) && `${firefoxPath} is not installed` },
  async () => {
    const browser = await puppeteerCore.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.evaluateOnNewDocument(RECORD_VIOLATIONS);
      await page.goto(`${site.url}/otp.html`);
      const phone = await page.waitForSelector('sms-lock >>> #phone');
      await phone.type('4155550100');
      assert.equal(await phone.evaluate((field) => field.value), '(415) 555-0100');
      await (await page.waitForSelector('sms-lock >>> [part~="submit-button"]')).click();
      await page.waitForSelector('sms-lock[state="code-entry"]');
      const code = await page.waitForSelector('sms-lock >>> #code');
      // Firefox does not know the one-time-code token (input.autocomplete reads ''), but the attribute is there for autofill.
      assert.equal(await code.evaluate((field) => field.getAttribute('autocomplete')), 'one-time-code');
      const authenticated = page.evaluate(
        () => new Promise((done) => document.querySelector('sms-lock').addEventListener('authenticated', (e) => done(e.detail.profile.phone_number))),
      );
      await code.type(await codeFromOutbox(tenant.url, NUMBER));
      assert.equal(await authenticated, NUMBER);
      await page.waitForSelector('sms-lock[state="success"]');
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  },
);

test('Trusted Types required: the element renders, signs in and fetches sms-lock-auth0.min.js with no violation', async () => {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await context.addInitScript(RECORD_VIOLATIONS);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const response = await page.goto(`${site.url}/otp.html`);
    assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
    // Control: assigning a plain string to a script's src is refused on this page.
    assert.equal(
      await page.evaluate(() => {
        try {
          document.createElement('script').src = '/x.js';
          return 'allowed';
        } catch {
          return 'refused';
        }
      }),
      'refused',
    );
    await page.evaluate(() => (window.__violations = []));
    const lock = page.locator('sms-lock');
    await lock.locator('#phone').pressSequentially('4155550100');
    await lock.locator('[part~="submit-button"]').click();
    await page.locator('sms-lock[state="code-entry"]').waitFor({ state: 'attached' });
    await lock.locator('#code').pressSequentially(await codeFromOutbox(tenant.url, NUMBER));
    await page.locator('sms-lock[state="success"]').waitFor({ state: 'attached' });

    // A return from /authorize: the element loads auth0-spa-js from beside itself to finish it.
    await page.goto(`${site.url}/return.html?code=unknown&state=unknown`);
    await page.waitForFunction(() => window.SmsLockAuth0 !== undefined && !document.querySelector('sms-lock').hasAttribute('busy'));
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
