// Checks every shipped dictionary (src/i18n/locales/<tag>.ts) against English (src/i18n/en.ts):
// same keys, same placeholder names, valid plurals for the language, no HTML, no empty text and
// no text left in English. Prints one line per language with its key count and gzip size; exits 1 on any error.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const localesDir = join(root, 'src/i18n/locales');

/**
 * Texts that may stay exactly as in English, as `'<tag>:<key>'` (or `'*:<key>'` for every language),
 * each with the reason. Anything else identical to English is taken for a text nobody translated.
 */
const SAME_AS_ENGLISH = new Map([
  // none so far: every key has words that change in every shipped language
]);

// One esbuild call for all files: type-only imports vanish, each file becomes a standalone ES module.
async function loadModules(files) {
  const outdir = join(root, 'out');
  const result = await build({
    entryPoints: files,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    outdir,
    outbase: root,
    logLevel: 'silent',
    charset: 'utf8',
  });
  const outputs = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  return Promise.all(
    files.map((file) => {
      const contents = outputs.get(join(outdir, relative(root, file)).replace(/\.ts$/, '.js'));
      return import(`data:text/javascript;base64,${Buffer.from(contents).toString('base64')}`);
    }),
  );
}

/** Index of the `}` that closes the `{` at `open`, or -1. */
function matchingBrace(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The placeholders of a text: `{name}` and `{name, plural, one {…} other {…}}` (branch texts are read
 * the same way, so a placeholder inside a branch counts too). Throws on an unbalanced or malformed brace.
 */
function placeholders(text) {
  const found = { names: new Set(), plurals: [] };
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '}') throw new Error('unmatched "}"');
    if (text[i] !== '{') continue;
    const end = matchingBrace(text, i);
    if (end < 0) throw new Error('unbalanced "{"');
    const inner = text.slice(i + 1, end);
    const simple = /^\s*(\w+)\s*$/.exec(inner);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (simple) {
      found.names.add(simple[1]);
    } else if (plural) {
      const [, name, body] = plural;
      found.names.add(name);
      const categories = [];
      for (let k = 0; body.slice(k).trim() !== '';) {
        const category = /^\s*(=\d+|\w+)\s*\{/.exec(body.slice(k));
        if (!category) throw new Error(`malformed plural "{${inner}}"`);
        const open = k + category[0].length - 1;
        const close = matchingBrace(body, open);
        if (close < 0) throw new Error(`unbalanced plural branch "${category[1]}"`);
        categories.push(category[1]);
        const nested = placeholders(body.slice(open + 1, close));
        nested.names.forEach((n) => found.names.add(n));
        found.plurals.push(...nested.plurals);
        k = close + 1;
      }
      found.plurals.push({ name, categories });
    } else {
      throw new Error(`malformed placeholder "{${inner}}"`);
    }
    i = end;
  }
  return found;
}

const HTML = /<[a-z/!]|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const list = (set) =>
  [...set]
    .sort()
    .map((n) => `{${n}}`)
    .join(', ') || 'none';

const started = performance.now();
const localeFiles = readdirSync(localesDir)
  .filter((f) => f.endsWith('.ts'))
  .sort((a, b) => basename(a, '.ts').localeCompare(basename(b, '.ts'), 'en'));
const [enModule, ...localeModules] = await loadModules([join(root, 'src/i18n/en.ts'), ...localeFiles.map((f) => join(localesDir, f))]);
const en = enModule.en;
const englishPlaceholders = Object.fromEntries(Object.entries(en).map(([key, text]) => [key, placeholders(text).names]));

const errors = [];
const warnings = [];
const lines = [];
localeFiles.forEach((file, index) => {
  const tag = basename(file, '.ts');
  const fail = (key, message) => errors.push(`${tag}: ${key ? `"${key}": ` : ''}${message}`);
  let canonical;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    fail('', `the file name "${file}" is not a BCP 47 language tag`);
    return;
  }
  if (canonical !== tag) fail('', `name the file ${canonical}.ts (canonical tag), not ${file}`);
  const dictionary = localeModules[index].default;
  if (!dictionary || typeof dictionary !== 'object') {
    fail('', 'no default export of a dictionary object');
    return;
  }
  const categories = new Set(new Intl.PluralRules(tag).resolvedOptions().pluralCategories);

  for (const key of Object.keys(en)) if (!(key in dictionary)) fail(key, 'missing');
  for (const [key, text] of Object.entries(dictionary)) {
    if (!(key in en)) {
      fail(key, 'not a key of en.ts');
      continue;
    }
    if (typeof text !== 'string' || text.trim() === '') {
      fail(key, 'empty');
      continue;
    }
    if (HTML.test(text)) fail(key, `contains HTML or an HTML entity: ${JSON.stringify(text)}`);
    if (text === en[key]) {
      const reason = SAME_AS_ENGLISH.get(`${tag}:${key}`) ?? SAME_AS_ENGLISH.get(`*:${key}`);
      if (!reason) fail(key, `identical to English (${JSON.stringify(text)}); translate it, or allow it with a reason in SAME_AS_ENGLISH`);
    }
    let found;
    try {
      found = placeholders(text);
    } catch (error) {
      fail(key, error.message);
      continue;
    }
    if (!sameSet(found.names, englishPlaceholders[key])) {
      fail(key, `placeholders ${list(found.names)} differ from English ${list(englishPlaceholders[key])}`);
    }
    for (const plural of found.plurals) {
      if (!plural.categories.includes('other')) fail(key, `the plural of {${plural.name}} has no "other" branch`);
      const exact = plural.categories.filter((c) => c.startsWith('='));
      if (exact.length) fail(key, `exact-value branches (${exact.join(', ')}) are not supported: use the categories of Intl.PluralRules`);
      const unknown = plural.categories.filter((c) => !c.startsWith('=') && !categories.has(c));
      if (unknown.length) fail(key, `plural categories ${unknown.join(', ')} do not exist in ${tag} (it has ${[...categories].join(', ')})`);
      const absent = [...categories].filter((c) => c !== 'other' && !plural.categories.includes(c));
      if (absent.length) warnings.push(`${tag}: "${key}": the plural of {${plural.name}} has no ${absent.join(', ')} branch (falls back to "other")`);
    }
  }
  const gzipped = gzipSync(JSON.stringify(dictionary), { level: 9 }).length;
  lines.push(`${tag.padEnd(8)} ${String(Object.keys(dictionary).length).padStart(3)} keys  ${String(gzipped).padStart(5)} B gzip`);
});

console.log(lines.join('\n'));
for (const warning of warnings) console.warn(`warning: ${warning}`);
if (!localeFiles.length) errors.push('no dictionaries found in src/i18n/locales');
if (errors.length) {
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`${localeFiles.length} dictionaries match en.ts (${Object.keys(en).length} keys) in ${Math.round(performance.now() - started)} ms.`);
}
