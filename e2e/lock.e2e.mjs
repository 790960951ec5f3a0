// A page written for Auth0 Lock's passwordless SMS mode, as Lock's docs write it ("Using Passwordless
// Authentication in SPA with SMS"), with only its <script src> changed to dist/sms-lock-lock.min.js:
// it signs in against the local tenant the way Lock does (cross-origin authentication, then /authorize
// and back to auth.redirectUrl), and logs out through /v2/logout.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ensureBundleBuilt, ensureTenantBuilt } from '../scripts/harness/builds.mjs';
import { codeFromOutbox, launchChromium, newWatchedPage } from '../scripts/harness/demo-stack.mjs';
import { serveLockPage } from '../scripts/harness/lock-page.mjs';

const NUMBER = '+12133734253';

let tenant;
let site;
let browser;

before(async () => {
  // One build writes sms-lock.min.js, sms-lock-auth0.min.js and sms-lock-lock.min.js.
  ensureBundleBuilt();
  ensureTenantBuilt();
  const { startTenant } = await import('sms-lock-tenant');
  tenant = await startTenant({ port: 0, quiet: true });
  site = await serveLockPage(tenant.url);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await tenant?.close();
});

test("Lock's documented SMS page signs in and logs out with only its script src changed", async () => {
  const { context, page, problems, requests } = await newWatchedPage(browser, {});
  try {
    await page.goto(`${site.url}/`);
    const widget = page.locator('sms-lock');
    assert.equal(await widget.getAttribute('open'), null, 'nothing shows before lock.show()');

    await page.getByRole('link', { name: 'Login' }).click();
    const phone = widget.locator('[part~="phone-input"]');
    await phone.waitFor();
    assert.equal(await widget.locator('[part~="close-button"]').count(), 1, "Lock's modal is closable");
    await phone.pressSequentially('2133734253');
    await phone.press('Enter');
    await page.locator('sms-lock[state="code-entry"]').waitFor({ state: 'attached' });
    await widget.locator('[part~="code-input"]').pressSequentially(await codeFromOutbox(tenant.url, NUMBER));

    // Checked at /co/authenticate, then /authorize with the login ticket, and back here, where the
    // page's own Lock handler stores the tokens.
    await page.waitForFunction(() => localStorage.getItem('id_token') && localStorage.getItem('access_token'), null, { timeout: 15_000 });
    const idToken = await page.evaluate(() => localStorage.getItem('id_token'));
    const claims = JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString());
    assert.match(claims.sub, /^sms\|/);
    assert.equal(claims.aud, 'sms-lock-demo');
    const tenantPaths = requests.filter((url) => url.startsWith(tenant.url)).map((url) => new URL(url).pathname);
    assert.ok(tenantPaths.includes('/co/authenticate'), 'cross-origin authentication, as Lock signs in');
    assert.ok(tenantPaths.includes('/authorize'));
    // auth0-spa-js came from the same folder as the page's one script.
    assert.ok(requests.includes(`${site.url}/assets/sms-lock-auth0.min.js`));
    // So did the phone rules of +1, and the number was checked by them (no fallback warning).
    assert.ok(requests.includes(`${site.url}/assets/phone/1.js`));
    assert.deepEqual(problems.consoleErrors, []);
    assert.equal(new URL(page.url()).search, '', 'the code and state are taken out of the address bar');
    assert.deepEqual(problems.pageErrors, []);

    // lock.logout() goes through the tenant's /v2/logout and comes back to returnTo.
    await Promise.all([page.waitForURL(`${site.url}/?signed-out`), page.evaluate((returnTo) => window.lock.logout({ returnTo }), `${site.url}/?signed-out`)]);
    const logout = new URL(requests.find((url) => url.startsWith(`${tenant.url}/v2/logout`)));
    assert.equal(logout.searchParams.get('client_id'), 'sms-lock-demo');
    assert.equal(logout.searchParams.get('returnTo'), `${site.url}/?signed-out`);
  } finally {
    await context.close();
  }
});
