// Request parameters sent more than once, in a form, a JSON body or a query.
import { TenantError } from './errors.js';

/**
 * RFC 6749 3.1: "Request and response parameters MUST NOT be included more
 * than once." Whichever copy a server picked, the client meant something else.
 */
export function refuseRepeated(keys: Iterable<string>): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new TenantError(400, 'invalid_request', `Parameter ${JSON.stringify(key.slice(0, 100))} is included more than once.`);
    seen.add(key);
  }
}

/**
 * The keys of a JSON text's top-level object, repeats included (JSON.parse
 * keeps the last of a repeated key silently). Expects text JSON.parse accepted.
 */
export function jsonObjectKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  // At depth 1, a string is a key when the object expects one (after "{" or ",").
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (depth === 1 && expectKey) keys.push(JSON.parse(text.slice(i, end + 1)) as string);
      expectKey = false;
      i = end;
    } else if (c === '{' || c === '[') {
      depth += 1;
      expectKey = c === '{' && depth === 1;
    } else if (c === '}' || c === ']') {
      depth -= 1;
    } else if (c === ',' && depth === 1) {
      expectKey = true;
    }
  }
  return keys;
}
