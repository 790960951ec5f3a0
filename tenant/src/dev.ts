// /dev/*: the SMS outbox (JSON and a page) and fault injection. Not part of
// Auth0's API; they exist because no SMS is ever really sent.
import { TenantError } from './errors.js';
import { escapeHtml as esc } from './escape.js';
import type { FaultSpec } from './faults.js';
import type { OutboxMessage } from './outbox.js';
import type { RequestContext, Router } from './router.js';
import type { TenantState } from './state.js';

export function registerDev(router: Router, state: TenantState): void {
  router.get('/dev/outbox', (ctx) => ({ json: { messages: state.outbox.messages(toFilter(ctx)) } }));
  router.delete('/dev/outbox', () => {
    state.outbox.clear();
    return { status: 204 };
  });
  router.get('/dev/outbox.html', (ctx) => ({
    headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" },
    html: outboxPage(state, toFilter(ctx)),
  }));

  router.get('/dev/faults', () => ({ json: { faults: state.faults.list() } }));
  router.post('/dev/faults', async (ctx) => ({ status: 201, json: state.faults.add((await ctx.body()) as unknown as FaultSpec) }));
  router.delete('/dev/faults', () => {
    state.faults.clear();
    return { status: 204 };
  });
  router.delete('/dev/faults/:id', (ctx) => {
    if (!state.faults.remove(ctx.params.id)) throw new TenantError(404, 'not_found', `No fault with id ${ctx.params.id}`);
    return { status: 204 };
  });
}

/** `?to=+1415…` typed unencoded arrives with a space for the plus; put it back. */
function toFilter(ctx: RequestContext): string | undefined {
  const to = ctx.query.get('to');
  if (to === null || to === '') return undefined;
  return to.replace(/^ /, '+');
}

function outboxPage(state: TenantState, to: string | undefined): string {
  const messages: OutboxMessage[] = state.outbox.messages(to).reverse();
  const rows = messages
    .map(
      (m) =>
        `<tr><td><time datetime="${esc(m.sentAt)}">${esc(m.sentAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))}</time></td><td>${esc(m.to)}</td><td class="code">${esc(m.code)}</td><td><pre>${esc(m.text)}</pre></td></tr>`,
    )
    .join('\n');
  const clients = [...state.config.clients.values()].map((c) => `<li><code>${esc(c.clientId)}</code> ${esc(c.name)}</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>SMS outbox · sms-lock local tenant</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d1d1f; }
  table { border-collapse: collapse; width: 100%; }
  /* On a phone each message is a block: the code is the part that must not be cut off. */
  @media (max-width: 600px) {
    thead { display: none; }
    tr, td { display: block; }
    tr { border-bottom: 1px solid #ddd; padding: .5rem 0; }
    td { border: none; padding: .125rem 0; }
  }
  th, td { text-align: left; padding: .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  .code { font: 700 1.5rem/1 ui-monospace, monospace; letter-spacing: .1em; }
  pre { margin: 0; white-space: pre-wrap; font: .875rem ui-monospace, monospace; }
  .empty { color: #666; }
</style>
</head>
<body>
<h1>SMS outbox</h1>
<p>Codes the local tenant at <code>${esc(state.baseUrl)}</code> would have texted${to ? ` to <strong>${esc(to)}</strong>` : ''}, newest first. This page refreshes every 2 seconds. JSON: <a href="/dev/outbox">/dev/outbox</a>.</p>
<table>
<thead><tr><th>Sent</th><th>To</th><th>Code</th><th>Text</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="4" class="empty">No messages yet. Ask for a code and it appears here.</td></tr>'}
</tbody>
</table>
<h2>Clients</h2>
<ul>${clients}</ul>
</body>
</html>
`;
}
