// custom-elements.json is generated from the class JSDoc and committed; fail when it is stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'cem-'));
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
