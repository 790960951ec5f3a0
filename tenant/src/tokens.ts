// Signing keys, JWKS, ID and access tokens (RS256 JWTs via jose) and refresh
// tokens with rotation.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { BoundedMap } from './bounded-map.js';
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

/** A refresh token family: one sign-in, rotated on every refresh. */
export interface RefreshFamily {
  id: string;
  clientId: string;
  userId: string;
  /** The scope the user granted at sign-in. A refresh may narrow what it issues, never this (RFC 6749 6). */
  grantedScope: string;
  audience?: string;
  /** Absolute: rotation keeps it rather than extending it. */
  expiresAt: number;
  /** The generation of the one token of the family that works now; an older one is a replay. */
  generation: number;
}

/** Refresh token families kept at most, and per user and client (Auth0's limit; the oldest is revoked). */
export const MAX_REFRESH_FAMILIES = 50_000;
export const MAX_FAMILIES_PER_USER = 200;

export interface TokenSettings {
  issuer: string;
  userinfoUrl: string;
  accessTokenTtl: number;
  idTokenTtl: number;
  refreshTokenTtl: number;
  now: () => number;
}

export class TokenService {
  // A refresh token is `<family>.<generation>.<MAC>`, so the tenant keeps one
  // small record per family however often it rotates, and still knows a
  // replayed older token for what it is.
  readonly #families: BoundedMap<string, RefreshFamily>;
  readonly #familiesByUser = new Map<string, Set<string>>();
  readonly #refreshKey = randomBytes(32);

  private constructor(
    private readonly settings: TokenSettings,
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
    readonly jwk: JWK,
  ) {
    this.#families = new BoundedMap(MAX_REFRESH_FAMILIES, settings.now);
  }

  get size(): { refreshFamilies: number; usersWithFamilies: number } {
    return { refreshFamilies: this.#families.size, usersWithFamilies: this.#familiesByUser.size };
  }

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
    if (withRefreshToken) set.refresh_token = this.#newRefreshToken(grant, family);
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
   * Rotates a refresh token: the presented one stops working and the family is
   * returned for its successor (issue it with `issue(…, true, family.id)`).
   * Presenting a token that was already rotated revokes its whole family, as
   * Auth0's reuse detection does.
   */
  redeemRefreshToken(token: string, clientId: string): { record: RefreshFamily } | undefined {
    const parsed = this.#parseRefreshToken(token);
    const family = parsed && this.#families.get(parsed.family);
    if (!parsed || !family || family.clientId !== clientId) return undefined;
    if (parsed.generation !== family.generation) {
      this.revokeFamily(family.id);
      return undefined;
    }
    family.generation += 1;
    return { record: { ...family } };
  }

  /** The family a refresh token belongs to, if it is one of this client's and still valid. */
  refreshFamily(token: string, clientId?: string): string | undefined {
    const parsed = this.#parseRefreshToken(token);
    const family = parsed && this.#families.get(parsed.family);
    if (!family || (clientId !== undefined && family.clientId !== clientId)) return undefined;
    return family.id;
  }

  /** Whether a refresh token is a live one of this tenant's (any client). */
  knowsRefreshToken(token: string): boolean {
    return this.refreshFamily(token) !== undefined;
  }

  /** Revokes a refresh token's whole family: it and every rotation of it stop working. */
  revokeFamily(family: string): void {
    this.#families.delete(family);
  }

  #newRefreshToken(grant: Grant, familyId: string | undefined): string {
    if (familyId !== undefined) {
      // A rotation. A family revoked meanwhile stays revoked: its successor is dead on arrival.
      return this.#refreshToken(familyId, this.#families.get(familyId)?.generation ?? 0);
    }
    const family: RefreshFamily = {
      id: randomBytes(16).toString('base64url'),
      clientId: grant.clientId,
      userId: grant.user.user_id,
      grantedScope: grant.scope,
      audience: grant.audience,
      expiresAt: this.settings.now() + this.settings.refreshTokenTtl * 1000,
      generation: 0,
    };
    this.#families.set(family.id, family, family.expiresAt);
    this.#limitPerUser(family);
    return this.#refreshToken(family.id, family.generation);
  }

  /** Keeps at most MAX_FAMILIES_PER_USER live families per user and client, revoking the oldest. */
  #limitPerUser(family: RefreshFamily): void {
    const key = `${family.clientId}\n${family.userId}`;
    const ids = this.#familiesByUser.get(key) ?? new Set<string>();
    for (const id of ids) if (!this.#families.has(id)) ids.delete(id);
    ids.add(family.id);
    for (const oldest of ids) {
      if (ids.size <= MAX_FAMILIES_PER_USER) break;
      ids.delete(oldest);
      this.#families.delete(oldest);
    }
    this.#familiesByUser.set(key, ids);
  }

  #refreshToken(family: string, generation: number): string {
    return `${family}.${generation}.${this.#mac(`${family}.${generation}`)}`;
  }

  #mac(value: string): string {
    return createHmac('sha256', this.#refreshKey).update(value).digest('base64url');
  }

  #parseRefreshToken(token: string): { family: string; generation: number } | undefined {
    const match = /^([A-Za-z0-9_-]{22})\.(\d{1,9})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return undefined;
    const expected = Buffer.from(this.#mac(`${match[1]}.${match[2]}`));
    const given = Buffer.from(match[3]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    return { family: match[1], generation: Number(match[2]) };
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
