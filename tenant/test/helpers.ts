// Shared by the tenant's tests: a tenant on a free port with a clock the test
// moves, and small fetch helpers. Everything goes over real HTTP.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after } from 'node:test';
import { startTenant, type Tenant, type TenantOptions } from '../src/index.js';

export const OTP = 'http://auth0.com/oauth/grant-type/passwordless/otp';
export const PHONE = '+14155550100';
export const CLIENT = 'sms-lock-demo';

export interface TestTenant extends Tenant {
  /** Moves the tenant's clock forward. */
  advance(seconds: number): void;
}

export async function tenant(options: TenantOptions = {}): Promise<TestTenant> {
  let offset = 0;
  const t = await startTenant({ port: 0, quiet: true, now: () => Date.now() + offset, ...options });
  after(() => t.close());
  return Object.assign(t, { advance: (s: number) => void (offset += s * 1000) });
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export async function postForm(url: string, body: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body).toString(),
  });
}

export async function json(res: Response): Promise<any> {
  return res.json();
}

export function startBody(phone = PHONE, extra: Record<string, unknown> = {}) {
  return { client_id: CLIENT, connection: 'sms', phone_number: phone, send: 'code', ...extra };
}

export async function sendCode(t: Tenant, phone = PHONE): Promise<string> {
  const res = await postJson(`${t.url}/passwordless/start`, startBody(phone));
  if (res.status !== 200) throw new Error(`start failed: ${res.status} ${await res.text()}`);
  return t.outbox.last(phone)!.code;
}

export function otpBody(code: string, extra: Record<string, string> = {}) {
  return { grant_type: OTP, client_id: CLIENT, username: PHONE, otp: code, realm: 'sms', ...extra };
}

export async function login(t: Tenant, scope = 'openid profile phone offline_access', phone = PHONE): Promise<any> {
  const code = await sendCode(t, phone);
  const res = await postJson(`${t.url}/oauth/token`, otpBody(code, { scope, username: phone }));
  if (res.status !== 200) throw new Error(`token failed: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The payload of a JWT, unverified (verification has its own tests). */
export function claims(jwt: string): Record<string, any> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

/** A code of the same length that is not `code` (the codes are random, so a fixed one could be right). */
export function wrongCode(code: string): string {
  return code === '0'.repeat(code.length) ? '1'.repeat(code.length) : '0'.repeat(code.length);
}

// ——— the browser flows (/co/authenticate, /authorize, the code grant), as the tests of both files drive them

/** The app's origin and its registered callback. */
export const APP = 'http://localhost:3000';
export const CALLBACK = `${APP}/callback`;

export function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** A /co/authenticate body for the demo client and number. */
export function coBody(code: string, extra: Record<string, string> = {}) {
  return { client_id: CLIENT, username: PHONE, otp: code, realm: 'sms', credential_type: OTP, ...extra };
}

/** The cookies a response sets, as the browser sends them back (cleared ones left out). */
export function cookieHeader(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => !c.endsWith('='))
    .join('; ');
}

/** The co_verifier cookies /co/authenticate set, by the ticket it answered: the cookie jar of the browser that asked. */
const verifierCookies = new Map<string, string>();

/** A login ticket from /co/authenticate for `phone`, its cookie kept as the browser that got it would. */
export async function ticket(t: Tenant, phone = PHONE): Promise<string> {
  const code = await sendCode(t, phone);
  const res = await postJson(`${t.url}/co/authenticate`, coBody(code, { username: phone }), { origin: APP });
  assert.equal(res.status, 200, await res.clone().text());
  const loginTicket = (await json(res)).login_ticket;
  verifierCookies.set(loginTicket, cookieHeader(res));
  return loginTicket;
}

/** The cookie the browser that got `loginTicket` sends with it. */
export const verifierCookie = (loginTicket: string): string | undefined => verifierCookies.get(loginTicket);

/** The authorization code grant for `code`, with its PKCE verifier and the callback. */
export function exchangeCode(t: Tenant, code: string, verifier: string, extra: Record<string, string> = {}): Promise<Response> {
  return postForm(`${t.url}/oauth/token`, {
    grant_type: 'authorization_code',
    client_id: CLIENT,
    code,
    code_verifier: verifier,
    redirect_uri: CALLBACK,
    ...extra,
  });
}
