// What the browser flows keep between requests: login tickets from
// /co/authenticate, authorization codes from /authorize, and login sessions
// (the session cookie). All in memory, all single-use where Auth0's are.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { BoundedMap } from './bounded-map.js';

/** Entries of each kind kept at most; the least recently written go first. */
export const MAX_LOGIN_ENTRIES = 10_000;

/** Seconds a login ticket from /co/authenticate stays valid. UNVERIFIED: Auth0's exact lifetime. */
export const TICKET_TTL = 60;
/** Seconds an authorization code stays valid. UNVERIFIED: Auth0's exact lifetime. */
export const AUTH_CODE_TTL = 60;

export interface Ticket {
  clientId: string;
  userId: string;
  expiresAt: number;
  /** SHA-256 of the co_verifier: the browser that got the ticket holds the verifier in a cookie. */
  verifierHash: string;
}

export interface AuthCode {
  clientId: string;
  userId: string;
  redirectUri: string;
  codeChallenge: string;
  scope: string;
  audience?: string;
  nonce?: string;
  authTime: number;
  expiresAt: number;
  used: boolean;
  /** The refresh token family issued for this code, revoked if the code is replayed. */
  family?: string;
}

export interface Session {
  userId: string;
  /** Seconds since the epoch, as `auth_time`. */
  authTime: number;
  expiresAt: number;
}

export function randomId(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export class LoginStore {
  readonly #tickets: BoundedMap<string, Ticket>;
  readonly #codes: BoundedMap<string, AuthCode>;
  readonly #sessions: BoundedMap<string, Session>;

  constructor(
    private readonly now: () => number,
    private readonly sessionTtl: number,
  ) {
    this.#tickets = new BoundedMap(MAX_LOGIN_ENTRIES, now);
    this.#codes = new BoundedMap(MAX_LOGIN_ENTRIES, now);
    this.#sessions = new BoundedMap(MAX_LOGIN_ENTRIES, now);
  }

  get size(): { tickets: number; codes: number; sessions: number } {
    return { tickets: this.#tickets.size, codes: this.#codes.size, sessions: this.#sessions.size };
  }

  /** A ticket for the browser holding `verifier` (see `redeemTicket`). */
  issueTicket(clientId: string, userId: string, verifier: string): string {
    const ticket = randomId();
    const expiresAt = this.now() + TICKET_TTL * 1000;
    this.#tickets.set(ticket, { clientId, userId, expiresAt, verifierHash: sha256(verifier) }, expiresAt);
    return ticket;
  }

  /**
   * Consumes a ticket: valid only once, only for its client, only before it
   * expires and only with the verifier of the browser it was issued to.
   * Another client's request, or one without the verifier, leaves it untouched
   * for its own browser: `wrong-browser` tells the caller which.
   */
  redeemTicket(ticket: string, clientId: string, verifiers: string[]): Ticket | 'wrong-browser' | undefined {
    const found = this.#tickets.get(ticket);
    if (!found || found.clientId !== clientId) return undefined;
    if (!verifiers.some((verifier) => sameHash(sha256(verifier), found.verifierHash))) return 'wrong-browser';
    this.#tickets.delete(ticket);
    return found;
  }

  issueCode(fields: Omit<AuthCode, 'expiresAt' | 'used'>): string {
    const code = randomId();
    const expiresAt = this.now() + AUTH_CODE_TTL * 1000;
    this.#codes.set(code, { ...fields, expiresAt, used: false }, expiresAt);
    return code;
  }

  /**
   * The record for a code, marking it used, when it was issued to `clientId`.
   * A code seen before comes back with `used` set, so the caller can revoke
   * what it issued; an expired or unknown one is undefined, and so is another
   * client's, which stays untouched: a wrong client never spends a code.
   */
  takeCode(code: string, clientId: string): AuthCode | undefined {
    const found = this.#codes.get(code);
    if (!found || found.clientId !== clientId) return undefined;
    if (found.used) return found;
    found.used = true;
    return { ...found, used: false };
  }

  /** Records the family issued for a code (the stored record, not a copy). */
  setCodeFamily(code: string, family: string): void {
    const found = this.#codes.get(code);
    if (found) found.family = family;
  }

  startSession(userId: string): { id: string; session: Session } {
    const id = randomId(32);
    const now = this.now();
    const session = { userId, authTime: Math.floor(now / 1000), expiresAt: now + this.sessionTtl * 1000 };
    this.#sessions.set(id, session, session.expiresAt);
    return { id, session };
  }

  session(id: string | undefined): Session | undefined {
    return id ? this.#sessions.get(id) : undefined;
  }

  endSession(id: string | undefined): void {
    if (id) this.#sessions.delete(id);
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
