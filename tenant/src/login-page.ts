// The tenant's own pages: the hosted Universal Login page for the `sms`
// connection (built from <sms-lock mode="inline">), the web_message response
// page, the signed-out page and the error page, plus the static scripts they
// load. Every page has a CSP and no inline script: data reaches the scripts
// as JSON in a non-executable <script type="application/json">.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedClient } from './config.js';
import { escapeHtml as esc } from './escape.js';
import type { Reply, Router } from './router.js';
import type { TenantState } from './state.js';

/** sms-lock's one-file build of the element (`npm run build` in sms-lock), as that package exports it. */
export const ELEMENT_SCRIPT_SPECIFIER = 'sms-lock/sms-lock.min.js';

/** Where the hosted login page's script comes from, or why there is none. */
export type ElementScript = { path: string; problem?: undefined } | { path?: undefined; problem: string };

/**
 * Finds the one-file script for the hosted login page. A file given with `elementScript`
 * (`--element-script`) is the only candidate. Otherwise `sms-lock/sms-lock.min.js` is resolved
 * the way Node resolves packages, from each of `from` in turn: by default this module (sms-lock
 * installed beside the tenant) and then the working directory's project (the tenant run by npx,
 * or from a checkout of sms-lock itself, which resolves its own name). Never a path outside
 * this package: installed from a tarball, the tenant finds what its user installed.
 * Called on every page, so building the script while the tenant runs is enough.
 */
export function findElementScript(
  explicit: string | undefined,
  from: string[] = [fileURLToPath(import.meta.url), join(process.cwd(), 'package.json')],
): ElementScript {
  if (explicit !== undefined) {
    return existsSync(explicit) ? { path: explicit } : { problem: `${explicit} (given as the element script) does not exist.` };
  }
  for (const parent of from) {
    try {
      const path = createRequire(parent).resolve(ELEMENT_SCRIPT_SPECIFIER);
      if (existsSync(path)) return { path };
    } catch {
      // Not installed there, or installed but not built: try the next place.
    }
  }
  return { problem: `${ELEMENT_SCRIPT_SPECIFIER} was not found from ${from.join(' or ')}.` };
}

const PAGE_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const PLAIN_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
// The web_message page is loaded in the app's hidden iframe or popup, so it may be framed.
const WEB_MESSAGE_CSP = "default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'";

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #f5f5f7; }
  main { max-width: 26rem; margin: 3rem auto; padding: 2rem 1.5rem; background: #fff; border-radius: 12px; box-shadow: 0 1px 4px rgb(0 0 0 / .12); }
  h1 { font-size: 1.375rem; margin: 0 0 .5rem; }
  p { margin: .5rem 0; }
  code { font: .9em ui-monospace, monospace; background: #f0f0f0; padding: .1em .3em; border-radius: 4px; }
  .error { color: #b00020; }
  .meta { color: #555; font-size: .875rem; }
  /* The page's card is the frame: the element inside it needs no second one. */
  sms-lock::part(panel) { border: none; padding: 0; }
`;

/** Scripts served at /static/<name>. */
const SCRIPTS: Record<string, string> = {
  // The element runs the cross-origin flow (/co/authenticate, wrong codes and all); its login
  // ticket resumes the /authorize request this page is serving.
  'universal-login.js': `'use strict';
(function () {
  var config = JSON.parse(document.getElementById('login-config').textContent);
  customElements.whenDefined('sms-lock').then(function () {
    document.querySelector('sms-lock').loginTicketHandler = function (ticket) {
      var params = new URLSearchParams(config.authorizeParams);
      params.set('login_ticket', ticket);
      window.location.assign(config.domain + '/authorize?' + params.toString());
      // The page is leaving; the element stays busy until then.
      return new Promise(function () {});
    };
  });
})();
`,
  // Hands the /authorize result to the window that opened this page (popup)
  // or embeds it (silent authentication), as Auth0's web_message mode does.
  'web-message.js': `'use strict';
(function () {
  var data = JSON.parse(document.getElementById('authorization-response').textContent);
  var target = window.opener || window.parent;
  target.postMessage({ type: 'authorization_response', response: data.response }, data.targetOrigin);
})();
`,
};

export function registerStatic(router: Router, state: TenantState): void {
  // Browsers ask for it on every page; an empty answer keeps the console clean.
  router.get('/favicon.ico', () => ({ status: 204 }));
  router.get('/static/:name', (ctx) => {
    const name = ctx.params.name;
    if (name === 'sms-lock.min.js') {
      const script = findElementScript(state.config.elementScript);
      if (script.path === undefined) return { status: 404, text: `// ${script.problem}\n`, contentType: 'text/javascript; charset=utf-8' };
      return { headers: { 'Cache-Control': 'no-cache' }, text: readFileSync(script.path, 'utf8'), contentType: 'text/javascript; charset=utf-8' };
    }
    const script = SCRIPTS[name];
    if (script === undefined) return { status: 404, json: { error: 'not_found', error_description: `Not found: ${ctx.path}` } };
    return { headers: { 'Cache-Control': 'no-cache' }, text: script, contentType: 'text/javascript; charset=utf-8' };
  });
}

/** The hosted Universal Login page for the `sms` connection. */
export function loginPage(state: TenantState, client: ResolvedClient, authorizeParams: URLSearchParams): Reply {
  const script = findElementScript(state.config.elementScript);
  const config = { domain: state.baseUrl, clientId: client.clientId, authorizeParams: authorizeParams.toString() };
  const scope = authorizeParams.get('scope') || 'openid';
  const audience = authorizeParams.get('audience');
  const language = authorizeParams.get('ui_locales')?.split(/\s+/)[0];
  const body =
    script.path !== undefined
      ? `<sms-lock mode="inline" flow="cross-origin" domain="${esc(state.baseUrl)}" client-id="${esc(client.clientId)}" connection="sms" scope="${esc(scope)}"${audience ? ` audience="${esc(audience)}"` : ''}${language ? ` language="${esc(language)}"` : ''}></sms-lock>
<noscript><p class="error">Signing in needs JavaScript.</p></noscript>
<script type="application/json" id="login-config">${jsonForHtml(config)}</script>
<script src="/static/universal-login.js" defer></script>
<script src="/static/sms-lock.min.js" defer></script>`
      : `<p class="error" role="alert">The sign-in form is missing: the tenant could not find <code>sms-lock.min.js</code>, the one-file script of <code>sms-lock</code>.</p>
<p class="meta">${esc(script.problem)}</p>
<p>Install <code>sms-lock</code> in the project that runs the tenant (<code>npm install --save-dev sms-lock sms-lock-tenant</code>), or start the tenant with <code>--element-script &lt;file&gt;</code> (the <code>elementScript</code> option). In the sms-lock repository, build it with <code>npm run build</code>. Then reload this page.</p>`;
  return {
    headers: { 'Content-Security-Policy': PAGE_CSP, 'Referrer-Policy': 'no-referrer' },
    // The element carries the "Sign in" title; the page only says where the user is signing in.
    html: page(
      'Sign in',
      `<p class="meta">Signing in to <strong>${esc(client.name)}</strong> on the local tenant.</p>
${body}`,
    ),
  };
}

/** The page a response_mode=web_message request gets: it posts the result to its opener or parent. */
export function webMessagePage(targetOrigin: string, response: Record<string, string>): Reply {
  return {
    headers: { 'Content-Security-Policy': WEB_MESSAGE_CSP, 'Referrer-Policy': 'no-referrer' },
    html: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Authorization Response</title></head>
<body>
<script type="application/json" id="authorization-response">${jsonForHtml({ targetOrigin, response })}</script>
<script src="/static/web-message.js"></script>
</body>
</html>
`,
  };
}

/** An error shown in the browser, for requests whose redirect URL cannot be trusted. */
export function errorPage(status: number, error: string, description: string): Reply {
  return {
    status,
    headers: { 'Content-Security-Policy': PLAIN_CSP },
    html: page(
      'Error',
      `<h1>Something went wrong</h1>
<p class="error" role="alert"><code>${esc(error)}</code>: ${esc(description)}</p>
<p class="meta">Local sms-lock tenant. Nothing was sent back to the application.</p>`,
    ),
  };
}

export function signedOutPage(): Reply {
  return { headers: { 'Content-Security-Policy': PLAIN_CSP }, html: page('Signed out', '<h1>Signed out</h1>\n<p>You are signed out of the local tenant.</p>') };
}

function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)} · sms-lock local tenant</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`;
}

/** JSON safe inside a <script> element. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
