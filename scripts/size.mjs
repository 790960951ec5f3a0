// Size budget of the one-file script, gzip -9 as served by a CDN.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET = 56 * 1024;
const file = 'dist/sms-lock.min.js';
const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
const verdict = bytes <= BUDGET ? 'within' : 'OVER';
console.log(`${file}: ${bytes} B gzip (${(bytes / 1024).toFixed(1)} KiB), ${verdict} the ${BUDGET / 1024} KiB budget`);
process.exitCode = bytes <= BUDGET ? 0 : 1;
