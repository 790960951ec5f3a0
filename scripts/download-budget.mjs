// The JavaScript a whole sign-in downloads with the one-file script: page load → code → `authenticated`,
// in headless Chromium against the local tenant, every JS response counted at its gzip -9 size (as a
// CDN serves it). Two users: one in the US with the default flow, and one who switches country once.
// And the same US sign-in in an app that imports `sms-lock/define` and is built by Vite with its default
// settings (the ES build, as npm users ship it): within 2 KiB of the one-file script's.
//   node scripts/download-budget.mjs           prints both, exit 1 when one is over its budget
//   node scripts/download-budget.mjs --json
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBundleBuilt, ensureTenantBuilt, root } from './harness/builds.mjs';
import { codeFromOutbox, launchChromium, outboxCount, serveStatic } from './harness/demo-stack.mjs';

export const BUDGETS = { us: 30 * 1024, switchingCountry: 32 * 1024 };
/** How much more the ES build, bundled by an app, may download than the one-file script. */
export const ES_BUILD_ALLOWANCE = 2 * 1024;

const page = (tenantUrl) => `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>download budget</title>
<sms-lock mode="inline" domain="${tenantUrl}" client-id="sms-lock-demo"></sms-lock>
<script src="/sms-lock.min.js"></script>
<script src="/listen.js"></script>
</html>`;
// The page's own tiny scripts are not counted: they stand for the site's code.
const LISTEN = `document.querySelector('sms-lock').addEventListener('authenticated', () => { document.body.dataset.authenticated = 'yes'; });`;

async function signInOnce(browser, site, tenant, { switchTo }) {
  const context = await browser.newContext({ locale: 'en-US' });
  const downloads = [];
  context.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js') || url.pathname === '/listen.js') return;
    downloads.push(response.body().then((body) => ({ file: url.pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length })));
  });
  const tab = await context.newPage();
  await tab.goto(`${site.url}/`);
  const lock = tab.locator('sms-lock');
  let national = '4155550100';
  let e164 = '+14155550100';
  if (switchTo) {
    await lock.locator('[part~="country-select"]').click();
    await lock.locator('[part~="country-search"]').pressSequentially(switchTo.search);
    await tab.keyboard.press('Enter');
    ({ national, e164 } = switchTo);
  }
  await lock.locator('[part~="phone-input"]').pressSequentially(national);
  // Earlier sign-ins texted the same number: wait for this one's message, not the last one's code.
  const sent = await outboxCount(tenant.url, e164);
  await lock.locator('[part~="submit-button"]').click();
  const code = await codeFromOutbox(tenant.url, e164, { after: sent, timeout: 15_000 });
  await lock.locator('[part~="code-input"]').pressSequentially(code);
  await tab.locator('body[data-authenticated="yes"]').waitFor({ timeout: 30_000 });
  const files = await Promise.all(downloads);
  await context.close();
  return { files, gzip: files.reduce((sum, file) => sum + file.gzip, 0) };
}

/** A minimal app built by Vite with default settings: index.html with <sms-lock>, main.js importing sms-lock/define. */
async function buildViteApp() {
  const { build } = await import('vite');
  const app = mkdtempSync(join(tmpdir(), 'sms-lock-vite-app-'));
  writeFileSync(join(app, 'main.js'), `import 'sms-lock/define';\n${LISTEN}\n`);
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html>\n<html lang="en"><meta charset="utf-8"><title>download budget</title>\n<sms-lock mode="inline" domain="TENANT_URL" client-id="sms-lock-demo"></sms-lock>\n<script type="module" src="./main.js"></script>\n</html>\n`,
  );
  // The package as an app resolves it from node_modules: its `exports`, here from this checkout's dist/.
  await build({ root: app, configFile: false, logLevel: 'warn', resolve: { alias: { 'sms-lock/define': join(root, 'dist', 'define.js') } } });
  return app;
}

export async function measureDownloads() {
  ensureBundleBuilt();
  ensureTenantBuilt();
  const { startTenant } = await import('sms-lock-tenant');
  const tenant = await startTenant({ port: 0, quiet: true });
  const site = await serveStatic(join(root, 'dist'), {
    routes: { '/': { type: 'text/html; charset=utf-8', body: page(tenant.url) }, '/listen.js': { type: 'text/javascript', body: LISTEN } },
  });
  const browser = await launchChromium();
  try {
    const us = await signInOnce(browser, site, tenant, {});
    const switchingCountry = await signInOnce(browser, site, tenant, { switchTo: { search: 'united k', national: '7400123456', e164: '+447400123456' } });
    const app = await buildViteApp();
    const appSite = await serveStatic(join(app, 'dist'), {
      routes: { '/': { type: 'text/html; charset=utf-8', body: readFileSync(join(app, 'dist', 'index.html'), 'utf8').replace('TENANT_URL', tenant.url) } },
    });
    try {
      // The app's own code is one line beside the library: counted, it is the app's bundle.
      const viteApp = await signInOnce(browser, appSite, tenant, {});
      return { us, switchingCountry, viteApp };
    } finally {
      await appSite.close();
      rmSync(app, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    await site.close();
    await tenant.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await measureDownloads();
  let over = false;
  if (process.argv.includes('--json')) console.log(JSON.stringify({ budgets: BUDGETS, ...results }, null, 2));
  for (const [user, label] of [
    ['us', 'US user, default flow'],
    ['switchingCountry', 'user who switches country once (to GB)'],
  ]) {
    const { files, gzip } = results[user];
    const verdict = gzip <= BUDGETS[user] ? 'within' : 'OVER';
    over ||= gzip > BUDGETS[user];
    if (!process.argv.includes('--json')) {
      console.log(`Sign-in by a ${label}: ${gzip} B of JavaScript gzip (${(gzip / 1024).toFixed(1)} KiB), ${verdict} the ${BUDGETS[user]} B budget`);
      for (const file of files) console.log(`  ${file.file}: ${file.bytes} B, ${file.gzip} B gzip`);
    }
  }
  const { viteApp, us } = results;
  const esLimit = us.gzip + ES_BUILD_ALLOWANCE;
  over ||= viteApp.gzip > esLimit;
  if (!process.argv.includes('--json')) {
    console.log(
      `Sign-in by a US user in an app built by Vite from sms-lock/define: ${viteApp.gzip} B (${(viteApp.gzip / 1024).toFixed(1)} KiB), ` +
        `${viteApp.gzip - us.gzip >= 0 ? '+' : ''}${viteApp.gzip - us.gzip} B against the one-file script, ${viteApp.gzip <= esLimit ? 'within' : 'OVER'} the ${ES_BUILD_ALLOWANCE} B allowance`,
    );
    for (const file of viteApp.files) console.log(`  ${file.file}: ${file.bytes} B, ${file.gzip} B gzip`);
  }
  process.exitCode = over ? 1 : 0;
}
