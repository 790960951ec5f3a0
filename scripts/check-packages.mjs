// The package check of `npm test`: what `npm pack` would publish for sms-lock and for sms-lock-tenant.
// sms-lock holds no tenant file, declares only dependencies the browser code imports, and ships no
// code or type that imports anything else (a devDependency is not installed for users); the tenant
// holds its bin, its entry points and every file its code and source maps point at, and declares
// every package its code imports. Run after the builds (npm pack runs here without scripts).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const problems = [];

/** The files npm would pack from `dir`, as paths relative to it. */
function packed(dir) {
  const [result] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  return new Set(result.files.map((file) => file.path));
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
// Static imports and re-exports (at the start of a line), bare `import 'x'`, and import('x').
const importsOf = (code) =>
  [...code.matchAll(/^\s*(?:(?:import|export)\b[^'"]*?\bfrom\s*|import\s*)['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2]);

function sourceFiles(dir, suffix) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

// sms-lock
const app = readJson(join(root, 'package.json'));
const appFiles = packed(root);
for (const file of appFiles) {
  if (/^(tenant|build|bin)\//.test(file)) problems.push(`sms-lock packs a tenant file: ${file}`);
}
if (app.bin) problems.push("sms-lock declares a bin (the tenant's belongs to sms-lock-tenant)");
const browserImports = new Set(
  sourceFiles(join(root, 'src'), '.ts')
    .flatMap((file) => importsOf(readFileSync(file, 'utf8')))
    .map(packageName),
);
for (const dependency of Object.keys(app.dependencies ?? {})) {
  if (!browserImports.has(dependency)) problems.push(`sms-lock depends on ${dependency}, which nothing in src/ imports`);
}
// What users install is the dependencies and peers: no code or type the package ships may import a devDependency.
const installed = (specifier) =>
  !/^[@a-z]/i.test(specifier) || specifier.startsWith('node:') || app.dependencies?.[packageName(specifier)] || app.peerDependencies?.[packageName(specifier)];
for (const name of browserImports) {
  if (!installed(name)) problems.push(`sms-lock: src/ imports ${name}, which is neither a dependency nor a peer dependency`);
}
for (const file of appFiles) {
  if (!/^dist\/(types\/.*\.d\.ts|.*\.js)$/.test(file)) continue;
  for (const specifier of importsOf(readFileSync(join(root, file), 'utf8'))) {
    if (!installed(specifier)) problems.push(`sms-lock: ${file} imports ${specifier}, which is neither a dependency nor a peer dependency`);
  }
}

// sms-lock-tenant
const tenantDir = join(root, 'tenant');
const tenant = readJson(join(tenantDir, 'package.json'));
const tenantFiles = packed(tenantDir);
const entryPoints = [
  tenant.main,
  tenant.types,
  ...Object.values(tenant.bin ?? {}),
  ...Object.values(tenant.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
];
for (const entry of entryPoints) {
  if (!tenantFiles.has(normalize(entry))) problems.push(`sms-lock-tenant: ${entry} (named in package.json) is not packed`);
}
for (const file of tenantFiles) {
  if (/(^|\/)test\//.test(file)) problems.push(`sms-lock-tenant packs a test file: ${file}`);
  if (file.endsWith('.map')) {
    const map = readJson(join(tenantDir, file));
    for (const source of map.sources) {
      const target = normalize(join(dirname(file), map.sourceRoot ?? '', source));
      if (!tenantFiles.has(target) && !map.sourcesContent) problems.push(`sms-lock-tenant: ${file} points at ${target}, which is not packed`);
    }
  }
  if (file.endsWith('.js')) {
    for (const specifier of importsOf(readFileSync(join(tenantDir, file), 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = normalize(join(dirname(file), specifier));
        if (!tenantFiles.has(target)) problems.push(`sms-lock-tenant: ${file} imports ${specifier}, which is not packed`);
      } else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier) && !tenant.dependencies?.[packageName(specifier)]) {
        problems.push(`sms-lock-tenant: ${file} imports ${specifier}, which is not among its dependencies`);
      }
    }
  }
}

console.log(`sms-lock: ${appFiles.size} files, dependencies ${Object.keys(app.dependencies ?? {}).join(', ')}`);
console.log(`sms-lock-tenant: ${tenantFiles.size} files, dependencies ${Object.keys(tenant.dependencies ?? {}).join(', ')}`);
for (const problem of problems) console.error(`  ${problem}`);
process.exitCode = problems.length ? 1 : 0;
