// Everything the endpoints share, and client authentication, which both
// /passwordless/start and /oauth/token need.
import type { IncomingHttpHeaders } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { invalidClient } from './errors.js';
import type { ResolvedClient, ResolvedConfig } from './config.js';
import type { Users } from './users.js';
import type { CodeStore } from './passwordless.js';
import type { TokenService } from './tokens.js';
import type { MemoryOutbox } from './outbox.js';
import type { FaultList } from './faults.js';
import type { FailureCounter, TokenBucketLimiter } from './rate-limit.js';
import type { LoginStore } from './sessions.js';

export interface TenantState {
  config: ResolvedConfig;
  /** Base URL the tenant advertises, without a trailing slash. */
  baseUrl: string;
  /** `${baseUrl}/`, as Auth0 writes `iss`. */
  issuer: string;
  users: Users;
  codes: CodeStore;
  tokens: TokenService;
  outbox: MemoryOutbox;
  faults: FaultList;
  startLimiter: TokenBucketLimiter;
  bruteForce: FailureCounter;
  /** Failed logins per IP, any identifier (Auth0's suspicious IP throttling). */
  ipThrottle: TokenBucketLimiter;
  /** Login tickets, authorization codes and login sessions. */
  logins: LoginStore;
  /** Console output, silenced by `quiet`. Never pass tokens or secrets. */
  log(line: string): void;
}

/**
 * Finds the client and checks its secret when it has one. `client_secret_post`
 * (a body field) and `client_secret_basic` (an Authorization header) both work.
 * The 401 descriptions are UNVERIFIED against Auth0; the error code is Auth0's.
 */
export function authenticateClient(state: TenantState, body: Record<string, unknown>, headers: IncomingHttpHeaders): ResolvedClient {
  let clientId = typeof body.client_id === 'string' ? body.client_id : undefined;
  let secret = typeof body.client_secret === 'string' ? body.client_secret : undefined;
  const basic = basicCredentials(headers.authorization);
  if (basic) {
    // One client per request: a body client_id that names another client is
    // refused rather than overridden, and so is a second secret (RFC 6749 2.3:
    // one authentication method per request).
    if (clientId !== undefined && clientId !== basic.clientId) throw invalidClient('The client_id in the body does not match the Authorization header.');
    if (secret !== undefined) throw invalidClient('Send the client secret either in the Authorization header or in the body, not both.');
    clientId = basic.clientId;
    secret = basic.secret;
  }
  if (!clientId) throw invalidClient('Missing required parameter: client_id');
  const client = state.config.clients.get(clientId);
  if (!client) throw invalidClient('Unknown client.');
  if (client.secret !== undefined) {
    if (secret === undefined) throw invalidClient('Client authentication is required.');
    const a = Buffer.from(secret);
    const b = Buffer.from(client.secret);
    if (a.length !== b.length || !timingSafeEqual(a, b)) throw invalidClient('Invalid client credentials.');
  }
  return client;
}

/**
 * The id and secret of a `Basic` Authorization header (RFC 6749 2.3.1: each
 * form-urlencoded, then joined by a colon and base64-encoded); undefined for
 * another scheme. A Basic header that does not decode is a 401 invalid_client,
 * never a server error.
 */
function basicCredentials(header: string | undefined): { clientId: string; secret: string } | undefined {
  const basic = /^Basic(?:\s+(.*))?$/i.exec(header ?? '');
  if (!basic) return undefined;
  const malformed = () => invalidClient('The Authorization header is not valid Basic credentials.');
  const encoded = (basic[1] ?? '').trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw malformed();
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) throw malformed();
  try {
    const formDecode = (part: string) => decodeURIComponent(part.replace(/\+/g, ' '));
    return { clientId: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    throw malformed();
  }
}
