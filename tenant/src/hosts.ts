// Protection against DNS rebinding: a page on a name its owner points at
// 127.0.0.1 is same-origin with the tenant as far as the browser knows, so
// CORS cannot stop it from reading /dev/outbox (the SMS codes) or driving the
// API. Its requests carry that name in Host, though, so the tenant answers
// only requests addressed to its own host and port.
import { isIP } from 'node:net';

/** The hosts a tenant listening on `listenHost:port` (and advertising `publicUrl`) answers to. */
export class HostPolicy {
  readonly #hosts = new Set<string>();
  readonly #port: number;
  readonly #anyAddress: boolean;

  constructor(listenHost: string, port: number, publicUrl?: string) {
    this.#port = port;
    // Listening on every interface: any address of this machine can reach it.
    // An IP address cannot be rebound, so any literal address with the port is its own.
    this.#anyAddress = listenHost === '' || listenHost === '0.0.0.0' || listenHost === '::';
    for (const name of ['127.0.0.1', 'localhost', '[::1]']) this.#add(`${name}:${port}`);
    if (!this.#anyAddress) this.#add(`${listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost}:${port}`);
    if (publicUrl) {
      const url = new URL(publicUrl);
      this.#add(url.host);
      const defaultPort = url.protocol === 'https:' ? 443 : url.protocol === 'http:' ? 80 : undefined;
      // A proxy may forward the public host with its port written out.
      this.#add(`${url.hostname}:${url.port || defaultPort}`);
    }
  }

  /** Whether a request's Host header names this tenant. A missing or malformed one does not. */
  allows(header: string | undefined): boolean {
    const host = normalize(header);
    if (host === undefined) return false;
    if (this.#hosts.has(host.host)) return true;
    if (!this.#anyAddress || (host.port || '80') !== String(this.#port)) return false;
    return isIP(host.hostname.replace(/^\[(.*)\]$/, '$1')) !== 0;
  }

  #add(hostAndPort: string): void {
    const host = normalize(hostAndPort);
    if (host) this.#hosts.add(host.host);
  }
}

/** host[:port] in URL form (lower case, port 80 left out), or undefined if it is not one. */
function normalize(raw: string | undefined): { host: string; hostname: string; port: string } | undefined {
  if (!raw || !/^[A-Za-z0-9.\-[\]:]+$/.test(raw)) return undefined;
  try {
    const url = new URL(`http://${raw}`);
    return { host: url.host, hostname: url.hostname, port: url.port };
  } catch {
    return undefined;
  }
}
