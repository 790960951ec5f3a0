// npm run size: the one-file script against its budget (gzip -9, as a CDN serves it), what it is made
// of (from its source map), and checks that no language, phone-metadata slice or libphonenumber-js code is inside it.
//   node scripts/size.mjs            budget, breakdown, checks (exit 1 when one fails)
//   node scripts/size.mjs --json     the same as JSON
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET = 46_080; // 45 KiB
const file = 'dist/sms-lock.min.js';
const gzip = (text) => gzipSync(text, { level: 9 }).length;

// Source file → part of the breakdown; first match wins.
const GROUPS = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit)\//],
  ['phone metadata', /libphonenumber-js\/metadata\.\w+\.json|src\/phone\/(calling-codes\.ts|slices\/)/],
  ['phone engine', /src\/phone\/(engine|as-you-type)\.ts$/],
  ['phone rules (ours)', /src\/phone\//],
  ['styles', /src\/(sms-lock\.styles\.ts|styles\/)/],
  ['texts', /src\/i18n\//],
  ['client (Auth0 API)', /src\/(client|auth0-errors)\.ts$|src\/auth0\//],
  ['element, controllers, views', /src\//],
];
// Never in the main file: they are fetched when needed.
const FORBIDDEN = [
  ['a language file', /src\/i18n\/locales\//],
  ['phone metadata beyond the calling codes', /src\/phone\/slices\/|libphonenumber-js\/metadata\.\w+\.json/],
  // A devDependency: the phone engine reads the metadata itself.
  ['libphonenumber-js code', /node_modules\/libphonenumber-js\//],
];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source-map "mappings" → per generated line, [column, source index] pairs (VLQ, base64). */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push([column, values.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** The script's text split by source file, then by group. */
export function breakdown(scriptPath = file) {
  const script = readFileSync(scriptPath, 'utf8');
  const map = JSON.parse(readFileSync(`${scriptPath}.map`, 'utf8'));
  const textBySource = new Map();
  const codeLines = script.split('\n');
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const line = codeLines[lineIndex] ?? '';
    segments.forEach(([column, source], index) => {
      const end = segments[index + 1]?.[0] ?? line.length;
      const name = source >= 0 ? map.sources[source] : '(unmapped)';
      textBySource.set(name, (textBySource.get(name) ?? '') + line.slice(column, end));
    });
  });
  const groups = new Map(GROUPS.map(([name]) => [name, { name, bytes: 0, text: '', sources: [] }]));
  groups.set('other', { name: 'other', bytes: 0, text: '', sources: [] });
  for (const [source, text] of textBySource) {
    const group = groups.get(GROUPS.find(([, pattern]) => pattern.test(source))?.[0] ?? 'other');
    group.bytes += text.length;
    group.text += text;
    group.sources.push(source);
  }
  const total = gzip(script);
  const alone = [...groups.values()].map((group) => ({ ...group, gzipAlone: group.text ? gzip(group.text) : 0 }));
  const sumAlone = alone.reduce((sum, group) => sum + group.gzipAlone, 0);
  return {
    total,
    bytes: script.length,
    sources: [...textBySource.keys()],
    // Each part compresses differently alone than within the whole: its share of the whole is
    // estimated in proportion to its size compressed alone.
    groups: alone
      .filter((group) => group.bytes > 0)
      .map(({ name, bytes, gzipAlone, sources }) => ({ name, bytes, gzipAlone, gzipShare: Math.round((gzipAlone / sumAlone) * total), files: sources.length })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = breakdown();
  const problems = [];
  if (result.total > BUDGET) problems.push(`${file} is ${result.total} B gzip, over the ${BUDGET} B budget`);
  for (const [what, pattern] of FORBIDDEN) {
    for (const source of result.sources.filter((source) => pattern.test(source))) problems.push(`${file} contains ${what}: ${source}`);
  }
  try {
    execFileSync('node', ['scripts/phone-metadata.mjs', '--check'], { stdio: 'pipe' });
  } catch (error) {
    problems.push(String(error.stderr).trim());
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ ...result, budget: BUDGET, problems }, null, 2));
  } else {
    const verdict = result.total <= BUDGET ? 'within' : 'OVER';
    console.log(
      `${file}: ${result.total} B gzip (${(result.total / 1024).toFixed(1)} KiB), ${result.bytes} B minified; ${verdict} the ${BUDGET} B (${BUDGET / 1024} KiB) budget`,
    );
    console.log('\n| part | minified | gzip alone | ≈ share of the gzip |\n|---|---:|---:|---:|');
    for (const group of result.groups) console.log(`| ${group.name} (${group.files} files) | ${group.bytes} B | ${group.gzipAlone} B | ${group.gzipShare} B |`);
    for (const problem of problems) console.error(`\n${problem}`);
  }
  process.exitCode = problems.length ? 1 : 0;
}
