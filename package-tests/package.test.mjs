// The packed tarball, installed in an empty app: imports on a server (plain Node, and Node resolving
// the browser condition), the headless client in Node against the local tenant, bundling the default
// flow with Vite and esbuild without @auth0/auth0-spa-js installed, and a clean `npm publish --dry-run`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installTarball, packTarball, root, run } from './pack.mjs';
import { ensureTenantBuilt } from '../scripts/harness/builds.mjs';
import { codeFromOutbox } from '../scripts/harness/demo-stack.mjs';

const app = join(root, 'tmp', 'package-app');
let tenant;

before(async () => {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  installTarball(app, packTarball());
  ensureTenantBuilt();
  const { startTenant } = await import('sms-lock-tenant');
  tenant = await startTenant({ port: 0, quiet: true });
});
after(() => tenant?.close());

/** Runs `code` as an ES module in the app's folder, as a server would import the package (not blocking: the tenant runs in this process). */
async function node(code, conditions = []) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'node',
      [...conditions.map((condition) => `--conditions=${condition}`), '--input-type=module', '-e', code],
      { cwd: app },
    );
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    return { ok: false, output: `${error.stdout}${error.stderr}` };
  }
}

for (const conditions of [[], ['browser']]) {
  const label = conditions.length ? ' with --conditions=browser' : '';
  test(`import 'sms-lock' and its classes in Node${label}`, async () => {
    const result = await node(
      `import 'sms-lock';
       import { SmsLock, PasswordlessClient, registerDictionary } from 'sms-lock';
       console.log(typeof SmsLock, typeof PasswordlessClient, typeof registerDictionary);`,
      conditions,
    );
    assert.ok(result.ok, result.output);
    assert.equal(result.output.trim(), 'function function function');
  });

  test(`sms-lock/define does nothing in Node${label}`, async () => {
    const result = await node(
      `import { SmsLock } from 'sms-lock/define';
       console.log(typeof SmsLock, globalThis.customElements?.get('sms-lock') === undefined, typeof window);`,
      conditions,
    );
    assert.ok(result.ok, result.output);
    assert.equal(result.output.trim(), 'function true undefined');
  });
}

test('PasswordlessClient signs in from Node against the tenant', async () => {
  const phone = '+12133734253';
  const start = await node(
    `import { PasswordlessClient } from 'sms-lock';
     const client = new PasswordlessClient({ domain: ${JSON.stringify(tenant.url)}, clientId: 'sms-lock-demo' });
     await client.start(${JSON.stringify(phone)});
     console.log('sent');`,
  );
  assert.ok(start.ok, start.output);
  const code = await codeFromOutbox(tenant.url, phone);
  const verify = await node(
    `import { PasswordlessClient } from 'sms-lock';
     const client = new PasswordlessClient({ domain: ${JSON.stringify(tenant.url)}, clientId: 'sms-lock-demo' });
     const result = await client.login(${JSON.stringify(phone)}, ${JSON.stringify(code)});
     console.log(result.tokenType, typeof result.accessToken);`,
  );
  assert.ok(verify.ok, verify.output);
  assert.equal(verify.output.trim(), 'Bearer string');
});

test('@auth0/auth0-spa-js is an optional peer: not installed with the package', () => {
  assert.throws(() => readFileSync(join(app, 'node_modules/@auth0/auth0-spa-js/package.json')));
  const installed = JSON.parse(readFileSync(join(app, 'node_modules/sms-lock/package.json'), 'utf8'));
  assert.deepEqual(Object.keys(installed.dependencies).sort(), ['lit']);
  for (const range of Object.values(installed.dependencies)) assert.match(range, /^\^/);
});

test('an app using the default flow bundles with esbuild and with Vite, without @auth0/auth0-spa-js', () => {
  writeFileSync(join(app, 'main.js'), `import 'sms-lock/define';\ndocument.body.append(document.createElement('sms-lock'));\n`);
  writeFileSync(join(app, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');
  const esbuild = join(root, 'node_modules/.bin/esbuild');
  execFileSync(esbuild, ['main.js', '--bundle', '--format=esm', '--outfile=esbuild-out/main.js', '--log-level=warning'], { cwd: app });
  const bundled = readFileSync(join(app, 'esbuild-out/main.js'), 'utf8');
  assert.match(bundled, /customElements\.define\("sms-lock"/);
  const importsAuth0Spa = /(from|import\()\s*["']@auth0\/auth0-spa-js["']/;
  assert.doesNotMatch(bundled, importsAuth0Spa);
  run(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn', '--outDir', 'vite-out'], app);
  const assets = readdirSync(join(app, 'vite-out/assets')).map((file) => readFileSync(join(app, 'vite-out/assets', file), 'utf8'));
  assert.ok(
    assets.some((text) => text.includes('sms-lock')),
    'the element is in the Vite bundle',
  );
  assert.ok(!assets.some((text) => importsAuth0Spa.test(text) || text.includes('class Auth0Client')), 'no auth0-spa-js in the Vite bundle');
});

test('the types of every entry but sms-lock/auth0-spa leave @auth0/auth0-spa-js out (an app without it type-checks with skipLibCheck off)', () => {
  const entries = ['sms-lock', 'sms-lock/define', 'sms-lock/lock', 'sms-lock/sms-lock.min.js', 'sms-lock/sms-lock.module.min.js'];
  writeFileSync(
    join(app, 'types.ts'),
    entries.map((entry, i) => `import type * as entry${i} from '${entry}';\nexport type Entry${i} = typeof entry${i};\n`).join(''),
  );
  const compilerOptions = { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, types: [] };
  writeFileSync(join(app, 'tsconfig.types.json'), JSON.stringify({ compilerOptions, files: ['types.ts'] }));
  // Here the repository's own node_modules would resolve it, so the check is that no file of it is in the program.
  const files = run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.types.json', '--listFilesOnly'], app).split('\n');
  assert.ok(files.some((file) => file.includes('/sms-lock/dist/types/')));
  assert.deepEqual(
    files.filter((file) => file.includes('@auth0/auth0-spa-js')),
    [],
  );
});

test('npm publish --dry-run is clean and ships no tests, demo, tenant or sources', () => {
  const result = spawnSync('npm', ['publish', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  // Only the warning that this machine is not logged in to the registry is allowed.
  const warnings = result.stderr.split('\n').filter((line) => /npm warn/i.test(line) && !/requires you to be logged in/.test(line));
  assert.deepEqual(warnings, []);
  const { files } = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')))['sms-lock'];
  const paths = files.map((file) => file.path);
  for (const path of ['dist/sms-lock.module.min.js', 'CHANGELOG.md', 'custom-elements.json', 'LICENSE', 'THIRD-PARTY-NOTICES.md'])
    assert.ok(paths.includes(path), `${path} is not published`);
  assert.deepEqual(
    paths.filter((path) => /^(src|test|e2e|demo|tenant|build|bin|examples|package-tests|scripts)\//.test(path)),
    [],
  );
});
