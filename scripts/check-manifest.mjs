// custom-elements.json is generated from the class JSDoc and committed; fail when it is stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

// The analyzer resolves --outdir against the working directory, so the scratch folder lives inside it.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = relative(process.cwd(), mkdtempSync('node_modules/.cache/cem-'));
try {
  execFileSync('node_modules/.bin/custom-elements-manifest', ['analyze', '--outdir', dir], { stdio: 'ignore' });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is not current: run `npm run analyze` and commit it.');
    process.exitCode = 1;
  } else {
    console.log('custom-elements.json is current.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
