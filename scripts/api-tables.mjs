// The README's API tables (attributes and properties, read-only properties, methods, events, CSS parts,
// CSS custom properties, slots) are generated from the element's entry in custom-elements.json, so
// that the JSDoc in src/ is their one source. Each sits between `<!-- api:NAME:start -->` and
// `<!-- api:NAME:end -->`; the prose around them is the README's own.
//
//   node scripts/api-tables.mjs          rewrites the tables from custom-elements.json (npm run docs:api)
//   node scripts/api-tables.mjs --check  fails when they differ from what the JSDoc gives now
//                                        (a fresh analysis, so a JSDoc change shows even before
//                                        custom-elements.json is regenerated)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freshManifest } from './fresh-manifest.mjs';

const README = 'README.md';

/** Table cell text: one line, and `|` escaped (GitHub needs that inside code spans too). */
const cell = (text = '') =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---|').join('')}`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
// Optional properties read `T | undefined`; the Default column already says they start unset.
const typeOf = (member) => code((member.type?.text ?? '').replace(/ \| undefined$/, ''));

/** The markdown of each table, by marker name, for the one custom element in the manifest. */
export function apiTables(manifest) {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
  if (elements.length !== 1) throw new Error(`Expected one custom element in the manifest, found ${elements.length}.`);
  const [element] = elements;
  const members = (element.members ?? []).filter((member) => !member.static);
  const fields = members.filter((member) => member.kind === 'field');
  const signature = (method) => {
    const parameters = (method.parameters ?? []).map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}`).join(', ');
    const returns = method.return?.type?.text;
    return code(`${method.name}(${parameters})${returns && returns !== 'void' ? `: ${returns}` : ''}`);
  };
  return {
    attributes: table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      fields
        .filter((field) => !field.readonly)
        .map((field) => [
          field.attribute ? `${code(field.attribute)}${field.reflects ? ' (R)' : ''}` : '—',
          code(field.name),
          typeOf(field),
          field.default !== undefined ? code(field.default) : '—',
          `${field.description ?? ''}${field.attribute ? '' : ' Property only.'}`,
        ]),
    ),
    'read-only': table(
      ['Property', 'Type', 'Description'],
      fields.filter((field) => field.readonly).map((field) => [code(field.name), typeOf(field), field.description]),
    ),
    methods: table(
      ['Method', 'Description'],
      members.filter((member) => member.kind === 'method').map((method) => [signature(method), method.description]),
    ),
    events: table(
      ['Event', 'Type', 'Description'],
      (element.events ?? []).map((event) => [code(event.name), event.type ? code(event.type.text) : '—', event.description]),
    ),
    'css-parts': table(
      ['Part', 'Description'],
      (element.cssParts ?? []).map((part) => [code(part.name), part.description]),
    ),
    'css-properties': table(
      ['Property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((property) => [
        code(property.name),
        property.default !== undefined ? code(property.default) : '—',
        property.description,
      ]),
    ),
    slots: table(
      ['Slot', 'Description'],
      (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description]),
    ),
  };
}

/** The README with every marked table replaced; every table must have its markers, once. */
export function withTables(readme, tables) {
  let text = readme;
  for (const [name, markdown] of Object.entries(tables)) {
    const start = `<!-- api:${name}:start -->`;
    const end = `<!-- api:${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from || text.indexOf(start, from + 1) >= 0) {
      throw new Error(`${README} needs the markers ${start} … ${end}, once and in that order.`);
    }
    text = `${text.slice(0, from + start.length)}\n\n${markdown}\n\n${text.slice(to)}`;
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(README, 'utf8');
  if (process.argv.includes('--check')) {
    if (withTables(readme, apiTables(JSON.parse(freshManifest()))) !== readme) {
      console.error(`The API tables in ${README} are not current: run \`npm run analyze\` (manifest and tables) and commit both.`);
      process.exitCode = 1;
    } else {
      console.log(`The API tables in ${README} are current.`);
    }
  } else {
    const updated = withTables(readme, apiTables(JSON.parse(readFileSync('custom-elements.json', 'utf8'))));
    if (updated !== readme) writeFileSync(README, updated);
    console.log(updated !== readme ? `${README}: API tables rewritten.` : `${README}: API tables already current.`);
  }
}
