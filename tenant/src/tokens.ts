// Signing keys, JWKS, ID and access tokens (RS256 JWTs via jose) and refresh
// tokens with rotation.
import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, jwtVerify, type JWK, type JWTPayload, type CryptoKey } from 'jose';
import type { User } from './users.js';

/** Claims a scope releases, as Auth0 filters the OIDC standard claims. */
const SCOPE_CLAIMS: Record<string, (keyof User)[]> = {
  profile: ['name', 'nickname', 'updated_at'],
  phone: ['phone_number', 'phone_number_verified'],
};

export function scopeList(scope: string): string[] {
  return [...new Set(scope.split(/\s+/).filter(Boolean))];
}

export function profileClaims(user: User, scope: string): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const s of scopeList(scope)) for (const key of SCOPE_CLAIMS[s] ?? []) claims[key] = user[key];
  return claims;
}

export interface Grant {
  clientId: string;
  user: User;
  scope: string;
  audience?: string;
  /** Echoed in the ID token (the `nonce` an /authorize request carried). */
  nonce?: string;
  /** Seconds since the epoch when the user signed in, for the ID token's `auth_time`. */
  authTime?: number;
}

export interface TokenSet {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

interface RefreshRecord {
  clientId: string;
  userId: string;
  scope: string;
  audience?: string;
  family: string;
  expiresAt: number;
  used: boolean;
}

export interface TokenSettings {
  issuer: string;
  userinfoUrl: string;
  accessTokenTtl: number;
  idTokenTtl: number;
  refreshTokenTtl: number;
  now: () => number;
}

export class TokenService {
  readonly #refresh = new Map<string, RefreshRecord>();
  readonly #revokedFamilies = new Set<string>();

  private constructor(
    private readonly settings: TokenSettings,
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
    readonly jwk: JWK,
  ) {}

  /** A fresh key pair per start: restarting the tenant invalidates every token. */
  static async create(settings: TokenSettings): Promise<TokenService> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(jwk);
    return new TokenService(settings, privateKey, publicKey, { ...jwk, kid, alg: 'RS256', use: 'sig' });
  }

  get jwks(): { keys: JWK[] } {
    return { keys: [this.jwk] };
  }

  async issue(grant: Grant, withRefreshToken: boolean, family?: string): Promise<TokenSet> {
    const { userinfoUrl, accessTokenTtl, idTokenTtl } = this.settings;
    const iat = Math.floor(this.settings.now() / 1000);
    const scopes = scopeList(grant.scope);
    const openid = scopes.includes('openid');
    // Auth0 adds its /userinfo audience when an API audience is asked for with openid.
    const aud = grant.audience ? (openid ? [grant.audience, userinfoUrl] : grant.audience) : userinfoUrl;
    const access_token = await this.#sign({ azp: grant.clientId, scope: scopes.join(' ') }, grant.user.user_id, aud, iat, accessTokenTtl, randomUUID());
    const set: TokenSet = { access_token, token_type: 'Bearer', expires_in: accessTokenTtl, scope: scopes.join(' ') };
    if (openid) {
      const extra: JWTPayload = {};
      if (grant.nonce !== undefined) extra.nonce = grant.nonce;
      if (grant.authTime !== undefined) extra.auth_time = grant.authTime;
      set.id_token = await this.#sign({ ...profileClaims(grant.user, grant.scope), ...extra }, grant.user.user_id, grant.clientId, iat, idTokenTtl);
    }
    if (withRefreshToken) set.refresh_token = this.#newRefreshToken(grant, family ?? randomUUID());
    return set;
  }

  /** Verifies one of this tenant's access tokens; undefined when invalid or expired. */
  async verifyAccessToken(token: string): Promise<JWTPayload | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        issuer: this.settings.issuer,
        algorithms: ['RS256'],
        currentDate: new Date(this.settings.now()),
      });
      // ID tokens are signed by the same key; only access tokens carry `scope`.
      return typeof payload.scope === 'string' ? payload : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Rotates a refresh token: the presented one stops working and its
   * successor is returned with the grant. Presenting a token that was already
   * rotated revokes its whole family, as Auth0's reuse detection does.
   */
  redeemRefreshToken(token: string, clientId: string): { record: RefreshRecord } | undefined {
    const record = this.#refresh.get(token);
    if (!record || record.clientId !== clientId || this.#revokedFamilies.has(record.family)) return undefined;
    if (record.used) {
      this.#revokedFamilies.add(record.family);
      return undefined;
    }
    if (this.settings.now() >= record.expiresAt) return undefined;
    record.used = true;
    return { record };
  }

  /** The family a refresh token belongs to, if it is one of this client's. */
  refreshFamily(token: string, clientId?: string): string | undefined {
    const record = this.#refresh.get(token);
    if (!record || (clientId !== undefined && record.clientId !== clientId)) return undefined;
    return record.family;
  }

  /** Whether a refresh token exists at all (any client). */
  knowsRefreshToken(token: string): boolean {
    return this.#refresh.has(token);
  }

  /** Revokes a refresh token's whole family: it and every rotation of it stop working. */
  revokeFamily(family: string): void {
    this.#revokedFamilies.add(family);
  }

  #newRefreshToken(grant: Grant, family: string): string {
    const token = randomBytes(32).toString('base64url');
    const existing = [...this.#refresh.values()].find((r) => r.family === family);
    this.#refresh.set(token, {
      clientId: grant.clientId,
      userId: grant.user.user_id,
      scope: grant.scope,
      audience: grant.audience,
      family,
      // Rotation keeps the family's absolute lifetime rather than extending it.
      expiresAt: existing?.expiresAt ?? this.settings.now() + this.settings.refreshTokenTtl * 1000,
      used: false,
    });
    return token;
  }

  async #sign(claims: JWTPayload, sub: string, aud: string | string[], iat: number, ttl: number, jti?: string): Promise<string> {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.jwk.kid })
      .setIssuer(this.settings.issuer)
      .setSubject(sub)
      .setAudience(aud)
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttl);
    if (jti) jwt.setJti(jti);
    return jwt.sign(this.privateKey);
  }
}
