// The local tenant: an Auth0-compatible passwordless SMS server with an SMS
// outbox, for development and tests.
import type { AddressInfo } from 'node:net';
import { DEMO_CLIENT_ID, resolveConfig, type ResolvedClient, type TenantOptions } from './config.js';
import { CorsPolicy } from './cors.js';
import { HostPolicy } from './hosts.js';
import { FaultList, type Fault, type FaultSpec } from './faults.js';
import { MemoryOutbox, type Outbox } from './outbox.js';
import { CodeStore } from './passwordless.js';
import { FailureCounter, TokenBucketLimiter } from './rate-limit.js';
import { Router } from './router.js';
import { createTenantServer } from './server.js';
import type { TenantState } from './state.js';
import { TokenService } from './tokens.js';
import { Users } from './users.js';
import { registerStart } from './start.js';
import { registerToken } from './token.js';
import { registerOidc } from './oidc.js';
import { registerDev } from './dev.js';
import { registerAuthorize } from './authorize.js';
import { LoginStore } from './sessions.js';
import { findElementScript } from './login-page.js';
import { trackSizes } from './internals.js';

export type { TenantOptions, ClientConfig } from './config.js';
export { DEFAULTS, DEMO_CLIENT_ID, NO_OTP_CLIENT_ID, CODE_GRANT } from './config.js';
export type { Outbox, OutboxMessage } from './outbox.js';
export type { Fault, FaultSpec } from './faults.js';
export { OTP_GRANT, REFRESH_GRANT } from './errors.js';
export { findElementScript, ELEMENT_SCRIPT_SPECIFIER, type ElementScript } from './login-page.js';

export interface Tenant {
  /** The base URL it listens on, e.g. http://127.0.0.1:4000 (no trailing slash). */
  url: string;
  /** `iss` of its tokens: the public URL with a trailing slash. */
  issuer: string;
  /** The SMS outbox. */
  outbox: Outbox;
  /** Client ids it knows, the default ones first. */
  clientIds: string[];
  /** Makes matching requests fail, stall or drop; returns the stored fault (with its id). */
  injectFault(spec: FaultSpec): Fault;
  /** Removes one fault by id, or all of them. */
  clearFaults(id?: string): void;
  /** Stops listening and drops every connection. State is in memory and is gone. */
  close(): Promise<void>;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

export async function startTenant(options: TenantOptions = {}): Promise<Tenant> {
  const config = resolveConfig(options);
  const print = (line: string) => {
    if (!config.quiet) console.log(`[sms-lock-tenant] ${line}`);
  };
  const router = new Router();
  const faults = new FaultList();
  let baseUrl = '';
  let listenUrl = '';
  let hosts: HostPolicy | undefined;
  const { server, close } = createTenantServer({
    router,
    cors: new CorsPolicy(config.allowedOrigins),
    faults,
    ownOrigins: () => [listenUrl, baseUrl],
    hostAllowed: (host) => hosts?.allows(host) ?? false,
    logError: (message) => console.error(`[sms-lock-tenant] ${message}`),
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Everything that can fail was checked before listening (resolveConfig);
  // should anything still fail from here on, the port is not left answering.
  let state: TenantState;
  try {
    const { port } = server.address() as AddressInfo;
    listenUrl = `http://${urlHost(config.host)}:${port}`;
    baseUrl = config.publicUrl ?? listenUrl;
    hosts = new HostPolicy(config.host, port, config.publicUrl);

    state = {
      config,
      baseUrl,
      issuer: `${baseUrl}/`,
      users: new Users(config.now, config.codeTtl),
      codes: new CodeStore(config.codeLength, config.codeTtl, config.maxAttempts, config.now),
      tokens: await TokenService.create({
        issuer: `${baseUrl}/`,
        userinfoUrl: `${baseUrl}/userinfo`,
        accessTokenTtl: config.accessTokenTtl,
        idTokenTtl: config.idTokenTtl,
        refreshTokenTtl: config.refreshTokenTtl,
        now: config.now,
      }),
      outbox: new MemoryOutbox(config.outboxLimit),
      faults,
      startLimiter: new TokenBucketLimiter(config.startLimit, HOUR, config.now),
      bruteForce: new FailureCounter(config.bruteForceLimit, HOUR, config.now),
      ipThrottle: new TokenBucketLimiter(config.suspiciousIpLimit, DAY, config.now),
      logins: new LoginStore(config.now, config.sessionTtl),
      log: print,
    };
    registerStart(router, state);
    registerToken(router, state);
    registerOidc(router, state);
    registerAuthorize(router, state);
    registerDev(router, state);
  } catch (err) {
    await close();
    throw err;
  }

  const loginScript = findElementScript(config.elementScript);
  print(
    [
      `local tenant listening on ${listenUrl}${baseUrl !== listenUrl ? ` (public URL ${baseUrl})` : ''}`,
      `  use domain ${baseUrl} with client_id ${DEMO_CLIENT_ID}`,
      ...describeClients(config.clients.values()).map((line) => `  client ${line}`),
      `  Universal Login: ${listenUrl}/authorize (callback URLs: http://localhost:<port>/…, http://127.0.0.1:<port>/…${config.callbacks.length ? `, ${config.callbacks.join(', ')}` : ''})`,
      ...(loginScript.path !== undefined
        ? []
        : [
            `  the hosted login page has no sign-in form until it finds sms-lock.min.js: ${loginScript.problem} Install sms-lock beside the tenant, or pass --element-script <file>.`,
          ]),
      `  SMS outbox: ${listenUrl}/dev/outbox.html (codes are printed here too; nothing is really sent)`,
    ].join('\n[sms-lock-tenant] '),
  );

  const tenant: Tenant = {
    url: listenUrl,
    issuer: state.issuer,
    outbox: state.outbox,
    clientIds: [...config.clients.keys()],
    injectFault: (spec) => faults.add(spec),
    clearFaults: (id) => (id === undefined ? faults.clear() : void faults.remove(id)),
    close,
  };
  trackSizes(tenant, state);
  return tenant;
}
function describeClients(clients: Iterable<ResolvedClient>): string[] {
  // The grants in the words of Auth0's dashboard, so the banner says what each client can do.
  const grantNames: Record<string, string> = {
    'http://auth0.com/oauth/grant-type/passwordless/otp': 'Passwordless OTP',
    authorization_code: 'Authorization Code',
    refresh_token: 'Refresh Token',
  };
  return [...clients].map(
    (c) => `${c.clientId}${c.secret ? ' (confidential)' : ''}: ${c.name} (grants: ${c.grantTypes.map((g) => grantNames[g] ?? g).join(', ') || 'none'})`,
  );
}

/** A wildcard address cannot be dialled; the URL names loopback instead. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
