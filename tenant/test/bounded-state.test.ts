// Hostile or careless traffic cannot grow the tenant's memory without bound:
// every map it keeps is pruned when entries expire and capped in size, and
// failed logins from one IP are throttled (Auth0's suspicious IP throttling).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLIENT, OTP, json, login, otpBody, postForm, postJson, sendCode, startBody, tenant } from './helpers.js';
import { createHash, randomBytes } from 'node:crypto';
import { stateSizes } from '../src/internals.js';

const number = (i: number) => `+1415${String(i).padStart(7, '0')}`;

describe('bounded state', () => {
  it('hundreds of failed OTP grants with distinct usernames keep the brute-force counters bounded, then get 429 too_many_attempts with Retry-After', async () => {
    const t = await tenant();
    const statuses = new Map<number, number>();
    let throttled: Response | undefined;
    for (let i = 0; i < 300; i++) {
      const res = await postForm(`${t.url}/oauth/token`, otpBody('000000', { username: `${number(i)}-${'x'.repeat(100)}` }));
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 429) throttled ??= res;
      else await res.arrayBuffer();
    }
    assert.deepEqual([...statuses.keys()].sort(), [403, 429]);
    assert.equal(statuses.get(403), 100, 'Auth0 default: 100 failed logins per IP per day');
    assert.ok(stateSizes(t).bruteForceCounters <= 100, `counters: ${stateSizes(t).bruteForceCounters}`);
    assert.deepEqual(await json(throttled!), {
      error: 'too_many_attempts',
      error_description: 'We have detected suspicious login behavior and further attempts will be blocked. Please contact the administrator.',
    });
    const retryAfter = Number(throttled!.headers.get('retry-after'));
    assert.ok(retryAfter > 800 && retryAfter <= 864, `one attempt back every 14.4 minutes, got ${retryAfter}`);
    // /co/authenticate shares the allowance.
    const co = await postJson(`${t.url}/co/authenticate`, { client_id: CLIENT, username: number(1), otp: '1', realm: 'sms', credential_type: OTP });
    assert.equal(co.status, 429);
    // The allowance refills over the day, and the counters expire.
    t.advance(86400);
    const code = await sendCode(t, number(5000));
    assert.equal((await postForm(`${t.url}/oauth/token`, otpBody(code, { username: number(5000) }))).status, 200);
    assert.equal(stateSizes(t).bruteForceCounters, 0);
  });

  it('over-long usernames, nonces, scopes and states are a 400, not stored', async () => {
    const t = await tenant();
    const long = 'x'.repeat(15 * 1024);
    const token = await postForm(`${t.url}/oauth/token`, otpBody('000000', { username: long }));
    assert.equal(token.status, 400);
    assert.deepEqual(await json(token), { error: 'invalid_request', error_description: 'error in username - String is too long (15360 chars), maximum 128' });
    for (const key of ['scope', 'audience']) {
      const res = await postForm(`${t.url}/oauth/token`, otpBody('000000', { [key]: long }));
      assert.equal(res.status, 400, key);
      assert.match((await json(res)).error_description, new RegExp(`^error in ${key} - String is too long`));
    }
    const co = await postJson(`${t.url}/co/authenticate`, { client_id: CLIENT, username: long, otp: '1', realm: 'sms', credential_type: OTP });
    assert.equal(co.status, 400);
    const start = await postJson(`${t.url}/passwordless/start`, startBody(undefined, { client_id: 'c'.repeat(200) }));
    assert.deepEqual(await json(start), { error: 'bad.client_id', error_description: 'error in client_id - String is too long (200 chars), maximum 128' });
    for (const [key, max] of [
      ['nonce', 512],
      ['state', 2048],
      ['scope', 1024],
    ] as const) {
      const q = new URLSearchParams({ client_id: CLIENT, response_type: 'code', redirect_uri: 'http://localhost:3000/cb', [key]: 'n'.repeat(max + 1) });
      const res = await fetch(`${t.url}/authorize?${q}`, { redirect: 'manual' });
      assert.equal(res.status, 400, key);
      assert.equal(res.headers.get('location'), null);
      assert.match(await res.text(), new RegExp(`error in ${key} - String is too long`));
    }
    assert.deepEqual([stateSizes(t).bruteForceCounters, stateSizes(t).authorizationCodes, stateSizes(t).ipThrottleBuckets], [0, 0, 0]);
  });

  it('codes, pending users and rate-limit buckets are dropped once expired; the outbox keeps its limit, oldest dropped first', async () => {
    const t = await tenant({ startLimit: 100000, outboxLimit: 100 });
    for (let i = 0; i < 500; i++) {
      const res = await postJson(`${t.url}/passwordless/start`, startBody(number(i)));
      assert.equal(res.status, 200);
      await res.arrayBuffer();
    }
    let sizes = stateSizes(t);
    assert.equal(sizes.smsCodes, 500);
    assert.equal(sizes.pendingUsers, 500);
    assert.equal(sizes.outbox, 100);
    assert.equal(t.outbox.messages()[0].to, number(400), 'the oldest messages went first');
    t.advance(181);
    // The next write sweeps what expired.
    await sendCode(t, number(9999));
    sizes = stateSizes(t);
    assert.equal(sizes.smsCodes, 1);
    assert.equal(sizes.pendingUsers, 1);
    assert.equal(sizes.startBuckets, 1);
    t.advance(3600);
    await sendCode(t, number(9998));
    assert.equal(stateSizes(t).startBuckets, 1, 'a bucket that refilled is forgotten (this one is new)');
  });

  it('rotating a refresh token 200 times keeps one family; a user keeps at most 200 families, the oldest revoked', async () => {
    const t = await tenant({ startLimit: 100000 });
    // Without openid: no ID token to sign, so the loop stays quick.
    let tokens = await login(t, 'offline_access');
    for (let i = 0; i < 200; i++) {
      const res = await postForm(`${t.url}/oauth/token`, { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: tokens.refresh_token });
      assert.equal(res.status, 200);
      tokens = await json(res);
    }
    assert.equal(stateSizes(t).refreshFamilies, 1);
    assert.ok(tokens.refresh_token.length < 100, 'a refresh token does not grow with its rotations');
    const first = tokens.refresh_token;
    for (let i = 0; i < 205; i++) await login(t, 'offline_access');
    assert.equal(stateSizes(t).refreshFamilies, 200);
    const oldest = await postForm(`${t.url}/oauth/token`, { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: first });
    assert.equal(oldest.status, 403, "Auth0's limit: the oldest refresh token of the user and application is revoked");
  });

  it('login tickets, authorization codes and sessions expire and are dropped', async () => {
    const t = await tenant({ sessionTtl: 120 });
    const signIn = async (i: number, redeem: boolean) => {
      const code = await sendCode(t, number(i));
      const co = await postJson(`${t.url}/co/authenticate`, { client_id: CLIENT, username: number(i), otp: code, realm: 'sms', credential_type: OTP });
      const { login_ticket } = await json(co);
      if (!redeem) return;
      const cookie = co.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const challenge = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
      const q = new URLSearchParams({
        client_id: CLIENT,
        response_type: 'code',
        redirect_uri: 'http://localhost:3000/cb',
        code_challenge: challenge,
        code_challenge_method: 'S256',
        login_ticket,
      });
      assert.equal((await fetch(`${t.url}/authorize?${q}`, { redirect: 'manual', headers: { cookie } })).status, 302);
    };
    for (let i = 0; i < 20; i++) await signIn(i, i % 2 === 0);
    const sizes = () => [stateSizes(t).loginTickets, stateSizes(t).authorizationCodes, stateSizes(t).sessions];
    assert.deepEqual(sizes(), [10, 10, 10]);
    t.advance(121);
    // Writing to each store sweeps what expired there: only the new sign-in is left.
    await signIn(99, true);
    assert.deepEqual(sizes(), [0, 1, 1]);
  });
});
