// What the end-to-end tests, the tenant tests, the benchmark and the screenshots need built,
// rebuilt only when missing or older than their sources.
// Also a command: `node scripts/harness/builds.mjs bundle demo tenant` builds the ones named.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const demoDir = join(root, 'dist-demo');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const newestSource = (paths) => Math.max(...paths.map((p) => newestMtime(join(root, p))));

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

/** Builds dist-demo/ when it is missing or older than the sources it comes from. */
export function ensureDemoBuilt() {
  const built = existsSync(join(demoDir, 'index.html')) ? newestMtime(demoDir) : 0;
  if (built < newestSource(['src', 'demo', 'vite.config.ts', 'package-lock.json'])) run('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn']);
}

/** Builds dist/sms-lock.min.js when it is missing or older than what it is built from; returns its path. */
export function ensureBundleBuilt() {
  const bundle = join(root, 'dist', 'sms-lock.min.js');
  if (newestMtime(bundle) < newestSource(['src', 'vite.config.ts', 'package-lock.json'])) run('npm', ['run', '--silent', 'build']);
  return bundle;
}

/** Compiles the tenant package (tenant/build/) when it is missing or older than its sources. */
export function ensureTenantBuilt() {
  const entry = join(root, 'tenant', 'build', 'src', 'index.js');
  if (newestMtime(entry) < newestSource(['tenant/src', 'tenant/tsconfig.json'])) run('npm', ['run', '--silent', 'build:tenant']);
}

const BUILDS = { bundle: ensureBundleBuilt, demo: ensureDemoBuilt, tenant: ensureTenantBuilt };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const name of process.argv.slice(2)) {
    if (!BUILDS[name]) {
      console.error(`builds.mjs: no build named "${name}" (${Object.keys(BUILDS).join(', ')})`);
      process.exit(2);
    }
    BUILDS[name]();
  }
}
