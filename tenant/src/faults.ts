// Fault injection: make an endpoint fail, stall or drop the connection for the
// next N requests, so apps can test their error paths against the real thing.
import { validateHeaderName, validateHeaderValue } from 'node:http';
import { TenantError } from './errors.js';

export interface FaultSpec {
  /** Path to affect, e.g. "/passwordless/start". /dev/* paths cannot be faulted. */
  path: string;
  /** Only this method (default: any except OPTIONS, so CORS preflights still pass). */
  method?: string;
  /** Answer with this status instead of handling the request. Omit to only delay. */
  status?: number;
  /** Body for `status`: a string is sent verbatim (HTML if it starts with "<"), anything else as JSON; an Auth0-shaped default when absent. */
  body?: unknown;
  /** Extra response headers, e.g. { "Retry-After": "30" }. */
  headers?: Record<string, string>;
  /** Wait this long (ms, at most 120000) before answering, or before handling normally. */
  delayMs?: number;
  /** Close the connection without any response (a network error for the client). */
  reset?: boolean;
  /** Affect this many requests, then disappear. Default: until cleared. */
  times?: number;
}

export interface Fault extends FaultSpec {
  id: string;
  /** Requests still to affect; null = until cleared. */
  remaining: number | null;
}

const MAX_DELAY_MS = 120_000;
/** Faults kept at once; a test that needs more is clearing none. */
export const MAX_FAULTS = 1000;
// Headers the server sets from the body it sends: a fault's own value would
// contradict the body and break the response.
const FRAMING_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'trailer']);

export class FaultList {
  #faults: Fault[] = [];
  #next = 1;

  add(spec: FaultSpec): Fault {
    if (this.#faults.length >= MAX_FAULTS) throw new TenantError(400, 'invalid_request', `There are already ${MAX_FAULTS} faults; DELETE /dev/faults first.`);
    const fault: Fault = { ...validate(spec), id: String(this.#next++), remaining: spec.times ?? null };
    this.#faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.#faults.map((f) => ({ ...f }));
  }

  remove(id: string): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((f) => f.id !== id);
    return this.#faults.length < before;
  }

  clear(): void {
    this.#faults = [];
  }

  /** The oldest fault matching a request, counted as used. */
  take(method: string, path: string): Fault | undefined {
    if (method === 'OPTIONS' || path.startsWith('/dev/')) return undefined;
    const fault = this.#faults.find((f) => f.path === path && (!f.method || f.method === method));
    if (!fault) return undefined;
    if (fault.remaining !== null && --fault.remaining <= 0) this.remove(fault.id);
    return { ...fault };
  }
}

function validate(spec: FaultSpec): FaultSpec {
  const bad = (msg: string) => new TenantError(400, 'invalid_request', msg);
  if (!spec || typeof spec !== 'object') throw bad('A fault must be a JSON object.');
  const known = new Set(['path', 'method', 'status', 'body', 'headers', 'delayMs', 'reset', 'times']);
  const unknown = Object.keys(spec).filter((k) => !known.has(k));
  if (unknown.length) throw bad(`the following properties are not allowed: ${unknown.join(', ')}`);
  if (typeof spec.path !== 'string' || !spec.path.startsWith('/')) throw bad('path must be a string starting with "/".');
  if (spec.path.startsWith('/dev/')) throw bad('/dev/ paths cannot be faulted.');
  if (spec.method !== undefined && (typeof spec.method !== 'string' || !/^[A-Z]+$/.test(spec.method.toUpperCase())))
    throw bad('method must be an HTTP method.');
  if (spec.status !== undefined && (!Number.isInteger(spec.status) || spec.status < 200 || spec.status > 599))
    throw bad('status must be an integer from 200 to 599.');
  if (spec.delayMs !== undefined && (!Number.isInteger(spec.delayMs) || spec.delayMs < 0 || spec.delayMs > MAX_DELAY_MS))
    throw bad(`delayMs must be an integer from 0 to ${MAX_DELAY_MS}.`);
  if (spec.times !== undefined && (!Number.isInteger(spec.times) || spec.times < 1)) throw bad('times must be a positive integer.');
  if (spec.reset !== undefined && typeof spec.reset !== 'boolean') throw bad('reset must be a boolean.');
  if (
    spec.headers !== undefined &&
    (typeof spec.headers !== 'object' || spec.headers === null || Array.isArray(spec.headers) || Object.values(spec.headers).some((v) => typeof v !== 'string'))
  )
    throw bad('headers must be an object of strings.');
  // Checked the way Node checks them when it sends a response, so a stored
  // fault can never turn into a server error later.
  for (const [name, value] of Object.entries(spec.headers ?? {})) {
    try {
      validateHeaderName(name);
      validateHeaderValue(name, value);
    } catch {
      throw bad(
        `headers: ${JSON.stringify(name.slice(0, 100))} is not a header Node can send (a token name, and a value without control characters or characters beyond U+00FF).`,
      );
    }
    if (FRAMING_HEADERS.has(name.toLowerCase())) throw bad(`headers: ${name} is set by the tenant from the body it sends.`);
  }
  if (spec.status === undefined && spec.delayMs === undefined && !spec.reset) throw bad('A fault needs a status, a delayMs or reset.');
  return { ...spec, method: spec.method?.toUpperCase() };
}
