// Escaping shared by the tenant's modules: text into HTML, and the wildcard
// patterns of allowed web origins and callback URLs into regular expressions.

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A whole-string, case-insensitive matcher for an allowed origin or URL in
 * which `*` stands for one subdomain label (letters, digits and hyphens), as in
 * `https://*.example.com`. Everything else matches literally.
 */
export function wildcardPattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[a-z0-9-]+')}$`, 'i');
}
