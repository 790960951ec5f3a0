// npm run build: the npm entries (ES, with types), the one-file scripts, then the gzip size of the main script and of the Lock one.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

for (const lib of ['es', 'iife', 'iife-auth0', 'iife-lock']) {
  process.env.LIB = lib;
  await build({ logLevel: 'warn' });
}
execFileSync('node', ['node_modules/typescript-native/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

// A page without <meta charset> reads a script as Latin-1: keep the scripts ASCII, with \u escapes
// (the non-ASCII characters are all inside strings, templates and regular expressions).
for (const file of ['dist/sms-lock.min.js', 'dist/sms-lock-auth0.min.js', 'dist/sms-lock-lock.min.js']) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

for (const file of ['dist/sms-lock.min.js', 'dist/sms-lock-lock.min.js']) {
  const script = readFileSync(file);
  const gzipped = gzipSync(script, { level: 9 }).length;
  console.log(`${file}: ${script.length} B, ${gzipped} B gzip (${(gzipped / 1024).toFixed(1)} KiB)`);
}
