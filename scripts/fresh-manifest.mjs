// The manifest the analyzer makes of the sources as they are now, for the checks that compare with it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Runs the analyzer into a scratch folder and returns the custom-elements.json it wrote, as text. */
export function freshManifest() {
  // The analyzer resolves --outdir against the working directory, so the scratch folder lives inside it.
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = relative(process.cwd(), mkdtempSync('node_modules/.cache/cem-'));
  try {
    execFileSync('node_modules/.bin/custom-elements-manifest', ['analyze', '--quiet', '--outdir', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    return readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
