// What the browser flows keep between requests: login tickets from
// /co/authenticate, authorization codes from /authorize, and login sessions
// (the session cookie). All in memory, all single-use where Auth0's are.
import { randomBytes } from 'node:crypto';

/** Seconds a login ticket from /co/authenticate stays valid. UNVERIFIED: Auth0's exact lifetime. */
export const TICKET_TTL = 60;
/** Seconds an authorization code stays valid. UNVERIFIED: Auth0's exact lifetime. */
export const AUTH_CODE_TTL = 60;

export interface Ticket {
  clientId: string;
  userId: string;
  expiresAt: number;
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
  readonly #tickets = new Map<string, Ticket>();
  readonly #codes = new Map<string, AuthCode>();
  readonly #sessions = new Map<string, Session>();

  constructor(
    private readonly now: () => number,
    private readonly sessionTtl: number,
  ) {}

  issueTicket(clientId: string, userId: string): string {
    const ticket = randomId();
    this.#tickets.set(ticket, { clientId, userId, expiresAt: this.now() + TICKET_TTL * 1000 });
    return ticket;
  }

  /**
   * Consumes a ticket: valid only once, only for its client and only before it
   * expires. Another client's request leaves it untouched for its own.
   */
  redeemTicket(ticket: string, clientId: string): Ticket | undefined {
    const found = this.#tickets.get(ticket);
    if (!found || found.clientId !== clientId) return undefined;
    this.#tickets.delete(ticket);
    if (this.now() >= found.expiresAt) return undefined;
    return found;
  }

  issueCode(fields: Omit<AuthCode, 'expiresAt' | 'used'>): string {
    const code = randomId();
    this.#codes.set(code, { ...fields, expiresAt: this.now() + AUTH_CODE_TTL * 1000, used: false });
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
    if (this.now() >= found.expiresAt) {
      this.#codes.delete(code);
      return undefined;
    }
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
    this.#sessions.set(id, session);
    return { id, session };
  }

  session(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const found = this.#sessions.get(id);
    if (!found) return undefined;
    if (this.now() >= found.expiresAt) {
      this.#sessions.delete(id);
      return undefined;
    }
    return found;
  }

  endSession(id: string | undefined): void {
    if (id) this.#sessions.delete(id);
  }
}
