// Shared setup for the end-to-end tests and the screenshot script: the built demo page served
// under a strict CSP, a local tenant, headless Chromium, and a few flow helpers.
// Not a test file: the e2e scripts pass node --test the e2e/*.e2e.mjs files only.
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, devices } from 'playwright-core';
import { chromeArgs } from '../web-test-runner.config.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const demoDir = join(root, 'dist-demo');
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** `devices['iPhone 15']` for Chromium: its descriptor names WebKit as the browser, which newContext rejects here. */
export function iphone() {
  // eslint-disable-next-line no-unused-vars
  const { defaultBrowserType, ...descriptor } = devices['iPhone 15'];
  return descriptor;
}

/** `devices['Pixel 7']` (Chromium on Android), in the same form as `iphone()`. */
export function pixel() {
  // eslint-disable-next-line no-unused-vars
  const { defaultBrowserType, ...descriptor } = devices['Pixel 7'];
  return descriptor;
}

export const cspFor = (tenantOrigin) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${tenantOrigin}`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

/** Builds dist-demo/ when it is missing or older than the sources it comes from. */
export function ensureDemoBuilt() {
  const built = existsSync(join(demoDir, 'index.html')) ? newestMtime(demoDir) : 0;
  const sources = Math.max(...['src', 'demo', 'vite.config.ts', 'package-lock.json'].map((p) => newestMtime(join(root, p))));
  if (built < sources) run('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn']);
}

/** Builds dist/sms-lock.min.js when it is missing or older than what it is built from. */
export function ensureBundleBuilt() {
  const bundle = join(root, 'dist', 'sms-lock.min.js');
  const sources = Math.max(...['src', 'vite.config.ts', 'package-lock.json'].map((p) => newestMtime(join(root, p))));
  if (newestMtime(bundle) < sources) run('npm', ['run', '--silent', 'build']);
  return bundle;
}

/** The tenant package, compiled first if it has not been. */
export async function loadTenant() {
  if (!existsSync(join(root, 'tenant', 'build', 'src', 'index.js'))) run('npm', ['run', '--silent', 'build:tenant']);
  return import('sms-lock-tenant');
}

/**
 * A static file server on 127.0.0.1:<random>. `headers` go on every response;
 * `routes` maps a path to { type, body } served before files.
 */
export async function serveStatic(dir, { headers = {}, routes = {} } = {}) {
  const base = resolve(dir);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const send = (status, type, body) => {
      response.writeHead(status, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (routes[path]) return send(200, routes[path].type, routes[path].body);
    // No icon: answer "nothing" instead of a 404 that the browser logs as a console error.
    if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
    const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'text/plain', 'forbidden');
    try {
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  server.keepAliveTimeout = 1000;
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function launchChromium() {
  return chromium.launch({ executablePath, headless: true, args: chromeArgs });
}

/**
 * Everything a demo-page test needs: the tenant, the demo served under the strict CSP, and Chromium.
 * `close()` stops whatever was started, in reverse order, even after a partial start.
 */
export async function startDemoStack() {
  const cleanups = [];
  const close = async () => {
    const errors = [];
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length) throw new AggregateError(errors, 'cleanup failed');
  };
  try {
    ensureDemoBuilt();
    const { startTenant } = await loadTenant();
    const tenant = await startTenant({ port: 0, quiet: true });
    cleanups.push(() => tenant.close());
    const csp = cspFor(new URL(tenant.url).origin);
    const site = await serveStatic(demoDir, { headers: { 'Content-Security-Policy': csp } });
    cleanups.push(() => site.close());
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    const demoUrl = `${site.url}/?tenant=${encodeURIComponent(tenant.url)}`;
    return { tenant, site, browser, csp, demoUrl, close };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}

/**
 * Records CSP violations (the securitypolicyviolation event, which also fires for shadow roots),
 * uncaught errors and console errors of every page of a context.
 */
export async function watchProblems(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample}`.trim());
      },
      true,
    );
  });
  const problems = { consoleErrors: [], pageErrors: [] };
  context.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  context.on('weberror', (error) => problems.pageErrors.push(String(error.error())));
  problems.cspViolations = (page) => page.evaluate(() => window.__cspViolations);
  return problems;
}

/** Opens the demo page and waits until both widgets have rendered their phone field. */
export async function openDemo(page, demoUrl) {
  const response = await page.goto(demoUrl);
  await page.locator('#inline').locator('[part~="phone-input"]').waitFor();
  return response;
}

/** Waits for the element to reflect a step in its `state` attribute. */
export function waitForState(page, selector, state, timeout) {
  return page.locator(`${selector}[state="${state}"]`).waitFor({ state: 'attached', timeout });
}

/** The newest code the tenant texted to `to`, read from its HTTP outbox; waits for a message newer than `after`. */
export async function codeFromOutbox(tenantUrl, to, { after = 0, timeout = 5000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const { messages } = await (await fetch(`${tenantUrl}/dev/outbox`)).json();
    const mine = messages.filter((m) => m.to === to);
    if (mine.length > after) return mine.at(-1).code;
    if (Date.now() > deadline) throw new Error(`no SMS to ${to} in the outbox after ${timeout} ms`);
    // The message is stored before the start request answers; this wait is only a fallback.
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** How many messages the outbox holds for `to`. */
export async function outboxCount(tenantUrl, to) {
  const { messages } = await (await fetch(`${tenantUrl}/dev/outbox`)).json();
  return messages.filter((m) => m.to === to).length;
}

/** The computed font-size, in px, of every input in an element's shadow root. */
export function inputFontSizes(page, selector) {
  return page.locator(selector).evaluate((host) =>
    [...host.shadowRoot.querySelectorAll('input')].map((input) => ({
      id: input.id,
      fontSize: parseFloat(getComputedStyle(input).fontSize),
    })),
  );
}
