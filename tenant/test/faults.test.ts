import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { json, postJson, sendCode, startBody, tenant } from './helpers.js';

const addFault = (url: string, spec: unknown) => postJson(`${url}/dev/faults`, spec);

describe('fault injection', () => {
  it('POST /dev/faults: the next N requests get the given status and body, then normal service resumes', async () => {
    const t = await tenant();
    const body = { error: 'sms_provider_error', error_description: 'Unexpected response while calling the SMS gateway: 500' };
    const res = await addFault(t.url, { path: '/passwordless/start', status: 400, body, times: 2 });
    assert.equal(res.status, 201);
    const fault = await json(res);
    assert.equal(fault.path, '/passwordless/start');
    assert.equal(fault.remaining, 2);
    assert.ok(fault.id);
    for (let i = 0; i < 2; i++) {
      const r = await postJson(`${t.url}/passwordless/start`, startBody());
      assert.equal(r.status, 400);
      assert.deepEqual(await json(r), body);
    }
    assert.equal(t.outbox.messages().length, 0, 'a faulted request does nothing');
    assert.equal((await postJson(`${t.url}/passwordless/start`, startBody())).status, 200);
    assert.deepEqual((await json(await fetch(`${t.url}/dev/faults`))).faults, []);
  });

  it('a status without a body gets an Auth0-shaped default, plus custom headers', async () => {
    const t = await tenant();
    await addFault(t.url, { path: '/oauth/token', status: 503, headers: { 'Retry-After': '7' } });
    const r = await postJson(`${t.url}/oauth/token`, {});
    assert.equal(r.status, 503);
    assert.equal(r.headers.get('retry-after'), '7');
    assert.deepEqual(await json(r), { error: 'temporarily_unavailable', error_description: 'Service Unavailable' });
    assert.equal((await postJson(`${t.url}/oauth/token`, {})).status, 503, 'without times it stays');
    assert.equal((await fetch(`${t.url}/dev/faults`, { method: 'DELETE' })).status, 204);
    assert.equal((await postJson(`${t.url}/oauth/token`, {})).status, 400);
  });

  it('a string body goes out verbatim, as HTML or text', async () => {
    const t = await tenant();
    t.injectFault({ path: '/oauth/token', status: 502, body: '<h1>Bad gateway</h1>', times: 1 });
    t.injectFault({ path: '/oauth/token', status: 500, body: 'oops', headers: { 'Content-Type': 'text/x-custom' }, times: 1 });
    const html = await postJson(`${t.url}/oauth/token`, {});
    assert.equal(html.status, 502);
    assert.match(html.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(await html.text(), '<h1>Bad gateway</h1>');
    const text = await postJson(`${t.url}/oauth/token`, {});
    assert.equal(text.headers.get('content-type'), 'text/x-custom');
    assert.equal(await text.text(), 'oops');
  });

  it('delayMs stalls a request (long enough to trip a client timeout), then handles it normally', async () => {
    const t = await tenant();
    await addFault(t.url, { path: '/passwordless/start', delayMs: 300, times: 1 });
    const began = Date.now();
    const r = await postJson(`${t.url}/passwordless/start`, startBody());
    assert.equal(r.status, 200);
    assert.ok(Date.now() - began >= 290);
    await addFault(t.url, { path: '/passwordless/start', delayMs: 2000, times: 1 });
    await assert.rejects(
      fetch(`${t.url}/passwordless/start`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(startBody()),
        signal: AbortSignal.timeout(200),
      }),
      { name: 'TimeoutError' },
    );
  });

  it('delay plus a 5xx status', async () => {
    const t = await tenant();
    t.injectFault({ path: '/oauth/token', delayMs: 100, status: 500, times: 1 });
    const began = Date.now();
    const r = await postJson(`${t.url}/oauth/token`, {});
    assert.equal(r.status, 500);
    assert.ok(Date.now() - began >= 90);
    assert.deepEqual(await json(r), { error: 'server_error', error_description: 'Internal Server Error' });
  });

  it('reset drops the connection (a network error for the client)', async () => {
    const t = await tenant();
    t.injectFault({ path: '/passwordless/start', reset: true, times: 1 });
    await assert.rejects(postJson(`${t.url}/passwordless/start`, startBody()), TypeError);
    assert.equal((await postJson(`${t.url}/passwordless/start`, startBody())).status, 200);
  });

  it('matches the method when given, and never touches preflights or /dev', async () => {
    const t = await tenant();
    t.injectFault({ path: '/userinfo', method: 'post', status: 500 });
    assert.equal((await fetch(`${t.url}/userinfo`)).status, 401, 'GET is not faulted');
    assert.equal((await fetch(`${t.url}/userinfo`, { method: 'POST' })).status, 500);
    const pre = await fetch(`${t.url}/userinfo`, { method: 'OPTIONS', headers: { origin: 'http://localhost:1', 'access-control-request-method': 'POST' } });
    assert.equal(pre.status, 204);
  });

  it('the oldest matching fault applies first; faults can be removed one by one', async () => {
    const t = await tenant();
    const a = t.injectFault({ path: '/passwordless/start', status: 500, times: 1 });
    t.injectFault({ path: '/passwordless/start', status: 502, times: 1 });
    const c = t.injectFault({ path: '/oauth/token', status: 503 });
    assert.equal((await postJson(`${t.url}/passwordless/start`, startBody())).status, 500);
    assert.equal((await postJson(`${t.url}/passwordless/start`, startBody())).status, 502);
    assert.equal((await fetch(`${t.url}/dev/faults/${c.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await fetch(`${t.url}/dev/faults/${a.id}`, { method: 'DELETE' })).status, 404);
    assert.deepEqual(t.outbox.messages(), []);
    t.injectFault({ path: '/passwordless/start', status: 500 });
    t.clearFaults();
    assert.equal((await sendCode(t)).length, 6);
  });

  it('refuses malformed fault specs', async () => {
    const t = await tenant();
    const bad = [
      {},
      { path: 'no-slash', status: 500 },
      { path: '/dev/outbox', status: 500 },
      { path: '/oauth/token' },
      { path: '/oauth/token', status: 99 },
      { path: '/oauth/token', delayMs: -1 },
      { path: '/oauth/token', delayMs: 10 ** 9 },
      { path: '/oauth/token', status: 500, times: 0 },
      { path: '/oauth/token', status: 500, colour: 'red' },
      { path: '/oauth/token', status: 500, headers: { a: 1 } },
    ];
    for (const spec of bad) {
      const r = await addFault(t.url, spec);
      assert.equal(r.status, 400, JSON.stringify(spec));
      assert.equal((await json(r)).error, 'invalid_request');
    }
    assert.throws(() => t.injectFault({ path: '/oauth/token' }), /status, a delayMs or reset/);
  });

  it('refuses a header Node cannot send (400 at POST /dev/faults, a thrown error from injectFault), so no request turns into a 500', async () => {
    const t = await tenant();
    const bad: Record<string, string>[] = [
      { 'X-Bad\r\nInjected': '1' },
      { 'X Space': '1' },
      { '': 'empty name' },
      { 'X-Value': 'line\r\nbreak' },
      { 'X-Value': 'beyond latin-1 \u2028' },
      { 'X-Value': 'emoji 🙂' },
      { 'Content-Length': '5' },
      { 'Transfer-Encoding': 'chunked' },
    ];
    for (const headers of bad) {
      const res = await addFault(t.url, { path: '/oauth/token', status: 503, headers });
      assert.equal(res.status, 400, JSON.stringify(headers));
      const body = await json(res);
      assert.equal(body.error, 'invalid_request');
      assert.match(body.error_description, /^headers: /);
      assert.throws(() => t.injectFault({ path: '/oauth/token', status: 503, headers }), /headers: /);
    }
    assert.deepEqual((await json(await fetch(`${t.url}/dev/faults`))).faults, []);
    const res = await postJson(`${t.url}/oauth/token`, {});
    assert.equal(res.status, 400, 'the endpoint still answers normally');
    const latin1 = await addFault(t.url, { path: '/oauth/token', status: 503, headers: { 'X-Note': 'café' }, times: 1 });
    assert.equal(latin1.status, 201, 'Latin-1 is a value Node sends');
    assert.equal((await postJson(`${t.url}/oauth/token`, {})).status, 503);
  });

  it('close() does not wait for a pending delay', async () => {
    const t = await tenant();
    t.injectFault({ path: '/oauth/token', delayMs: 60_000 });
    const pending = postJson(`${t.url}/oauth/token`, {}).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const began = Date.now();
    await t.close();
    assert.ok(Date.now() - began < 1000);
    assert.ok((await pending) instanceof Error);
  });
});
