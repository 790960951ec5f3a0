// A small path router. Endpoints register per method and path (":name"
// segments are parameters); the server asks it for 404/405/preflight answers.
import type { IncomingHttpHeaders } from 'node:http';

export interface Reply {
  status?: number;
  /** An array value sends the header once per item (e.g. Set-Cookie). */
  headers?: Record<string, string | string[]>;
  /** Sent as application/json. */
  json?: unknown;
  /** Sent as text/html. */
  html?: string;
  /** Sent as is, with `contentType`. */
  text?: string;
  contentType?: string;
}

export interface RequestContext {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The client's address (IPv4-mapped IPv6 addresses unwrapped). */
  ip: string;
  origin?: string;
  /** Parses the body (JSON or form-encoded) into an object; throws an Auth0-shaped 400/413/415. */
  body(): Promise<Record<string, unknown>>;
}

export type Handler = (ctx: RequestContext) => Reply | Promise<Reply>;

interface Route {
  pattern: string;
  segments: string[];
  handlers: Map<string, Handler>;
}

export class Router {
  readonly #routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    let route = this.#routes.find((r) => r.pattern === pattern);
    if (!route) {
      route = { pattern, segments: pattern.split('/'), handlers: new Map() };
      this.#routes.push(route);
    }
    route.handlers.set(method.toUpperCase(), handler);
    return this;
  }

  get = (pattern: string, handler: Handler) => this.add('GET', pattern, handler);
  post = (pattern: string, handler: Handler) => this.add('POST', pattern, handler);
  delete = (pattern: string, handler: Handler) => this.add('DELETE', pattern, handler);

  /** The route for a path, with its parameters and the methods it takes. */
  match(path: string): { handlers: Map<string, Handler>; params: Record<string, string>; methods: string[] } | undefined {
    const parts = path.split('/');
    for (const route of this.#routes) {
      if (route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = route.segments.every((seg, i) => {
        if (seg.startsWith(':')) {
          if (!parts[i]) return false;
          try {
            params[seg.slice(1)] = decodeURIComponent(parts[i]);
            return true;
          } catch {
            return false;
          }
        }
        return seg === parts[i];
      });
      if (ok) return { handlers: route.handlers, params, methods: [...route.handlers.keys()] };
    }
    return undefined;
  }
}
