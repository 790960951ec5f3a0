// npm run build: the npm entries (ES, with types), the one-file scripts, then the gzip size of the main script and of the Lock one.
import { build } from 'vite';
import { build as esbuild } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// ——— phone metadata slices: the ES sources the bundlers split (src/phone/slices/), refreshed from the
// installed libphonenumber-js, then after the builds the classic ones beside the one-file script (dist/phone/).
execFileSync('node', ['scripts/phone-metadata.mjs'], { stdio: 'inherit' });

for (const lib of ['es', 'iife', 'iife-auth0', 'iife-lock', 'module', 'node']) {
  process.env.LIB = lib;
  await build({ logLevel: 'warn' });
}
execFileSync('node', ['node_modules/typescript-native/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('node', ['scripts/phone-metadata.mjs', '--classic'], { stdio: 'inherit' });

// A page without <meta charset> reads a script as Latin-1: keep the scripts ASCII, with \u escapes
// (the non-ASCII characters are all inside strings, templates and regular expressions).
for (const file of ['dist/sms-lock.min.js', 'dist/sms-lock-auth0.min.js', 'dist/sms-lock-lock.min.js', 'dist/sms-lock.module.min.js']) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

// V8's explicit compile hint: the scripts that show the first screen run most of their functions at
// once, so V8 compiles them all while the script streams in, off the main thread, instead of one by
// one on the main thread as each is first called (Chromium 136+; other engines read a comment).
// Measured with BENCH_COMPARE: main-thread compiling at start-up 34 → 2 ms, script tag to phone field 13%
// sooner. The source map gets an empty first line to stay in step.
for (const file of ['dist/sms-lock.min.js', 'dist/sms-lock-lock.min.js', 'dist/sms-lock.module.min.js']) {
  writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  writeFileSync(`${file}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
}

// The shipped languages, each a file of its own (esbuild writes them ASCII-only, like the scripts above):
// - dist/i18n/<tag>.js, classic, for the one-file script (which fetches it beside itself), registering
//   through window.SmsLock, or queued in window.SmsLockDictionaries when it runs first;
// - dist/i18n/esm/<tag>.js, an ES module for `import 'sms-lock/i18n/<tag>'`, registering the texts.
const languages = readdirSync('src/i18n/locales').map((file) => file.replace(/\.ts$/, ''));
mkdirSync('dist/i18n/esm', { recursive: true });
await Promise.all(
  languages.flatMap((tag) => {
    const dictionary = `import strings from './src/i18n/locales/${tag}.ts';`;
    const common = { bundle: true, minify: true, target: 'es2020', logLevel: 'warning', legalComments: 'none' };
    return [
      esbuild({
        ...common,
        stdin: {
          contents: `${dictionary}\nself.SmsLock ? self.SmsLock.provideDictionary('${tag}', strings) : (self.SmsLockDictionaries ||= []).push(['${tag}', strings]);`,
          resolveDir: '.',
          loader: 'ts',
        },
        format: 'iife',
        outfile: `dist/i18n/${tag}.js`,
      }),
      esbuild({
        ...common,
        stdin: {
          contents: `${dictionary}\nimport { registerDictionary } from '../../index.js';\nregisterDictionary('${tag}', strings);`,
          resolveDir: '.',
          loader: 'ts',
        },
        format: 'esm',
        external: ['../../index.js'],
        outfile: `dist/i18n/esm/${tag}.js`,
      }).then(() => writeFileSync(`dist/i18n/esm/${tag}.d.ts`, `// Registers the ${tag} texts of <sms-lock>.\nexport {};\n`)),
    ];
  }),
);

for (const file of ['dist/sms-lock.min.js', 'dist/sms-lock-lock.min.js']) {
  const script = readFileSync(file);
  const gzipped = gzipSync(script, { level: 9 }).length;
  console.log(`${file}: ${script.length} B, ${gzipped} B gzip (${(gzipped / 1024).toFixed(1)} KiB)`);
}

// Ecosystem: the files a page loads from a CDN, with their Subresource Integrity hashes (also in
// dist/integrity.json), to paste into the integrity attribute of the tags README shows.
const integrity = Object.fromEntries(
  ['sms-lock.min.js', 'sms-lock-auth0.min.js', 'sms-lock.module.min.js', 'sms-lock-lock.min.js'].map((file) => [
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
