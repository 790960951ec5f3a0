// npm run bench:peers: <sms-lock> beside the sign-in widgets people would pick instead, in one run, by one
// method: the JavaScript each needs to show its SMS (phone number) screen, and the time from its script
// tag to that screen's phone field.
//
// - The peers are the published npm packages pinned in bench/peers/package.json (with its own lockfile),
//   installed there on first use, so they never enter the project's own install.
// - Each is bundled here the way an app would ship it (esbuild, minified, production mode) into one
//   classic script; <sms-lock> is its one-file script as built (dist/sms-lock.min.js, the files it
//   fetches beside it counted too).
// - A page: a mark script, the widget's container, the widget's script, which shows its SMS screen.
//   The clock stops when an <input type="tel"> (in the document or an open shadow root) exists.
//   Bytes: every JS response until then, gzip -9. Median of LOADS cold loads, in a fresh context each,
//   HTTP cache off, peers interleaved.
// - The machine has no network beyond the npm registry: what a widget fetches from its vendor at start-up
//   (configuration, reCAPTCHA, the flow's screens) fails fast here and is not counted; the table says so.
//   Auth0 Lock reads its client configuration and its texts from configurationBaseUrl and languageBaseUrl:
//   both are served here, as a tenant's CDN would.
//
// Writes bench/peers-results.json and prints the table for the README.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ensureBundleBuilt, root } from './harness/builds.mjs';
import { launchChromium, serveStatic } from './harness/demo-stack.mjs';
import { waitForMark } from './harness/startup-trace.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 9);
const peersDir = join(root, 'bench', 'peers');

if (!existsSync(join(peersDir, 'node_modules'))) {
  console.log('bench/peers: installing the peers (first run only)…');
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: peersDir, stdio: 'inherit' });
}
const versionOf = (name) => JSON.parse(readFileSync(join(peersDir, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Each peer: the npm packages measured, the page's container, and the code that shows the SMS screen. */
const PEERS = {
  'auth0-lock': {
    label: 'Auth0 Lock (passwordless, SMS)',
    packages: ['auth0-lock'],
    // Lock's CommonJS requires auth0-js, whose `main` is a UMD file in a "type": "module" package: an app's
    // bundler has to be pointed at its ES build, as here.
    resolve: { 'auth0-js': 'auth0-js/dist/auth0.min.esm.js' },
    container: '<div id="lock"></div>',
    entry: `import { Auth0LockPasswordless } from 'auth0-lock';
      new Auth0LockPasswordless('bench', location.host, {
        allowedConnections: ['sms'], passwordlessMethod: 'code', container: 'lock',
        configurationBaseUrl: location.origin, languageBaseUrl: location.origin, auth: { redirect: false },
      }).show();`,
  },
  stytch: {
    label: 'Stytch prebuilt UI (OTP, SMS)',
    packages: ['@stytch/vanilla-js'],
    container: '<div id="stytch"></div>',
    entry: `import { StytchUIClient, Products, OTPMethods } from '@stytch/vanilla-js';
      new StytchUIClient('public-token-test-00000000-0000-0000-0000-000000000000').mountLogin({
        elementId: '#stytch',
        config: { products: [Products.otp], otpOptions: { methods: [OTPMethods.SMS], expirationMinutes: 10 } },
      });`,
  },
  firebaseui: {
    label: 'FirebaseUI (phone) + Firebase Auth',
    packages: ['firebaseui', 'firebase'],
    container: '<div id="firebaseui"></div>',
    entry: `import firebase from 'firebase/compat/app';
      import 'firebase/compat/auth';
      import * as firebaseui from 'firebaseui';
      firebase.initializeApp({ apiKey: 'bench', authDomain: location.host, projectId: 'bench' });
      new firebaseui.auth.AuthUI(firebase.auth()).start('#firebaseui', {
        signInOptions: [{ provider: firebase.auth.PhoneAuthProvider.PROVIDER_ID, recaptchaParameters: { size: 'invisible' } }],
      });`,
  },
  descope: {
    label: 'Descope web component',
    packages: ['@descope/web-component'],
    container: '<descope-wc project-id="P00000000000000000000000000" flow-id="sign-up-or-in"></descope-wc>',
    entry: `import '@descope/web-component';`,
  },
};

// Auth0 Lock's client configuration, as a tenant's CDN serves it (JSONP).
const LOCK_CLIENT = `Auth0.setClient(${JSON.stringify({
  id: 'bench',
  tenant: 'bench',
  subscription: 'free',
  authorize: '/authorize',
  callback: '/',
  hasAllowedOrigins: true,
  strategies: [{ name: 'sms', connections: [{ name: 'sms' }] }],
})});`;

// Before the widget's script: starts the clock, stops it when a phone field exists anywhere on the page.
const MARK = `performance.mark('bench:start');
(() => {
  const find = (node) => {
    if (node.querySelector?.('input[type="tel"]')) return true;
    for (const element of node.querySelectorAll?.('*') ?? []) if (element.shadowRoot && find(element.shadowRoot)) return true;
    return false;
  };
  const poll = () => (find(document) ? performance.mark('bench:ready') : requestAnimationFrame(poll));
  poll();
})();`;

const page = (container, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>peer</title></head>
<body><script src="/mark.js"></script>${container}<script src="${script}"></script></body></html>`;

async function bundle(entry, redirects = {}) {
  const result = await build({
    stdin: { contents: entry, resolveDir: peersDir, loader: 'js', sourcefile: 'peer-entry.js' },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    conditions: ['production'],
    plugins: [
      {
        name: 'redirect',
        setup(builder) {
          for (const [from, to] of Object.entries(redirects)) {
            builder.onResolve({ filter: new RegExp(`^${from}$`) }, (args) => builder.resolve(to, { kind: args.kind, resolveDir: args.resolveDir }));
          }
        },
      },
    ],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const js = (body) => ({ type: 'text/javascript; charset=utf-8', body });
// …and its English texts, which it fetches from languageBaseUrl even though they are bundled.
const lockEnglish = createRequire(join(peersDir, 'package.json'))('auth0-lock/lib/i18n/en.js').default;
const routes = {
  '/mark.js': js(MARK),
  '/client/bench.js': js(LOCK_CLIENT),
  [`/js/lock/${versionOf('auth0-lock')}/en.js`]: js(`Auth0.registerLanguageDictionary('en', ${JSON.stringify(lockEnglish)});`),
  '/sms-lock.html': {
    type: 'text/html; charset=utf-8',
    body: page('<sms-lock mode="inline" client-id="x" domain="http://127.0.0.1:1"></sms-lock>', '/sms-lock.min.js'),
  },
};
ensureBundleBuilt();
for (const [name, peer] of Object.entries(PEERS)) {
  routes[`/${name}.js`] = js(await bundle(peer.entry, peer.resolve));
  routes[`/${name}.html`] = { type: 'text/html; charset=utf-8', body: page(peer.container, `/${name}.js`) };
}
const site = await serveStatic(join(root, 'dist'), { routes });
const browser = await launchChromium();

async function coldLoad(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const scripts = [];
  context.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || response.url().endsWith('/mark.js')) return;
    scripts.push(
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => 0,
      ),
    );
  });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await tab.goto(`${site.url}/${name}.html`);
    const shown = await waitForMark(cdp, 'bench:ready', 8000)
      .then(() => true)
      .catch(() => false);
    const readyMs = shown
      ? await tab.evaluate(() => performance.getEntriesByName('bench:ready')[0].startTime - performance.getEntriesByName('bench:start')[0].startTime)
      : undefined;
    return { readyMs, gzipBytes: (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0) };
  } finally {
    await context.close();
  }
}

try {
  const names = ['sms-lock', ...Object.keys(PEERS)];
  const loads = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < LOADS; i++) for (const name of names) loads[name].push(await coldLoad(name));

  const rows = names.map((name) => {
    const shown = loads[name].filter((load) => load.readyMs !== undefined);
    return {
      name,
      label: name === 'sms-lock' ? '<sms-lock> (one-file script)' : PEERS[name].label,
      versions: name === 'sms-lock' ? {} : Object.fromEntries(PEERS[name].packages.map((pkg) => [pkg, versionOf(pkg)])),
      gzipBytes: median(loads[name].map((load) => load.gzipBytes)),
      readyMs: shown.length === LOADS ? Number(median(shown.map((load) => load.readyMs)).toFixed(1)) : undefined,
    };
  });
  const own = rows[0];
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: browser.version() },
    method: `JS transferred (gzip -9) and script tag → phone field, median of ${LOADS} cold loads; vendor services unreachable`,
    rows,
  };
  await writeFile(join(root, 'bench', 'peers-results.json'), `${JSON.stringify(results, null, 2)}\n`);

  console.log(`| widget | versions | JS to the SMS screen (gzip) | × <sms-lock> | script tag → phone field | × <sms-lock> |`);
  console.log('|---|---|---:|---:|---:|---:|');
  for (const row of rows) {
    const versions = Object.entries(row.versions)
      .map(([pkg, version]) => `${pkg} ${version}`)
      .join(', ');
    const time = row.readyMs === undefined ? 'no screen offline' : `${row.readyMs} ms`;
    const timeRatio = row.readyMs === undefined || own.readyMs === undefined ? '–' : `${(row.readyMs / own.readyMs).toFixed(1)}×`;
    console.log(
      `| ${row.label} | ${versions || '–'} | ${(row.gzipBytes / 1024).toFixed(1)} KiB | ${(row.gzipBytes / own.gzipBytes).toFixed(1)}× | ${time} | ${timeRatio} |`,
    );
  }
  console.log(
    `\n${results.machine.cpus} × ${results.machine.cpu}; Chromium ${results.machine.chromium}; ${results.date.slice(0, 10)}; written to bench/peers-results.json`,
  );
} finally {
  await browser.close();
  await site.close();
}
