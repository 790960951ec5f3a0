// Where the hosted login page gets <sms-lock> from: the file given with --element-script, or
// sms-lock/sms-lock.min.js resolved as Node resolves packages (sms-lock installed beside the
// tenant, or the project it runs in), and a page that says what is missing otherwise.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { findElementScript } from '../src/index.js';
import { parseCli } from '../src/cli.js';
import { tenant } from './helpers.js';

const SCRIPT = '/* the one-file build of <sms-lock> */\n';

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sms-lock-tenant-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An sms-lock package in `dir`, exporting ./sms-lock.min.js as the real one does; `built` writes the file. */
function smsLockPackage(dir: string, built = true): string {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'sms-lock', type: 'module', exports: { './sms-lock.min.js': './dist/sms-lock.min.js' } }));
  const file = join(dir, 'dist', 'sms-lock.min.js');
  if (built) writeFileSync(file, SCRIPT);
  return file;
}

/** The hosted login page of a tenant for the sms connection. */
async function loginPage(url: string): Promise<string> {
  const challenge = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
  const query = new URLSearchParams({
    client_id: 'sms-lock-demo',
    response_type: 'code',
    redirect_uri: 'http://localhost:3000/callback',
    state: 's',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    connection: 'sms',
  });
  const res = await fetch(`${url}/authorize?${query}`);
  assert.equal(res.status, 200);
  return res.text();
}

describe('the hosted login page finds the element script', () => {
  it('serves the file given as elementScript (--element-script), a relative path from the working directory', async () => {
    const file = join(tempDir(), 'element.js');
    writeFileSync(file, SCRIPT);
    const t = await tenant({ elementScript: relative(process.cwd(), file) });
    assert.match(
      await loginPage(t.url),
      /<sms-lock mode="inline" flow="cross-origin"[^>]*><\/sms-lock>[\s\S]*<script src="\/static\/sms-lock\.min\.js" defer>/,
    );
    const res = await fetch(`${t.url}/static/sms-lock.min.js`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/javascript/);
    assert.equal(await res.text(), SCRIPT);
  });

  it('says what is missing, and how to fix it, when the given file does not exist', async () => {
    const missing = join(tempDir(), 'nowhere.js');
    const t = await tenant({ elementScript: missing });
    const html = await loginPage(t.url);
    assert.doesNotMatch(html, /<sms-lock /);
    assert.match(html, /role="alert">The sign-in form is missing/);
    assert.ok(html.includes(`${missing} (given as the element script) does not exist.`), html);
    assert.match(html, /--element-script/);
    assert.match(html, /npm install --save-dev sms-lock sms-lock-tenant/);
    const res = await fetch(`${t.url}/static/sms-lock.min.js`);
    assert.equal(res.status, 404);
    assert.match(await res.text(), /does not exist/);
    // Building it while the tenant runs is enough: it is looked up again on every page.
    writeFileSync(missing, SCRIPT);
    assert.match(await loginPage(t.url), /<sms-lock mode="inline"/);
    assert.equal(await (await fetch(`${t.url}/static/sms-lock.min.js`)).text(), SCRIPT);
  });

  it('resolves sms-lock/sms-lock.min.js from a project that has sms-lock installed', () => {
    const project = tempDir();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-app', private: true }));
    const file = smsLockPackage(join(project, 'node_modules', 'sms-lock'));
    assert.deepEqual(findElementScript(undefined, [join(project, 'package.json')]), { path: file });
    // From a file deep inside the project too, as from node_modules/sms-lock-tenant/build/src/.
    const nested = join(project, 'node_modules', 'sms-lock-tenant', 'build', 'src', 'login-page.js');
    assert.deepEqual(findElementScript(undefined, [nested]), { path: file });
  });

  it('resolves it in a checkout of sms-lock itself, which resolves its own name, once built', () => {
    const checkout = tempDir();
    const file = smsLockPackage(checkout, false);
    const from = [join(checkout, 'package.json')];
    assert.match(findElementScript(undefined, from).problem ?? '', /sms-lock\/sms-lock\.min\.js was not found/);
    writeFileSync(file, SCRIPT);
    assert.deepEqual(findElementScript(undefined, from), { path: file });
  });

  it('tries each place in turn, and names them all when none has it', () => {
    const empty = tempDir();
    const project = tempDir();
    const file = smsLockPackage(join(project, 'node_modules', 'sms-lock'));
    const from = [join(empty, 'package.json'), join(project, 'package.json')];
    assert.deepEqual(findElementScript(undefined, from), { path: file });
    const nowhere = findElementScript(undefined, [from[0]]);
    assert.equal(nowhere.path, undefined);
    assert.ok(nowhere.problem?.includes(from[0]), nowhere.problem);
  });

  it('takes the file from --element-script on the command line', () => {
    const options = parseCli(['--element-script', 'vendor/sms-lock.min.js']);
    assert.ok(options !== 'help');
    assert.equal(options.elementScript, 'vendor/sms-lock.min.js');
    assert.equal((parseCli([]) as { elementScript?: string }).elementScript, undefined);
  });

  it('does not look further when a file is given', () => {
    const project = tempDir();
    smsLockPackage(join(project, 'node_modules', 'sms-lock'));
    const missing = join(project, 'missing.js');
    assert.equal(findElementScript(missing, [join(project, 'package.json')]).path, undefined);
  });
});
