// Loaded twice on one page, <sms-lock> is still one element: two copies of the one-file script, or the
// self-contained ES module and then the one-file script. Nothing throws, a copy of the same version
// says nothing, another version warns, and window.SmsLock acts on the element actually defined.
/* global window, document */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './pack.mjs';
import { launchChromium, serveStatic } from '../scripts/harness/demo-stack.mjs';

const dist = join(root, 'dist');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
let site;
let browser;

const page = (body) => ({ type: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><body>${body}</body></html>` });
// The element and a dictionary registered through window.SmsLock, once every copy has run.
const probe = `<sms-lock mode="inline" language="eo" client-id="x" domain="http://127.0.0.1:9"></sms-lock>
  <script>addEventListener('load', () => { window.SmsLock.registerDictionary('eo', { title: 'Ensaluti' }); window.probed = true; });</script>`;

before(async () => {
  const script = readFileSync(join(dist, 'sms-lock.min.js'), 'utf8');
  site = await serveStatic(dist, {
    routes: {
      '/other-version.min.js': { type: 'text/javascript', body: script.replaceAll(`"${version}"`, '"9.9.9"') },
      '/two-scripts.html': page(`<script src="sms-lock.min.js"></script><script src="sms-lock.min.js"></script>${probe}`),
      '/two-versions.html': page(`<script src="sms-lock.min.js"></script><script src="other-version.min.js"></script>${probe}`),
      // The module runs after the parser is done: the classic script is added once it has, as a page's later script would.
      '/module-then-script.html': page(
        `<script type="module">await import('./sms-lock.module.min.js');
         const script = Object.assign(document.createElement('script'), { src: 'sms-lock.min.js' });
         script.onload = () => { window.SmsLock.registerDictionary('eo', { title: 'Ensaluti' }); window.probed = true; };
         document.head.append(script);</script>
         <sms-lock mode="inline" language="eo" client-id="x" domain="http://127.0.0.1:9"></sms-lock>`,
      ),
    },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path) {
  const tab = await browser.newPage();
  const errors = [];
  const warnings = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => (message.type() === 'warning' || message.type() === 'error') && warnings.push(message.text()));
  await tab.goto(`${site.url}${path}`);
  await tab.waitForFunction(() => window.probed === true);
  const title = tab.locator('sms-lock [part~="title"]');
  await tab
    .waitForFunction(() => document.querySelector('sms-lock')?.shadowRoot?.querySelector('[part~="title"]')?.textContent === 'Ensaluti', undefined, {
      timeout: 5000,
    })
    .catch(() => {});
  return { tab, errors, warnings, title: (await title.textContent())?.trim() };
}

test('two copies of the one-file script: no error, no warning, registerDictionary reaches the element', async () => {
  const { tab, errors, warnings, title } = await open('/two-scripts.html');
  await tab.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(
    warnings.filter((text) => text.includes('sms-lock')),
    [],
  );
  assert.equal(title, 'Ensaluti');
});

test('two versions of the one-file script: the second warns and stays unused', async () => {
  const { tab, errors, warnings, title } = await open('/two-versions.html');
  await tab.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(
    warnings.filter((text) => text.includes('sms-lock')),
    [`sms-lock 9.9.9 unused: the page has ${version}`],
  );
  assert.equal(title, 'Ensaluti');
});

test('the ES module build, then the one-file script: window.SmsLock acts on the element the module defined', async () => {
  const { tab, errors, title } = await open('/module-then-script.html');
  await tab.close();
  assert.deepEqual(errors, []);
  assert.equal(title, 'Ensaluti');
});
