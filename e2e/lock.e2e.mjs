// A page written for Auth0 Lock's passwordless SMS mode, as Lock's docs write it ("Using Passwordless
// Authentication in SPA with SMS"), with only its <script src> changed to dist/sms-lock-lock.min.js:
// it signs in against the local tenant the way Lock does (cross-origin authentication, then /authorize
// and back to auth.redirectUrl), and logs out through /v2/logout.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBundleBuilt, ensureTenantBuilt } from '../scripts/harness/builds.mjs';
import { codeFromOutbox, launchChromium, newWatchedPage, root, serveStatic } from '../scripts/harness/demo-stack.mjs';

const NUMBER = '+12133734253';

// Lock's example, placeholders filled in: ${account.clientId}, ${account.namespace} (the local tenant's
// origin: it speaks plain http on loopback) and ${account.callback} (this page). `passwordlessMethod`
// is from Lock's options table; the rest is the docs' text.
const lockPage = ({ clientId, namespace, callback }) => `<!doctype html>
<html>
<head><meta charset="utf-8"><title>Sign in</title></head>
<body>
<script src="/assets/sms-lock-lock.min.js"></script>
<script type="text/javascript">
   var lock = new Auth0LockPasswordless('${clientId}', '${namespace}', {
    allowedConnections: ['sms'],
    passwordlessMethod: 'code',
    auth: {
      redirectUrl: '${callback}',
      responseType: 'token id_token'
    }
  });

  lock.on('authenticated', function(authResult) {
     localStorage.setItem('id_token', authResult.idToken);
     localStorage.setItem('access_token', authResult.accessToken);
  });

  function login() {
    lock.show(); 
  }
</script>
<a href="javascript:login()">Login</a>
</body>
</html>`;

let tenant;
let site;
let browser;

before(async () => {
  // One build writes sms-lock.min.js, sms-lock-auth0.min.js and sms-lock-lock.min.js.
  ensureBundleBuilt();
  ensureTenantBuilt();
  const { startTenant } = await import('sms-lock-tenant');
  tenant = await startTenant({ port: 0, quiet: true });
  const asset = (name) => ({ type: 'text/javascript; charset=utf-8', body: readFileSync(join(root, 'dist', name)) });
  // The page is served at / and is its own callback; the scripts sit together in /assets/.
  const routes = {
    '/assets/sms-lock-lock.min.js': asset('sms-lock-lock.min.js'),
    '/assets/sms-lock-auth0.min.js': asset('sms-lock-auth0.min.js'),
  };
  site = await serveStatic(join(root, 'e2e'), { routes });
  routes['/'] = { type: 'text/html; charset=utf-8', body: lockPage({ clientId: 'sms-lock-demo', namespace: tenant.url, callback: `${site.url}/` }) };
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
