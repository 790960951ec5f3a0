// The example apps in examples/ as a user builds them: installed from the packed tarball (their own
// dependencies from examples/package-lock.json, installed once and kept between runs), type-checked
// (tsc for React, vue-tsc with strictTemplates for Vue, svelte-check failing on warnings too for
// Svelte, the AOT compile with strict templates for Angular), built (Vite; ng build for Angular), and
// signed in through headless Chromium against the local tenant.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { installTarball, packTarball, root, run } from './pack.mjs';
import { ensureTenantBuilt } from '../scripts/harness/builds.mjs';
import { codeFromOutbox, launchChromium, serveStatic } from '../scripts/harness/demo-stack.mjs';

const examples = join(root, 'examples');
let tenant;
let browser;

before(async () => {
  const installed = join(examples, 'node_modules', '.package-lock.json');
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(examples, 'package-lock.json')).mtimeMs) {
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], examples);
  }
  installTarball(examples, packTarball());
  ensureTenantBuilt();
  const { startTenant } = await import('sms-lock-tenant');
  tenant = await startTenant({ port: 0, quiet: true });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await tenant?.close();
});

const vite = (name) => ['vite', 'build', name, '--logLevel', 'warn'];
// Each example's commands, run from examples/ (Angular's from examples/angular, where its angular.json is).
const examplesUnderTest = [
  { name: 'react', commands: [['tsc', '--noEmit', '-p', 'react'], vite('react')], title: 'Sign in to the React example' },
  { name: 'vue', commands: [['vue-tsc', '--noEmit', '-p', 'vue'], vite('vue')], title: 'Sign in to the Vue example' },
  {
    name: 'svelte',
    commands: [['svelte-check', '--tsconfig', 'svelte/tsconfig.json', '--fail-on-warnings'], vite('svelte')],
    title: 'Sign in to the Svelte example',
  },
  // ng build compiles ahead of time with strict templates, which is the type check; its warnings fail the test too.
  { name: 'angular', commands: [['ng', 'build']], cwd: 'angular', failOnWarnings: true, title: 'Sign in to the Angular example' },
];

for (const example of examplesUnderTest) {
  test(`examples/${example.name}: type-checks, builds, and signs in against the tenant with its own strings`, async () => {
    for (const [command, ...args] of example.commands) {
      const result = spawnSync(join(examples, 'node_modules', '.bin', command), args, {
        cwd: join(examples, example.cwd ?? ''),
        encoding: 'utf8',
        env: { ...process.env, NG_CLI_ANALYTICS: 'false', NO_COLOR: '1' },
      });
      const output = `${result.stdout}${result.stderr}`;
      assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${output}`);
      if (example.failOnWarnings) assert.doesNotMatch(output, /WARNING/, output);
    }

    const site = await serveStatic(join(examples, example.name, 'dist'));
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      const phoneNumber = '+12133734253';
      const sent = (await (await fetch(`${tenant.url}/dev/outbox`)).json()).messages.filter((message) => message.to === phoneNumber).length;
      await page.goto(`${site.url}/?domain=${encodeURIComponent(tenant.url)}&client-id=sms-lock-demo`);
      const lock = page.locator('sms-lock');
      // The strings object reached the element as a property (in React, though it was defined after the first render).
      await lock.locator('[part~="title"]').waitFor();
      assert.equal((await lock.locator('[part~="title"]').textContent()).trim(), example.title);
      const phone = lock.locator('[part~="phone-input"]');
      await phone.click();
      await phone.pressSequentially('2133734253');
      await phone.press('Enter');
      const code = await codeFromOutbox(tenant.url, phoneNumber, { after: sent });
      await lock.locator('[part~="code-input"]').pressSequentially(code);
      // The app's own authenticated listener replaced the element.
      await page.locator('#signed-in').waitFor();
      assert.equal(await page.locator('#signed-in').textContent(), 'Signed in (Bearer token)');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      await site.close();
    }
  });
}
