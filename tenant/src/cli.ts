// Command line for the local tenant: `sms-lock-tenant --port 4000`.
import { parseArgs } from 'node:util';
import { DEFAULTS, type ClientConfig, type TenantOptions } from './config.js';
import { startTenant } from './index.js';

export const HELP = `Usage: sms-lock-tenant [options]

A local, Auth0-compatible passwordless SMS tenant for development and tests.
No SMS is sent: codes go to the outbox (${'/dev/outbox'}, /dev/outbox.html) and the console.

Options:
  --port <n>                 port to listen on, 0 for any free one (default ${DEFAULTS.port})
  --host <address>           interface to listen on (default ${DEFAULTS.host})
  --allowed-origins <list>   extra allowed web origins, comma-separated; http://localhost:*
                             and http://127.0.0.1:* are always allowed; * matches a subdomain
  --callbacks <list>         extra allowed callback URLs for /authorize (also logout returnTo
                             URLs), comma-separated; any http://localhost:<port>/… and
                             http://127.0.0.1:<port>/… URL is always allowed
  --session-ttl <seconds>    login session (cookie) lifetime (default ${DEFAULTS.sessionTtl})
  --code-length <n>          digits per code, 4-40 (default ${DEFAULTS.codeLength})
  --code-ttl <seconds>       how long a code stays valid (default ${DEFAULTS.codeTtl})
  --max-attempts <n>         wrong tries before a code is invalidated (default ${DEFAULTS.maxAttempts})
  --start-limit <n>          /passwordless/start requests per hour per IP (default ${DEFAULTS.startLimit})
  --brute-force-limit <n>    failed logins per IP and number before 429 (default ${DEFAULTS.bruteForceLimit})
  --suspicious-ip-limit <n>  failed logins per IP per day, any number, before 429
                             (default ${DEFAULTS.suspiciousIpLimit})
  --outbox-limit <n>         SMS messages the outbox keeps, oldest dropped first
                             (default ${DEFAULTS.outboxLimit})
  --access-token-ttl <s>     access token lifetime (default ${DEFAULTS.accessTokenTtl})
  --id-token-ttl <s>         ID token lifetime (default ${DEFAULTS.idTokenTtl})
  --refresh-token-ttl <s>    refresh token absolute lifetime (default ${DEFAULTS.refreshTokenTtl})
  --webotp-host <host>       host in the SMS's WebOTP line "@host #code" (default ${DEFAULTS.webOtpHost})
  --client <id[:secret]>     add a client with the Passwordless OTP grant; with a secret it is
                             confidential (repeatable; default clients: sms-lock-demo, sms-lock-no-otp)
  --public-url <url>         base URL to advertise as issuer when reached through a proxy
                             (requests must name 127.0.0.1, localhost, [::1] or --host with
                             the port, or this URL's host, in Host)
  --element-script <file>    the one-file sms-lock.min.js for the hosted login page (default:
                             sms-lock/sms-lock.min.js, from the installed sms-lock package)
  --quiet                    print nothing (no banner, no SMS lines)
  -h, --help                 show this help
`;

export class UsageError extends Error {}

export function parseCli(argv: string[]): TenantOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'allowed-origins': { type: 'string', multiple: true },
        callbacks: { type: 'string', multiple: true },
        'session-ttl': { type: 'string' },
        'code-length': { type: 'string' },
        'code-ttl': { type: 'string' },
        'max-attempts': { type: 'string' },
        'start-limit': { type: 'string' },
        'brute-force-limit': { type: 'string' },
        'suspicious-ip-limit': { type: 'string' },
        'outbox-limit': { type: 'string' },
        'access-token-ttl': { type: 'string' },
        'id-token-ttl': { type: 'string' },
        'refresh-token-ttl': { type: 'string' },
        'webotp-host': { type: 'string' },
        client: { type: 'string', multiple: true },
        'public-url': { type: 'string' },
        'element-script': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  const int = (flag: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new UsageError(`--${flag} must be a whole number, got "${value}"`);
    return Number(value);
  };
  const clients: ClientConfig[] = (v.client ?? []).map((spec) => {
    const colon = spec.indexOf(':');
    const clientId = colon < 0 ? spec : spec.slice(0, colon);
    if (!clientId) throw new UsageError(`--client needs an id, got "${spec}"`);
    return { clientId, secret: colon < 0 ? undefined : spec.slice(colon + 1) };
  });
  return {
    port: int('port', v.port),
    host: v.host,
    allowedOrigins: (v['allowed-origins'] ?? [])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean),
    callbacks: (v.callbacks ?? [])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean),
    sessionTtl: int('session-ttl', v['session-ttl']),
    codeLength: int('code-length', v['code-length']),
    codeTtl: int('code-ttl', v['code-ttl']),
    maxAttempts: int('max-attempts', v['max-attempts']),
    startLimit: int('start-limit', v['start-limit']),
    bruteForceLimit: int('brute-force-limit', v['brute-force-limit']),
    suspiciousIpLimit: int('suspicious-ip-limit', v['suspicious-ip-limit']),
    outboxLimit: int('outbox-limit', v['outbox-limit']),
    accessTokenTtl: int('access-token-ttl', v['access-token-ttl']),
    idTokenTtl: int('id-token-ttl', v['id-token-ttl']),
    refreshTokenTtl: int('refresh-token-ttl', v['refresh-token-ttl']),
    webOtpHost: v['webotp-host'],
    clients,
    publicUrl: v['public-url'],
    elementScript: v['element-script'],
    quiet: v.quiet ?? false,
  };
}

/** Runs the CLI; resolves with an exit code, or never while the tenant serves. */
export async function main(argv: string[]): Promise<number> {
  let options: TenantOptions | 'help';
  try {
    options = parseCli(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`sms-lock-tenant: ${err.message}\nRun sms-lock-tenant --help for the options.`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  let tenant;
  try {
    tenant = await startTenant(options);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'EADDRINUSE' ? `port ${options.port ?? DEFAULTS.port} is already in use (try --port 0)` : e.message;
    console.error(`sms-lock-tenant: ${why}`);
    return e instanceof RangeError || e instanceof TypeError ? 2 : 1;
  }
  const stop = () => {
    tenant.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}
