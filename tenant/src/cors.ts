// CORS as Auth0's "Allowed Web Origins": http://localhost and http://127.0.0.1
// on any port are allowed by default, plus the configured origins.
import { wildcardPattern } from './escape.js';

/** Response headers a browser app must be able to read to honour a rate limit. */
export const EXPOSED_HEADERS = ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];

/** Request headers the endpoints take (Auth0's SDKs add Auth0-Client and X-Request-Language). */
export const ALLOWED_HEADERS = ['Content-Type', 'Authorization', 'Auth0-Client', 'X-Request-Language'];

const LOCAL = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

export class CorsPolicy {
  readonly #patterns: RegExp[];

  constructor(allowedOrigins: string[]) {
    this.#patterns = allowedOrigins
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean)
      .map(wildcardPattern);
  }

  allows(origin: string): boolean {
    return LOCAL.test(origin) || this.#patterns.some((p) => p.test(origin));
  }

  /** Headers for an actual (non-preflight) response to an allowed origin. */
  responseHeaders(origin: string): Record<string, string> {
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
      Vary: 'Origin',
    };
  }

  preflightHeaders(origin: string, methods: string[]): Record<string, string> {
    return {
      ...this.responseHeaders(origin),
      'Access-Control-Allow-Methods': [...methods, 'OPTIONS'].join(', '),
      'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
      'Access-Control-Max-Age': '86400',
    };
  }
}
