// The layers of src/ and the imports between them: fails when a module imports from a layer it may
// not (a view reaching into a controller, the platform layer into Auth0's, anything into the element)
// or when imports go round in a cycle, type-only imports included. `--graph` prints who imports whom.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const SRC = 'src';

// The lock adapter's own entries: sms-lock/lock (ES) and sms-lock-lock.min.js.
const LOCK_ENTRIES = ['lock/index.ts', 'lock/script.ts'];

// Lowest first. A module may import from its own layer and from those it lists.
const LAYERS = [
  { name: 'rules', holds: (f) => /^(phone|i18n)\//.test(f) || ['client.ts', 'auth0-errors.ts', 'long-timeout.ts'].includes(f), uses: [] },
  { name: 'state', holds: (f) => ['flow.ts', 'events.ts', 'messages.ts'].includes(f), uses: ['rules'] },
  { name: 'platform', holds: (f) => f.startsWith('platform/'), uses: ['rules'] },
  { name: 'auth0', holds: (f) => f.startsWith('auth0/'), uses: ['rules', 'state', 'platform'] },
  { name: 'controllers', holds: (f) => f.startsWith('controllers/'), uses: ['rules', 'state', 'platform', 'auth0'] },
  { name: 'views', holds: (f) => f.startsWith('views/'), uses: ['rules', 'state'] },
  {
    name: 'element',
    holds: (f) => /^sms-lock(\.styles|\.panes)?\.ts$/.test(f) || f.startsWith('styles/'),
    uses: ['rules', 'state', 'platform', 'auth0', 'controllers', 'views'],
  },
  // Auth0LockPasswordless on the element (types only: it creates the element by its tag name).
  { name: 'lock', holds: (f) => f.startsWith('lock/') && !LOCK_ENTRIES.includes(f), uses: ['rules', 'state', 'auth0', 'element'] },
  {
    name: 'entries',
    holds: (f) => ['index.ts', 'define.ts', 'defined.ts', 'all.ts', 'module.ts', ...LOCK_ENTRIES].includes(f),
    uses: ['rules', 'state', 'platform', 'auth0', 'controllers', 'views', 'element', 'lock'],
  },
];

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [relative(SRC, join(dir, entry.name))] : [],
  );

// Static imports and re-exports (type-only too) and `typeof import('…')`, relative ones only.
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

const modules = files(SRC).sort();
const imports = new Map(
  modules.map((file) => {
    const text = readFileSync(join(SRC, file), 'utf8');
    const targets = [...text.matchAll(SPECIFIER)].map((match) => normalize(join(dirname(file), match[1] ?? match[2])).replace(/\.js$/, '.ts'));
    return [file, [...new Set(targets)]];
  }),
);

const problems = [];
const layerOf = (file) => LAYERS.find((layer) => layer.holds(file));
for (const file of modules) {
  const layer = layerOf(file);
  if (!layer) problems.push(`${file}: in no layer (add it to scripts/check-layers.mjs)`);
  for (const target of imports.get(file)) {
    if (!imports.has(target)) {
      problems.push(`${file}: imports ${target}, which does not exist`);
      continue;
    }
    const other = layerOf(target);
    if (layer && other && other !== layer && !layer.uses.includes(other.name)) {
      problems.push(`${file} (${layer.name}) imports ${target} (${other.name})`);
    }
  }
}

// Cycles: a depth-first walk; meeting a module still on the path closes one.
const state = new Map();
const path = [];
function visit(file) {
  state.set(file, 'open');
  path.push(file);
  for (const target of imports.get(file) ?? []) {
    if (state.get(target) === 'open') problems.push(`cycle: ${[...path.slice(path.indexOf(target)), target].join(' → ')}`);
    else if (!state.has(target) && imports.has(target)) visit(target);
  }
  path.pop();
  state.set(file, 'done');
}
for (const file of modules) if (!state.has(file)) visit(file);

if (process.argv.includes('--graph')) {
  for (const layer of LAYERS) {
    console.log(`${layer.name}:`);
    for (const file of modules.filter((f) => layerOf(f) === layer)) console.log(`  ${file} → ${imports.get(file).join(', ') || '—'}`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  console.log(`src/: ${modules.length} modules in ${LAYERS.length} layers, no import from a layer above, no cycle.`);
}
