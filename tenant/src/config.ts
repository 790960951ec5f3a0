// Options accepted by startTenant and the CLI, their defaults, and the clients
// (Auth0 "applications") the tenant knows.
import { resolve } from 'node:path';
import { OTP_GRANT, REFRESH_GRANT } from './errors.js';

export interface ClientConfig {
  /** The `client_id`. */
  clientId: string;
  /** Shown in the banner and the outbox page. */
  name?: string;
  /**
   * A confidential client (a "Regular Web Application") has a secret and must
   * send it to /passwordless/start and /oauth/token. Public clients have none.
   */
  secret?: string;
  /** Grant types enabled for the client. Defaults to the Passwordless OTP, authorization_code and refresh_token grants. */
  grantTypes?: string[];
  /** "Allowed Callback URLs" (and logout URLs) of this client, on top of the tenant-wide `callbacks`. */
  callbacks?: string[];
}

export interface TenantOptions {
  /** TCP port; 0 picks a free one. Default 4000. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Suppress the startup banner and the one console line per SMS. */
  quiet?: boolean;
  /** Clock in milliseconds since the epoch; drives code expiry, token times and rate-limit windows. */
  now?: () => number;
  /** Extra "Allowed Web Origins" besides http://localhost:* and http://127.0.0.1:*. `https://*.example.com` wildcards work. */
  allowedOrigins?: string[];
  /**
   * Extra "Allowed Callback URLs" (also accepted as logout `returnTo` URLs) for
   * every client, besides any http://localhost:<port>/… and
   * http://127.0.0.1:<port>/… URL. Exact URLs; `*` matches one subdomain label.
   */
  callbacks?: string[];
  /** Seconds a login session (the session cookie) lives. Default 259200 (3 days). */
  sessionTtl?: number;
  /** Digits in an SMS code. Default 6. */
  codeLength?: number;
  /** Seconds a code stays valid. Default 180. */
  codeTtl?: number;
  /** Wrong tries allowed on one code before it is invalidated. Default 3. */
  maxAttempts?: number;
  /** /passwordless/start requests allowed per IP per hour. Default 50. */
  startLimit?: number;
  /** Failed code exchanges per IP and phone number before 429 too_many_attempts. Default 10. */
  bruteForceLimit?: number;
  /**
   * Failed logins per IP per day, whatever the number, before /oauth/token and
   * /co/authenticate answer 429 too_many_attempts (Auth0's suspicious IP
   * throttling; the allowance refills evenly over the day). Default 100.
   */
  suspiciousIpLimit?: number;
  /** SMS messages the outbox keeps; the oldest are dropped first. Default 1000. */
  outboxLimit?: number;
  /** Access token lifetime in seconds. Default 86400. */
  accessTokenTtl?: number;
  /** ID token lifetime in seconds. Default 36000. */
  idTokenTtl?: number;
  /** Absolute refresh token lifetime in seconds. Default 2592000 (30 days). */
  refreshTokenTtl?: number;
  /** Host in the WebOTP line that ends every SMS (`@localhost #123456`). Default localhost. */
  webOtpHost?: string;
  /** Clients added to (or replacing, by client id) the two default ones. */
  clients?: ClientConfig[];
  /**
   * The base URL the tenant advertises as issuer and in discovery, when it is
   * reached through a proxy or another name. Defaults to the URL it listens on.
   */
  publicUrl?: string;
  /**
   * The one-file script of `<sms-lock>` that the hosted login page loads (a path, relative to
   * the working directory). Defaults to `sms-lock/sms-lock.min.js` as Node resolves it, from
   * this package or from the working directory's project.
   */
  elementScript?: string;
}

export interface ResolvedClient {
  clientId: string;
  name: string;
  secret?: string;
  grantTypes: string[];
  callbacks: string[];
}

export interface ResolvedConfig {
  port: number;
  host: string;
  quiet: boolean;
  now: () => number;
  allowedOrigins: string[];
  callbacks: string[];
  sessionTtl: number;
  codeLength: number;
  codeTtl: number;
  maxAttempts: number;
  startLimit: number;
  bruteForceLimit: number;
  suspiciousIpLimit: number;
  outboxLimit: number;
  accessTokenTtl: number;
  idTokenTtl: number;
  refreshTokenTtl: number;
  webOtpHost: string;
  clients: Map<string, ResolvedClient>;
  publicUrl?: string;
  /** Absolute; undefined means "resolve sms-lock/sms-lock.min.js". */
  elementScript?: string;
}

export const DEFAULTS = {
  port: 4000,
  host: '127.0.0.1',
  codeLength: 6,
  codeTtl: 180,
  maxAttempts: 3,
  startLimit: 50,
  bruteForceLimit: 10,
  suspiciousIpLimit: 100,
  outboxLimit: 1000,
  accessTokenTtl: 86400,
  idTokenTtl: 36000,
  refreshTokenTtl: 2592000,
  webOtpHost: 'localhost',
  sessionTtl: 259200,
} as const;

export const DEMO_CLIENT_ID = 'sms-lock-demo';
export const NO_OTP_CLIENT_ID = 'sms-lock-no-otp';
export const CODE_GRANT = 'authorization_code';

export const DEFAULT_CLIENTS: ResolvedClient[] = [
  {
    clientId: DEMO_CLIENT_ID,
    name: 'sms-lock demo',
    grantTypes: [OTP_GRANT, CODE_GRANT, REFRESH_GRANT],
    callbacks: [],
  },
  // Exists so apps can exercise the 403 unauthorized_client path. Like a
  // Single Page Application on Auth0, it signs in through /authorize only.
  { clientId: NO_OTP_CLIENT_ID, name: 'sms-lock demo without the OTP grant', grantTypes: [CODE_GRANT, REFRESH_GRANT], callbacks: [] },
];

function integer(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return v;
}

export function resolveConfig(options: TenantOptions = {}): ResolvedConfig {
  const clients = new Map<string, ResolvedClient>();
  for (const c of DEFAULT_CLIENTS) clients.set(c.clientId, { ...c, grantTypes: [...c.grantTypes], callbacks: [...c.callbacks] });
  for (const c of options.clients ?? []) {
    if (!c.clientId || typeof c.clientId !== 'string') throw new TypeError('every client needs a clientId');
    clients.set(c.clientId, {
      clientId: c.clientId,
      name: c.name ?? c.clientId,
      secret: c.secret || undefined,
      grantTypes: [...(c.grantTypes ?? [OTP_GRANT, CODE_GRANT, REFRESH_GRANT])],
      callbacks: [...(c.callbacks ?? [])],
    });
  }
  return {
    port: integer('port', options.port, DEFAULTS.port, 0, 65535),
    host: options.host ?? DEFAULTS.host,
    quiet: options.quiet ?? false,
    now: options.now ?? Date.now,
    allowedOrigins: [...(options.allowedOrigins ?? [])],
    callbacks: [...(options.callbacks ?? [])],
    sessionTtl: integer('sessionTtl', options.sessionTtl, DEFAULTS.sessionTtl, 1, 31536000),
    // Auth0 allows 4 to 40 digits.
    codeLength: integer('codeLength', options.codeLength, DEFAULTS.codeLength, 4, 40),
    codeTtl: integer('codeTtl', options.codeTtl, DEFAULTS.codeTtl, 1, 31536000),
    maxAttempts: integer('maxAttempts', options.maxAttempts, DEFAULTS.maxAttempts, 1, 1000),
    startLimit: integer('startLimit', options.startLimit, DEFAULTS.startLimit, 1, 1000000),
    bruteForceLimit: integer('bruteForceLimit', options.bruteForceLimit, DEFAULTS.bruteForceLimit, 1, 1000000),
    suspiciousIpLimit: integer('suspiciousIpLimit', options.suspiciousIpLimit, DEFAULTS.suspiciousIpLimit, 1, 100000000),
    outboxLimit: integer('outboxLimit', options.outboxLimit, DEFAULTS.outboxLimit, 1, 1000000),
    accessTokenTtl: integer('accessTokenTtl', options.accessTokenTtl, DEFAULTS.accessTokenTtl, 1, 31536000),
    idTokenTtl: integer('idTokenTtl', options.idTokenTtl, DEFAULTS.idTokenTtl, 1, 31536000),
    refreshTokenTtl: integer('refreshTokenTtl', options.refreshTokenTtl, DEFAULTS.refreshTokenTtl, 1, 315360000),
    webOtpHost: options.webOtpHost ?? DEFAULTS.webOtpHost,
    clients,
    publicUrl: publicUrl(options.publicUrl),
    elementScript: options.elementScript === undefined ? undefined : resolve(options.elementScript),
  };
}

/** The public URL without a trailing slash; checked here, before the tenant listens on anything. */
function publicUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const shape = `publicUrl must be an http or https URL with no query, fragment or credentials, like https://login.example.com, got ${JSON.stringify(value)}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(shape);
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.search ||
    url.hash ||
    url.username ||
    url.password ||
    value.includes('#') ||
    value.includes('?')
  ) {
    throw new TypeError(shape);
  }
  return value.replace(/\/+$/, '');
}
