// npm test: every check and suite in order, then one closing line that adds them all up.
// Checks (types, build, size, downloads, manifest, README API tables) count as one test each; suites report their own counts.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

// Node 20's test runner takes no globs, and runs every .js under a test/ folder (helpers too).
const testFiles = (dir, suffix) => () =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => `${dir}/${f}`);

// The tenant is built first: the browser tests' types come from its declarations.
const steps = [
  { name: 'tenant build', command: 'npm', args: ['run', '--silent', 'build:tenant'] },
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'layers', command: 'node', args: ['scripts/check-layers.mjs'] },
  { name: 'dictionaries', command: 'node', args: ['scripts/check-dictionaries.mjs'] },
  { name: 'build', command: 'npm', args: ['run', '--silent', 'build'] },
  { name: 'size budget', command: 'node', args: ['scripts/size.mjs'] },
  { name: 'download budgets', command: 'node', args: ['scripts/download-budget.mjs'] },
  { name: 'manifest', command: 'node', args: ['scripts/check-manifest.mjs'] },
  { name: 'README API tables', command: 'node', args: ['scripts/api-tables.mjs', '--check'] },
  // The package as published: publint, and arethetypeswrong with the ESM-only profile (the package is
  // ESM only, by design; Node 20.19+ can require() it), then the packed tarball in apps and on a server.
  { name: 'publint', command: 'npx', args: ['publint', '--strict'] },
  { name: 'arethetypeswrong', command: 'npx', args: ['attw', '--pack', '.', '--profile', 'esm-only'] },
  { name: 'package and example apps', command: 'node', args: ['--test', '--test-concurrency=1', testFiles('package-tests', '.test.mjs')], suite: true },
  { name: 'packages', command: 'node', args: ['scripts/check-packages.mjs'] },
  { name: 'tenant tests', command: 'node', args: ['--test', testFiles('tenant/build/test', '.test.js')], suite: true },
  { name: 'component tests (Chromium)', command: 'npx', args: ['web-test-runner'], suite: true },
  { name: 'end-to-end tests', command: 'node', args: ['--test', '--test-concurrency=1', testFiles('e2e', '.e2e.mjs')], suite: true },
];
const webkitDriver = '/usr/bin/WebKitWebDriver';
if (process.env.SMS_LOCK_SKIP_WEBKIT !== '1' && existsSync(webkitDriver)) {
  steps.push({ name: 'component tests (WebKit)', command: 'npm', args: ['run', '--silent', 'test:webkit'], suite: true });
} else {
  console.log(`(WebKit suite skipped: ${webkitDriver} is not installed)`);
}
const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (process.env.SMS_LOCK_SKIP_FIREFOX !== '1' && existsSync(firefox)) {
  steps.push({ name: 'component tests (Firefox)', command: 'npm', args: ['run', '--silent', 'test:firefox'], suite: true });
} else {
  console.log(`(Firefox suite skipped: ${firefox} is not installed)`);
}

// File lists are read when their step runs: the build step before creates them.
const resolveArgs = (args) => args.flatMap((arg) => (typeof arg === 'function' ? arg() : [arg]));

function run({ command, args }) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

// node:test prints "# pass N" / "# fail N"; web-test-runner's reporter "<browser>: N passed, N failed".
function counts(output) {
  const node = { pass: output.match(/^# pass (\d+)$/m), fail: output.match(/^# fail (\d+)$/m) };
  if (node.pass && node.fail) return { passed: Number(node.pass[1]), failed: Number(node.fail[1]) };
  const wtr = [...output.matchAll(/^\w+: (\d+) passed, (\d+) failed/gm)].at(-1);
  if (wtr) return { passed: Number(wtr[1]), failed: Number(wtr[2]) };
  return null;
}

let passed = 0;
let failed = 0;
const summary = [];
const failures = [];
for (const step of steps) {
  const args = resolveArgs(step.args);
  console.log(`\n━━ ${step.name}: ${[step.command, ...args].join(' ')}`);
  const { code, output } = await run({ command: step.command, args });
  const found = step.suite ? counts(output) : null;
  const result = found ?? (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  // A suite that exits non-zero with no failing test still failed (e.g. it could not start).
  if (code !== 0 && result.failed === 0) result.failed = 1;
  passed += result.passed;
  failed += result.failed;
  summary.push(`${step.name}: ${result.passed} passed, ${result.failed} failed`);
  if (result.failed) failures.push({ name: step.name, output });
}
// A long run's log is often read from its end: each failing step's last lines again, just above the summary.
for (const { name, output } of failures) {
  console.log(`\n━━ failed: ${name} (its last lines)\n${output.trimEnd().split('\n').slice(-40).join('\n')}`);
}
console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
