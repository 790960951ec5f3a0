// The hosted Universal Login page in Chromium, driven by the real, unmodified
// @auth0/auth0-spa-js: a redirect round trip (with a wrong code first), a
// popup login, silent renewal through the web_message iframe and logout.
// Skipped when Chromium (CHROME_PATH or /usr/bin/chromium) is missing. Fails when the
// element's one-file script is not built: `npm test` and `npm run test:tenant` build it first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { tenant, type TestTenant, wrongCode } from './helpers.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
// The tests run in the sms-lock repository (tenant/build/test), whose build makes the script.
const ELEMENT = fileURLToPath(new URL('../../../dist/sms-lock.min.js', import.meta.url));
const SPA = createRequire(import.meta.url).resolve('@auth0/auth0-spa-js/dist/auth0-spa-js.production.js');
const skip = !existsSync(executablePath) ? `no Chromium at ${executablePath}` : false;

/** The script for the login page; a missing one fails the test that needs it instead of skipping it. */
function builtElementScript(): string {
  assert.ok(
    existsSync(ELEMENT),
    `${ELEMENT} is not built: run \`npm run build\` in the sms-lock repository (npm test and npm run test:tenant build it first).`,
  );
  return ELEMENT;
}

/** An app on the same host name as the tenant (same site), so the session cookie reaches the silent-renewal iframe. */
function appServer(tenantUrl: string): Promise<{ url: string; server: Server }> {
  const spa = readFileSync(SPA);
  const page = `<!doctype html><html lang="en"><body><button id="popup">Sign in (popup)</button>
<script src="/spa.js"></script>
<script>
(async () => {
  const client = await auth0.createAuth0Client({
    domain: ${JSON.stringify(tenantUrl)},
    clientId: 'sms-lock-demo',
    cacheLocation: 'localstorage',
    authorizationParams: { redirect_uri: location.origin + '/callback', scope: 'openid profile phone' },
  });
  const report = async (extra) => {
    const claims = await client.getIdTokenClaims();
    window.result = { authenticated: await client.isAuthenticated(), user: await client.getUser(), nonce: claims && claims.nonce, ...extra };
  };
  try {
    if (location.pathname === '/login') await client.loginWithRedirect({ authorizationParams: { connection: 'sms' } });
    else if (location.pathname === '/callback') {
      await client.handleRedirectCallback();
      const silent = await client.getTokenSilently({ cacheMode: 'off', detailedResponse: true });
      await report({ silent: Object.keys(silent).sort() });
    } else if (location.pathname === '/logout') await client.logout({ logoutParams: { returnTo: location.origin + '/signed-out' } });
    else if (location.pathname === '/signed-out') {
      let silent;
      try { await client.getTokenSilently({ cacheMode: 'off' }); silent = 'token'; } catch (e) { silent = e.error; }
      await report({ silent });
    } else {
      document.getElementById('popup').onclick = () => client.loginWithPopup({ authorizationParams: { connection: 'sms' } }).then(() => report({}), (e) => { window.result = { error: e.error || e.message }; });
    }
  } catch (e) { window.result = { error: e.error || e.message }; }
})();
</script></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/spa.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(spa);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

async function signIn(page: Page, t: TestTenant, phone: string, national: string, wrongFirst = false): Promise<void> {
  const lock = page.locator('sms-lock');
  const phoneInput = lock.locator('[part~="phone-input"]');
  await phoneInput.waitFor();
  await phoneInput.pressSequentially(national);
  await phoneInput.press('Enter');
  await page.waitForFunction(`document.querySelector('sms-lock')?.getAttribute('state') === 'code-entry'`);
  const code = t.outbox.last(phone)!.code;
  const codeInput = lock.locator('#code');
  if (wrongFirst) {
    await codeInput.pressSequentially(wrongCode(code));
    await lock.locator('[role="alert"]').filter({ hasText: /wrong/i }).waitFor();
    assert.match(page.url(), /\/authorize\?/, 'still on the login page');
    await codeInput.fill('');
  }
  await codeInput.pressSequentially(code);
}

describe('hosted Universal Login page with @auth0/auth0-spa-js in Chromium', { skip }, () => {
  let browser: Browser;
  before(async () => {
    browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  after(() => browser?.close());

  it('redirect round trip, silent renewal through web_message, logout', async () => {
    const t = await tenant({ now: Date.now, elementScript: builtElementScript() });
    const app = await appServer(t.url);
    after(() => app.server.close());
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${app.url}/login`);
    await page.waitForURL(/\/authorize\?/);
    await signIn(page, t, '+12133734253', '2133734253', true);
    await page.waitForURL(/\/callback/);
    await page.waitForFunction('window.result');
    const result = (await page.evaluate('window.result')) as any;
    assert.equal(result.error, undefined, result.error);
    assert.equal(result.authenticated, true);
    assert.equal(result.user.phone_number, '+12133734253');
    assert.ok(result.nonce);
    assert.deepEqual(result.silent, ['access_token', 'expires_in', 'id_token', 'scope', 'token_type']);

    await page.goto(`${app.url}/logout`);
    await page.waitForURL(/\/signed-out/);
    await page.waitForFunction('window.result');
    const out = (await page.evaluate('window.result')) as any;
    assert.equal(out.authenticated, false);
    assert.equal(out.silent, 'login_required');
  });

  it('popup login', async () => {
    const t = await tenant({ now: Date.now, elementScript: builtElementScript() });
    const app = await appServer(t.url);
    after(() => app.server.close());
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${app.url}/`);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('#popup')]);
    await signIn(popup, t, '+12133734254', '2133734254');
    await page.waitForFunction('window.result', null, { timeout: 15000 });
    const result = (await page.evaluate('window.result')) as any;
    assert.equal(result.error, undefined, result.error);
    assert.equal(result.user.phone_number, '+12133734254');
  });
});
