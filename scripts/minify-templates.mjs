// Minifies the html`` and css`` templates of our own sources at build time: their indentation and
// comments would otherwise ship to every phone. Runs on JavaScript (after TypeScript is stripped),
// finds the tagged templates with acorn, and rewrites only their literal parts.
import { parse } from 'acorn';
import { simple } from 'acorn-walk';
import MagicString from 'magic-string';

/**
 * CSS with comments and the spaces around punctuation removed, leading zeros dropped (`0.5rem` →
 * `.5rem`) and quotes dropped around attribute values that are plain words (`[dir='rtl']` → `[dir=rtl]`).
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([^\s(]):\s+/g, '$1:')
    .replace(/;}/g, '}')
    .replace(/([\s:(,/*+-])0\.(\d)/g, '$1.$2')
    .replace(/=(['"])([a-z][\w-]*)\1\]/gi, '=$2]')
    .trim();
}

/** HTML with its line breaks and indentation folded: none between tags on separate lines, one space elsewhere. */
export function minifyHtml(text) {
  return text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
}

const minifiers = { css: minifyCss, html: minifyHtml };

/** The code with its html`` and css`` templates minified, and a source map back to the input. */
export function minifyTemplates(code, id) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const output = new MagicString(code);
  simple(ast, {
    TaggedTemplateExpression(node) {
      const minify = node.tag.type === 'Identifier' ? minifiers[node.tag.name] : undefined;
      if (!minify) return;
      for (const quasi of node.quasi.quasis) {
        const raw = code.slice(quasi.start, quasi.end);
        const minified = minify(raw);
        if (minified !== raw) output.overwrite(quasi.start, quasi.end, minified);
      }
    },
  });
  return { code: output.toString(), map: output.generateMap({ source: id, hires: true }) };
}
