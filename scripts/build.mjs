// npm run build: the npm entries (ES, with types), the one-file scripts, then the main script's gzip size.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

for (const lib of ['es', 'iife', 'iife-auth0', 'module', 'node']) {
  process.env.LIB = lib;
  await build({ logLevel: 'warn' });
}
execFileSync('node', ['node_modules/typescript-native/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

// A page without <meta charset> reads a script as Latin-1: keep the scripts ASCII, with \u escapes
// (the non-ASCII characters are all inside strings, templates and regular expressions).
for (const file of ['dist/sms-lock.min.js', 'dist/sms-lock-auth0.min.js', 'dist/sms-lock.module.min.js']) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

const script = readFileSync('dist/sms-lock.min.js');
const gzipped = gzipSync(script, { level: 9 }).length;
console.log(`dist/sms-lock.min.js: ${script.length} B, ${gzipped} B gzip (${(gzipped / 1024).toFixed(1)} KiB)`);

// Ecosystem: the files a page loads from a CDN, with their Subresource Integrity hashes (also in
// dist/integrity.json), to paste into the integrity attribute of the tags README shows.
const integrity = Object.fromEntries(
  ['sms-lock.min.js', 'sms-lock-auth0.min.js', 'sms-lock.module.min.js'].map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(`dist/${file}`))
      .digest('base64')}`,
  ]),
);
writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
for (const [file, hash] of Object.entries(integrity)) console.log(`dist/${file}: integrity="${hash}"`);

// The framework types (sms-lock/react, /vue, /svelte), generated from custom-elements.json.
execFileSync('node', ['scripts/framework-types.mjs'], { stdio: 'inherit' });
