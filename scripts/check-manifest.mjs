// custom-elements.json is generated from the JSDoc of the public modules and committed; fail when it is stale.
import { readFileSync } from 'node:fs';
import { freshManifest } from './fresh-manifest.mjs';

if (freshManifest() !== readFileSync('custom-elements.json', 'utf8')) {
  console.error('custom-elements.json is not current: run `npm run analyze` and commit it.');
  process.exitCode = 1;
} else {
  console.log('custom-elements.json is current.');
}
