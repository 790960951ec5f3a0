// node:http plumbing: the Host check, body parsing (JSON and form-encoded,
// 16 KiB limit), CORS, fault injection, routing and Auth0-shaped error replies. Knows nothing of
// passwordless itself.
import { STATUS_CODES, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { TenantError, defaultErrorBody } from './errors.js';
import { jsonObjectKeys, refuseRepeated } from './params.js';
import type { CorsPolicy } from './cors.js';
import type { FaultList } from './faults.js';
import type { Reply, RequestContext, Router } from './router.js';

export const BODY_LIMIT = 16 * 1024;
// Past the limit the rest of an oversized body is read and dropped, so the
// client can see the 413, up to this much; after that the connection is closed.
const DRAIN_LIMIT = 1024 * 1024;

export interface ServerDeps {
  router: Router;
  cors: CorsPolicy;
  faults: FaultList;
  /** Origins that are this server's own (requests from its own pages). */
  ownOrigins: () => string[];
  /** Whether a Host header names this server (see hosts.ts); every other request is refused. */
  hostAllowed: (host: string | undefined) => boolean;
  logError: (message: string) => void;
}

export interface TenantServer {
  server: Server;
  /** Cancels pending fault delays and closes every connection. */
  close(): Promise<void>;
}

export function createTenantServer(deps: ServerDeps): TenantServer {
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const server = createServer((req, res) => {
    handle(req, res, deps, sleep).catch((err: unknown) => {
      deps.logError(`unexpected error: ${err instanceof Error ? err.message : String(err)}`);
      if (res.headersSent) return void res.destroy();
      // Whatever the failed reply had set (a header Node refused, its status
      // text) must not leak into the 500.
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      send(res, 500, {}, { json: defaultErrorBody(500) });
    });
  });
  // Keep-alive sockets would otherwise hold close() open.
  server.keepAliveTimeout = 5000;

  let closing: Promise<void> | undefined;
  return {
    server,
    // Idempotent: a test's own close() and its cleanup hook may both call it.
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      })),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: ServerDeps, sleep: (ms: number) => Promise<void>): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://tenant.invalid');
  const method = (req.method ?? 'GET').toUpperCase();
  const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
  const sameOrigin = origin !== undefined && deps.ownOrigins().includes(origin);
  const allowedOrigin = origin !== undefined && (sameOrigin || deps.cors.allows(origin));
  const corsHeaders = origin && allowedOrigin ? deps.cors.responseHeaders(origin) : {};

  // DNS rebinding: a request addressed to any other name is refused before
  // anything else, on every path, preflights and /dev/* included.
  if (!deps.hostAllowed(req.headers.host)) {
    return send(res, 403, { ...corsHeaders, Vary: 'Origin' }, { json: hostRefused(req.headers.host) });
  }

  const route = deps.router.match(url.pathname);

  // CORS preflight.
  if (method === 'OPTIONS') {
    if (!route) return send(res, 404, corsHeaders, { json: notFound(url.pathname) });
    if (origin && req.headers['access-control-request-method']) {
      if (!allowedOrigin) return send(res, 403, { Vary: 'Origin' }, { json: originRefused(origin) });
      return send(res, 204, deps.cors.preflightHeaders(origin, route.methods), {});
    }
    return send(res, 204, { ...corsHeaders, Allow: [...route.methods, 'OPTIONS'].join(', ') }, {});
  }

  // A page on another origin may still send a "simple" (form) POST without a
  // preflight; refuse it rather than act on it, the way an unlisted web origin
  // cannot use the tenant at all.
  if (origin && !allowedOrigin && method !== 'GET' && method !== 'HEAD') {
    return send(res, 403, { Vary: 'Origin' }, { json: originRefused(origin) });
  }

  const fault = deps.faults.take(method, url.pathname);
  if (fault) {
    if (fault.delayMs) await sleep(fault.delayMs);
    if (res.destroyed) return;
    if (fault.reset) {
      req.socket.destroy();
      return;
    }
    if (fault.status !== undefined) {
      const headers = { ...corsHeaders, ...fault.headers };
      // A string body goes out verbatim, e.g. a proxy's HTML error page.
      if (typeof fault.body === 'string') {
        const contentType =
          Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ??
          (fault.body.trimStart().startsWith('<') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
        return send(res, fault.status, headers, { text: fault.body, contentType });
      }
      return send(res, fault.status, headers, { json: fault.body === undefined ? defaultErrorBody(fault.status) : fault.body });
    }
  }

  if (!route) return send(res, 404, corsHeaders, { json: notFound(url.pathname) });
  const handler = route.handlers.get(method) ?? (method === 'HEAD' ? route.handlers.get('GET') : undefined);
  if (!handler) {
    const allow = [...route.methods, 'OPTIONS'].join(', ');
    return send(
      res,
      405,
      { ...corsHeaders, Allow: allow },
      {
        json: { error: 'method_not_allowed', error_description: `${method} is not allowed on ${url.pathname}. Allowed: ${allow}.` },
      },
    );
  }

  const ctx: RequestContext = {
    method,
    path: url.pathname,
    query: url.searchParams,
    params: route.params,
    headers: req.headers,
    ip: clientIp(req),
    origin,
    body: () => parseBody(req),
  };
  let reply: Reply;
  try {
    reply = await handler(ctx);
  } catch (err) {
    if (!(err instanceof TenantError)) throw err;
    if (err.status === 413) corsHeaders.Connection = 'close';
    reply = { status: err.status, headers: err.headers, json: err.body };
  }
  send(res, reply.status ?? 200, { ...corsHeaders, ...reply.headers }, reply);
}

function send(res: ServerResponse, status: number, headers: Record<string, string | string[]>, reply: Omit<Reply, 'status' | 'headers'>): void {
  if (res.headersSent || res.destroyed) return;
  let body: string | undefined;
  let type: string | undefined;
  if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    type = 'application/json; charset=utf-8';
  } else if (reply.html !== undefined) {
    body = reply.html;
    type = 'text/html; charset=utf-8';
  } else if (reply.text !== undefined) {
    body = reply.text;
    type = reply.contentType ?? 'text/plain; charset=utf-8';
  }
  const all: Record<string, string | string[]> = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers };
  if (type && !Object.keys(all).some((k) => k.toLowerCase() === 'content-type')) all['Content-Type'] = type;
  // The reason phrase always matches the status: writeHead keeps an earlier
  // statusMessage otherwise (a failed 302 would go out as "500 Found").
  res.writeHead(status, STATUS_CODES[status] ?? 'Unknown', all);
  res.end(status === 204 ? undefined : body);
}

function notFound(path: string) {
  return { error: 'not_found', error_description: `Not found: ${path}` };
}

function originRefused(origin: string) {
  // UNVERIFIED: Auth0's exact body for an origin missing from "Allowed Web Origins".
  return { error: 'access_denied', error_description: `Origin ${origin} is not allowed. Add it with --allowed-origins.` };
}

function hostRefused(host: string | undefined) {
  const shown = host === undefined ? 'A request without a Host header' : `Host ${JSON.stringify(host.slice(0, 100))}`;
  return {
    error: 'access_denied',
    error_description: `${shown} is not this tenant. Call it by the address it listens on (127.0.0.1, localhost or [::1] with its port, or its --host), or set --public-url to the name a proxy forwards.`,
  };
}

function clientIp(req: IncomingMessage): string {
  const ip = req.socket.remoteAddress ?? 'unknown';
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) {
        req.pause();
        reject(tooLarge());
      }
    });
    req.on('end', () => (size > BODY_LIMIT ? reject(tooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function tooLarge(): TenantError {
  return new TenantError(413, 'request_entity_too_large', `The request body is larger than ${BODY_LIMIT} bytes.`);
}

/** Parses a JSON or form-encoded body into a plain object. */
async function parseBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > DRAIN_LIMIT) throw tooLarge();
  const raw = await readBody(req);
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (raw.length === 0 && !type) return {};
  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new TenantError(400, 'invalid_request', 'The request body is not valid JSON.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new TenantError(400, 'invalid_request', 'The request body must be a JSON object.');
    }
    refuseRepeated(jsonObjectKeys(raw.toString('utf8')));
    return parsed as Record<string, unknown>;
  }
  if (type === 'application/x-www-form-urlencoded') {
    const params = new URLSearchParams(raw.toString('utf8'));
    refuseRepeated(params.keys());
    return Object.fromEntries(params);
  }
  throw new TenantError(415, 'invalid_request', 'Content-Type must be application/json or application/x-www-form-urlencoded.');
}
