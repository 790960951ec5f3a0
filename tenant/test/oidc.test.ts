import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { CLIENT, claims, json, login, otpBody, postJson, sendCode, tenant } from './helpers.js';

describe('discovery, JWKS and ID token verification', () => {
  it('serves a discovery document rooted at the issuer', async () => {
    const t = await tenant();
    const res = await fetch(`${t.url}/.well-known/openid-configuration`);
    assert.equal(res.status, 200);
    const doc = await json(res);
    assert.equal(doc.issuer, `${t.url}/`);
    assert.equal(doc.token_endpoint, `${t.url}/oauth/token`);
    assert.equal(doc.userinfo_endpoint, `${t.url}/userinfo`);
    assert.equal(doc.jwks_uri, `${t.url}/.well-known/jwks.json`);
    assert.ok(doc.grant_types_supported.includes('http://auth0.com/oauth/grant-type/passwordless/otp'));
    assert.deepEqual(doc.id_token_signing_alg_values_supported, ['RS256']);
  });

  it('publishes one RS256 key with a kid that signs the tokens', async () => {
    const t = await tenant();
    const { keys } = await json(await fetch(`${t.url}/.well-known/jwks.json`));
    assert.equal(keys.length, 1);
    assert.equal(keys[0].kty, 'RSA');
    assert.equal(keys[0].alg, 'RS256');
    assert.equal(keys[0].use, 'sig');
    assert.ok(keys[0].kid);
    assert.equal(keys[0].d, undefined, 'no private part');
    const { id_token } = await login(t, 'openid');
    const header = JSON.parse(Buffer.from(id_token.split('.')[0], 'base64url').toString());
    assert.deepEqual(header, { alg: 'RS256', typ: 'JWT', kid: keys[0].kid });
  });

  it('conformance: an ID token verifies with jose using only the discovery document', async () => {
    const t = await tenant();
    const { id_token, access_token } = await login(t, 'openid profile phone');
    const discovery = await json(await fetch(`${t.url}/.well-known/openid-configuration`));
    const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));
    const { payload, protectedHeader } = await jwtVerify(id_token, jwks, { issuer: discovery.issuer, audience: CLIENT, algorithms: ['RS256'] });
    assert.equal(protectedHeader.alg, 'RS256');
    assert.equal(payload.phone_number, '+14155550100');
    const at = await jwtVerify(access_token, jwks, { issuer: discovery.issuer, audience: discovery.userinfo_endpoint });
    assert.equal(at.payload.sub, payload.sub);
    await assert.rejects(jwtVerify(id_token.slice(0, -4) + 'AAAA', jwks), 'a tampered token fails');
  });

  it('a restarted tenant has a new key, so old tokens fail', async () => {
    const a = await tenant();
    const b = await tenant();
    const { id_token } = await login(a, 'openid');
    const jwks = createRemoteJWKSet(new URL(`${b.url}/.well-known/jwks.json`));
    await assert.rejects(jwtVerify(id_token, jwks));
  });
});

describe('scopes filter the claims', () => {
  const cases: [string, string[]][] = [
    ['openid', []],
    ['openid profile', ['name', 'nickname', 'updated_at']],
    ['openid phone', ['phone_number', 'phone_number_verified']],
    ['openid profile phone', ['name', 'nickname', 'phone_number', 'phone_number_verified', 'updated_at']],
  ];
  for (const [scope, expected] of cases) {
    it(`"${scope}" in the ID token and /userinfo`, async () => {
      const t = await tenant();
      const { id_token, access_token } = await login(t, scope);
      const standard = ['iss', 'sub', 'aud', 'iat', 'exp'];
      const idClaims = Object.keys(claims(id_token))
        .filter((k) => !standard.includes(k))
        .sort();
      assert.deepEqual(idClaims, expected);
      const info = await json(await fetch(`${t.url}/userinfo`, { headers: { authorization: `Bearer ${access_token}` } }));
      assert.deepEqual(
        Object.keys(info)
          .filter((k) => k !== 'sub')
          .sort(),
        expected,
      );
      assert.equal(info.sub, claims(id_token).sub);
    });
  }

  it('profile values: name is the number, phone is verified', async () => {
    const t = await tenant();
    const { access_token } = await login(t, 'openid profile phone');
    const info = await json(await fetch(`${t.url}/userinfo`, { headers: { authorization: `Bearer ${access_token}` } }));
    assert.equal(info.name, '+14155550100');
    assert.equal(info.phone_number, '+14155550100');
    assert.equal(info.phone_number_verified, true);
    assert.ok(!Number.isNaN(Date.parse(info.updated_at)));
  });
});

describe('GET /userinfo', () => {
  it('takes POST too', async () => {
    const t = await tenant();
    const { access_token } = await login(t, 'openid');
    const res = await fetch(`${t.url}/userinfo`, { method: 'POST', headers: { authorization: `Bearer ${access_token}` } });
    assert.equal(res.status, 200);
  });

  it('401 without a token, with garbage, with an ID token, with an expired token, and for an API-only token', async () => {
    const t = await tenant({ accessTokenTtl: 60 });
    const { access_token, id_token } = await login(t, 'openid');
    const apiOnly = await json(await postJson(`${t.url}/oauth/token`, otpBody(await sendCode(t), { scope: 'read:x', audience: 'https://api.example.com' })));
    const tokens: (string | undefined)[] = [undefined, 'garbage', id_token, apiOnly.access_token];
    for (const token of tokens) {
      const res = await fetch(`${t.url}/userinfo`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      assert.equal(res.status, 401);
      assert.equal((await json(res)).error, 'invalid_token');
      assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer error="invalid_token"/);
    }
    t.advance(61);
    assert.equal((await fetch(`${t.url}/userinfo`, { headers: { authorization: `Bearer ${access_token}` } })).status, 401);
  });
});
