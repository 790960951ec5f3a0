// The demo as the end-to-end tests, the benchmark and the screenshots use it: the built demo page
// served under a strict CSP, a local tenant, headless Chromium, and functions that drive a page.
// No test framework in here: e2e/support.mjs adds the node:test hooks and assertions.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, devices } from 'playwright-core';
import { chromeArgs } from '../../web-test-runner.config.mjs';
import { demoDir, ensureBundleBuilt, ensureDemoBuilt, ensureTenantBuilt, root } from './builds.mjs';

export { root };
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** A Playwright device descriptor without its browser: the iPhone ones name WebKit, which newContext rejects on Chromium. */
function chromiumDevice(name) {
  const { defaultBrowserType: _browser, ...descriptor } = devices[name];
  return descriptor;
}

/** `devices['iPhone 15']` (viewport, touch, mobile Safari's user agent) for Chromium. */
export const iphone = () => chromiumDevice('iPhone 15');

/** `devices['Pixel 7']` (Chromium on Android). */
export const pixel = () => chromiumDevice('Pixel 7');

export const cspFor = (tenantOrigin) => `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${tenantOrigin}`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

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
 * With `hostedLoginPage`, the one-file script that the tenant's login page serves is built too.
 * `close()` stops whatever was started, in reverse order, even after a partial start.
 */
export async function startDemoStack({ hostedLoginPage = false } = {}) {
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
    ensureTenantBuilt();
    if (hostedLoginPage) ensureBundleBuilt();
    const { startTenant } = await import('sms-lock-tenant');
    // Named, not looked up from the working directory, so the tests run from any folder.
    const tenant = await startTenant({ port: 0, quiet: true, elementScript: join(root, 'dist', 'sms-lock.min.js') });
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
 * A new context (`options` as for browser.newContext, e.g. a device descriptor) whose problems are
 * recorded (see watchProblems) and whose requests are listed, popups included, and its first page.
 * `initScript` runs in every page before the page's own scripts.
 */
export async function newWatchedPage(browser, options, { initScript } = {}) {
  const context = await browser.newContext(options);
  try {
    const problems = await watchProblems(context);
    if (initScript) await context.addInitScript(initScript);
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    return { context, page, problems, requests };
  } catch (error) {
    await context.close();
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
