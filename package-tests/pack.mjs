// The package as users get it: `npm pack` of the built tree, once per test process, into tmp/pack/.
// Not a test file: the suites pass node --test the *.test.mjs files only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function run(command, args, cwd = root) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // Type checkers report on stdout, which execFileSync's message leaves out.
    if (error.stdout) error.message += `\n${error.stdout}`;
    throw error;
  }
}

/** Packs the package (npm run build must have run) and returns the tarball's path. */
export function packTarball() {
  if (!existsSync(join(root, 'dist', 'node', 'index.js'))) throw new Error('dist/ is not built: run npm run build first');
  const destination = join(root, 'tmp', 'pack');
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', destination]));
  return join(destination, filename);
}

/** Installs the tarball into `dir` as an app would (its dependencies from the npm cache when they are there). */
export function installTarball(dir, tarball) {
  run('npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', tarball], dir);
}
