// custom-elements.json describes the package as it is published: one module per entry (the dist/*.js
// files package.json exports), holding the classes and functions that entry exports, wherever in src/
// they are declared. Only the entries and the modules they re-export from are analyzed; whatever only
// the source has (private and protected members, lit's plumbing, stylesheets, dictionaries) is left out.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

// The entry modules, in the order a declaration exported by several of them is placed: in the first.
const entries = {
  'src/index.ts': 'dist/index.js',
  'src/define.ts': 'dist/define.js',
  'src/auth0/auth0-spa.ts': 'dist/auth0-spa.js',
};
// Where the entries' classes and functions are declared. When one of them moves, change its line here:
// `npm run analyze` fails, naming the export, while one cannot be found.
const declaring = ['src/sms-lock.ts', 'src/client.ts', 'src/auth0-errors.ts', 'src/i18n/index.ts', 'src/phone/index.ts', 'src/phone/code.ts'];

const published = new Set(Object.values(packageJson().exports).map((target) => (typeof target === 'string' ? target : target.default).replace(/^\.\//, '')));
for (const [source, target] of Object.entries(entries)) {
  if (!published.has(target)) throw new Error(`custom-elements-manifest.config.mjs: ${target} (from ${source}) is not among package.json's exports.`);
}
for (const path of [...Object.keys(entries), ...declaring]) {
  if (!existsSync(path)) throw new Error(`custom-elements-manifest.config.mjs: ${path} does not exist; update the module lists.`);
}

function packageJson() {
  return JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
}

/**
 * What the analyzer does not keep but the published API needs: per source module, its imports,
 * its exports in order (with `export type` told apart, since the analyzer lists those as JavaScript
 * exports too), and per class the members that override a base class's (lifecycle callbacks,
 * `static styles`, `addEventListener` overloads: the base class documents them).
 */
const sources = new Map();

const collectSourceFacts = {
  name: 'sms-lock:collect-source-facts',
  analyzePhase({ ts, node, moduleDoc }) {
    if (node.kind !== ts.SyntaxKind.SourceFile) return;
    const facts = { imports: new Map(), exports: [], starExports: [], overrides: new Map() };
    sources.set(moduleDoc.path, facts);
    const hasModifier = (statement, kind) =>
      (ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : []).some((modifier) => modifier.kind === kind);
    for (const statement of node.statements) {
      if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
        const from = statement.moduleSpecifier.text;
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            if (!element.isTypeOnly) facts.imports.set(element.name.text, { from, name: (element.propertyName ?? element.name).text });
          }
        }
      } else if (ts.isExportDeclaration(statement) && !statement.exportClause) {
        facts.starExports.push(statement.moduleSpecifier.text);
      } else if (ts.isExportDeclaration(statement) && ts.isNamedExports(statement.exportClause)) {
        const from = statement.moduleSpecifier?.text;
        for (const element of statement.exportClause.elements) {
          facts.exports.push({
            name: element.name.text,
            local: (element.propertyName ?? element.name).text,
            from,
            typeOnly: statement.isTypeOnly || element.isTypeOnly,
          });
        }
      } else if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
        facts.exports.push({ name: statement.name.text, local: statement.name.text, typeOnly: true });
      } else if (
        (ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement)) &&
        statement.name &&
        hasModifier(statement, ts.SyntaxKind.ExportKeyword)
      ) {
        facts.exports.push({ name: statement.name.text, local: statement.name.text, typeOnly: false });
      } else if (ts.isVariableStatement(statement) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
        for (const { name } of statement.declarationList.declarations) {
          if (ts.isIdentifier(name)) facts.exports.push({ name: name.text, local: name.text, typeOnly: false });
        }
      }
      if (ts.isClassDeclaration(statement) && statement.name) {
        const overrides = new Set(
          statement.members.filter((member) => member.name && hasModifier(member, ts.SyntaxKind.OverrideKeyword)).map((member) => member.name.getText()),
        );
        facts.overrides.set(statement.name.text, overrides);
      }
    }
  },
};

const sourcePath = (from, specifier) => posix.join(posix.dirname(from), specifier).replace(/\.js$/, '.ts');

/** A default that is a literal (`'sms'`, `6`, `false`) is API; any other expression names something only the source has. */
const isLiteral = (text) => /^(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d[\d_]*(?:\.\d+)?|true|false|null)$/.test(text);

const publicApiOnly = {
  name: 'sms-lock:public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    const analyzed = new Map(customElementsManifest.modules.map((module) => [module.path, module]));

    // Follows `name` in `path` through imports and re-exports to its declaration, or to a package.
    function resolve(path, name, trail = []) {
      const where = `${[...trail, `${name} in ${path}`].join(' → ')}`;
      const module = analyzed.get(path);
      if (!module) throw new Error(`custom-elements-manifest.config.mjs: cannot follow ${where}: ${path} is not analyzed; add it to \`declaring\`.`);
      const declaration = module.declarations?.find((candidate) => candidate.name === name);
      if (declaration) return { path, declaration };
      const facts = sources.get(path);
      const exported = facts.exports.find((entry) => entry.name === name && !entry.typeOnly);
      const link = exported?.from ? { from: exported.from, name: exported.local } : facts.imports.get(exported?.local ?? name);
      if (!link) throw new Error(`custom-elements-manifest.config.mjs: no declaration found for ${where}.`);
      if (!link.from.startsWith('.')) return { package: link.from, name: link.name };
      return resolve(sourcePath(path, link.from), link.name, [...trail, `${name} in ${path}`]);
    }

    const homes = new Map(); // declaration → the entry module it is placed in
    const declaredIn = new Map(); // declaration → its source module
    const typeHomes = new Map(); // exported type name → the entry module that exports it
    const modules = [];
    for (const [source, target] of Object.entries(entries)) {
      const module = analyzed.get(source);
      // Its exports are listed one by one, so an `export *` would go unseen.
      if (sources.get(source).starExports.length)
        throw new Error(
          `custom-elements-manifest.config.mjs: ${source} has \`export * from '${sources.get(source).starExports[0]}'\`; name the exports instead.`,
        );
      const out = { kind: 'javascript-module', path: target, declarations: [], exports: [] };
      const reference = (name) => {
        const found = resolve(source, name);
        if (found.package) return { name: found.name, package: found.package };
        if (!homes.has(found.declaration)) {
          homes.set(found.declaration, target);
          declaredIn.set(found.declaration, found.path);
          out.declarations.push(found.declaration);
        }
        return { name: found.declaration.name, module: homes.get(found.declaration) };
      };
      for (const { name, typeOnly } of sources.get(source).exports) {
        if (typeOnly) {
          if (!typeHomes.has(name)) typeHomes.set(name, target);
        } else {
          out.exports.push({ kind: 'js', name, declaration: reference(name) });
        }
      }
      for (const definition of module.exports.filter((entry) => entry.kind === 'custom-element-definition')) {
        out.exports.push({ kind: 'custom-element-definition', name: definition.name, declaration: reference(definition.declaration.name) });
      }
      modules.push(out);
    }

    for (const [declaration, path] of declaredIn) {
      publicSurface(declaration, sources.get(path));
      if (declaration.superclass?.module) declaration.superclass = superclassReference(path, declaration.superclass.name);
    }

    // The analyzer gives a superclass it found no import for the class's own module: it is a global one, such as Error.
    function superclassReference(path, name) {
      let found;
      try {
        found = resolve(path, name);
      } catch {
        return { name, package: 'global:' };
      }
      if (found.package) return { name: found.name, package: found.package };
      if (!homes.has(found.declaration))
        throw new Error(`custom-elements-manifest.config.mjs: the superclass ${name} (${found.path}) is not exported by any entry.`);
      return { name, module: homes.get(found.declaration) };
    }

    // Every type text that names an exported type or class gets a reference to the entry that exports it.
    const exportedNames = new Map([...typeHomes]);
    for (const [declaration, home] of homes) if (!exportedNames.has(declaration.name)) exportedNames.set(declaration.name, home);
    for (const type of typesIn(modules)) {
      const references = [];
      for (const match of type.text.matchAll(/[A-Za-z_$][\w$]*/g)) {
        if (exportedNames.has(match[0]))
          references.push({ name: match[0], module: exportedNames.get(match[0]), start: match.index, end: match.index + match[0].length });
      }
      if (references.length) type.references = references;
    }

    for (const module of modules) {
      for (const declaration of module.declarations) {
        for (const event of declaration.events ?? []) {
          const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
          if (!detail || !exportedNames.has(detail)) {
            throw new Error(
              `custom-elements-manifest.config.mjs: event ${event.name} of ${declaration.name} needs a type naming its exported detail type: @fires {CustomEvent<SomeDetail>} ${event.name} - …`,
            );
          }
        }
      }
    }

    // Only published files may be named.
    for (const path of modulePathsIn(modules)) {
      if (!published.has(path)) throw new Error(`custom-elements-manifest.config.mjs: the manifest names ${path}, which is not published.`);
    }

    customElementsManifest.modules = modules;
  },
};

/** Keeps what users of a declaration can reach: public members, their attributes, literal defaults. */
function publicSurface(declaration, facts) {
  if (declaration.members) {
    const overrides = facts.overrides.get(declaration.name) ?? new Set();
    const hidden = new Set(
      declaration.members
        .filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#') || overrides.has(member.name))
        .map((member) => member.name),
    );
    declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
    // lit's `{ state: true }` properties are read as attributes too; they belong to private fields.
    if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
    for (const member of declaration.members) delete member.privacy;
  }
  for (const property of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
    if (property.default !== undefined && !isLiteral(property.default)) delete property.default;
  }
}

function* typesIn(value) {
  if (Array.isArray(value)) {
    for (const item of value) yield* typesIn(item);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'type' && item && typeof item.text === 'string') yield item;
      else yield* typesIn(item);
    }
  }
}

function* modulePathsIn(value) {
  if (Array.isArray(value)) {
    for (const item of value) yield* modulePathsIn(item);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'module' || key === 'path') && typeof item === 'string') yield item;
      else yield* modulePathsIn(item);
    }
  }
}

// The analyzer lists modules in the order its file search happens to finish, which varies from run
// to run; sorted, the committed file can be compared with a fresh one.
const stableModuleOrder = {
  name: 'sms-lock:stable-module-order',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

export default {
  globs: [...Object.keys(entries), ...declaring],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [collectSourceFacts, publicApiOnly, stableModuleOrder],
};
