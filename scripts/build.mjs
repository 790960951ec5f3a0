// npm run build: the npm entries (ES, with types) and the one-file script, then its gzip size.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

process.env.LIB = 'es';
await build({ logLevel: 'warn' });
process.env.LIB = 'iife';
await build({ logLevel: 'warn' });
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const script = readFileSync('dist/sms-lock.min.js');
const gzipped = gzipSync(script, { level: 9 }).length;
console.log(`dist/sms-lock.min.js: ${script.length} B, ${gzipped} B gzip (${(gzipped / 1024).toFixed(1)} KiB)`);
