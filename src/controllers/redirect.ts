/**
 * The `/authorize` leg of `flow="cross-origin"` and `flow="universal"`, through auth0-spa-js (loaded
 * on first use): the popup opened on the user's action, the login ticket kept for a retry, leaving
 * the page, and noticing the page came back from Auth0 (`?code=…&state=…`) or from the back/forward
 * cache. The sign-in flow decides what each outcome means for the user.
 */
import type { ReactiveController } from 'lit';
import type { AuthResult } from '../client.js';
import { loadAuth0Spa } from '../auth0/load-auth0-spa.js';
import type { RedirectClient } from '../auth0/redirect-client.js';
import type { SmsLockHost } from './host.js';

export interface RedirectEvents {
  /** The page is a return from `/authorize` for this element's flow: finish it (once). */
  returned(): Promise<void>;
  /** The page was restored from the back/forward cache, as it was when it left: busy redirecting. */
  restored(): void;
}

// Auth0's tickets are short-lived and single use: one is reused only soon after a closed popup.
const TICKET_REUSE_MS = 30_000;

export class RedirectController implements ReactiveController {
  #ownClient?: RedirectClient;
  #ticket?: { attempt: string; ticket: string; at: number };
  #returning?: Promise<void>;
  readonly #onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) this.events.restored();
  };

  constructor(
    private readonly host: SmsLockHost,
    private readonly events: RedirectEvents,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#noticeReturn();
    window.addEventListener('pageshow', this.#onPageShow);
  }

  /** Settings set as properties after the element connected (what frameworks do) count as well. */
  hostUpdate(): void {
    this.#noticeReturn();
  }

  hostDisconnected(): void {
    window.removeEventListener('pageshow', this.#onPageShow);
  }

  /**
   * Back from /authorize with ?code=…&state=… (or ?error=…&state=…): finished once the element runs a
   * redirect flow and knows its Auth0 application; once, even if the element moves meanwhile.
   */
  #noticeReturn(): void {
    const { flow, auth0Client, domain, clientId } = this.host;
    if (this.#returning || !this.host.isConnected || flow === 'otp' || !(auth0Client || (domain && clientId))) return;
    const query = new URLSearchParams(location.search);
    if (query.has('state') && (query.has('code') || query.has('error'))) this.#returning = this.events.returned();
  }

  /** The element's settings changed: a client it made itself follows them; one the page gave it is the page's. */
  settingsChanged(): void {
    if (this.host.auth0Client && this.host.auth0Client === this.#ownClient) this.host.auth0Client = this.#ownClient = undefined;
  }

  /**
   * With `popup`, the sign-in window, opened empty right away (auth0-spa-js's name and size) and
   * given to auth0-spa-js later; null without `popup` or when the browser blocks it. Call it while
   * the user's action still counts: browsers block popups opened later.
   */
  openPopup(): Window | null {
    if (!this.host.popup) return null;
    const width = 400;
    const height = 600;
    const left = Math.round(window.screenX + (window.innerWidth - width) / 2);
    const top = Math.round(window.screenY + (window.innerHeight - height) / 2);
    return window.open('', 'auth0:authorize:popup', `left=${left},top=${top},width=${width},height=${height},resizable,scrollbars=yes,status=1`);
  }

  /** A login ticket for this number and code: the last one while it is fresh (the user closed the popup), else a new one. */
  async loginTicket(phoneNumber: string, code: string, fetchTicket: () => Promise<string>): Promise<string> {
    const attempt = `${phoneNumber} ${code}`;
    const fresh = this.#ticket?.attempt === attempt && Date.now() - this.#ticket.at < TICKET_REUSE_MS;
    const ticket = fresh ? this.#ticket!.ticket : await fetchTicket();
    this.#ticket = { attempt, ticket, at: Date.now() };
    return ticket;
  }

  forgetTicket(): void {
    this.#ticket = undefined;
  }

  /**
   * Runs `/authorize`: in the popup, resolving to the result, or to null when the user closed it;
   * without one, by leaving the page (never resolving to a result: the page comes back through `returned`).
   */
  async authorize(authorizationParams: Record<string, string>, popup: Window | null, phoneNumber: string | null): Promise<AuthResult | null | undefined> {
    const spa = await loadAuth0Spa();
    return spa.authorize(this.#client(spa), authorizationParams, popup, phoneNumber);
  }

  /** Exchanges the returned code; null when the return was not auth0-spa-js's. Call once the page's scripts ran. */
  async completeReturn(): Promise<{ result: AuthResult; phoneNumber?: string } | null> {
    const spa = await loadAuth0Spa();
    return spa.completeRedirect(this.#client(spa), new URL(location.href));
  }

  /** The page's auth0-spa-js client, or one made from the element's settings. */
  #client({ connectAuth0 }: typeof import('../auth0/auth0-spa.js')): RedirectClient {
    if (!this.host.auth0Client) this.#ownClient = connectAuth0(this.host);
    return this.host.auth0Client!;
  }
}

/** Settles once the page's deferred and module scripts have run (DOMContentLoaded, or load if that already fired). */
export function pageScriptsDone(): Promise<void> {
  return new Promise((done) => {
    const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (document.readyState === 'complete' || (navigation?.domContentLoadedEventEnd ?? 0) > 0) return done();
    document.addEventListener('DOMContentLoaded', () => done(), { once: true });
    window.addEventListener('load', () => done(), { once: true });
  });
}
