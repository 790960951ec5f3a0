/**
 * The part of auth0-spa-js's `Auth0Client` the redirect flows use, in a module of its own: the
 * element's declarations name it, and must not import `@auth0/auth0-spa-js`, an optional peer that
 * apps without the redirect flows don't install (their type check would fail on it).
 */
export interface RedirectClient {
  loginWithRedirect(options: { authorizationParams: Record<string, string>; appState?: unknown }): Promise<void>;
  loginWithPopup(options: { authorizationParams: Record<string, string> }, config?: { popup?: Window }): Promise<void>;
  handleRedirectCallback(url?: string): Promise<{ appState?: unknown }>;
  getTokenSilently(options: {
    detailedResponse: true;
  }): Promise<{ access_token: string; id_token: string; expires_in: number; scope?: string; token_type?: string } | undefined>;
  getIdTokenClaims(): Promise<Record<string, unknown> | undefined>;
}
