import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { json, postJson, sendCode, startBody, tenant } from './helpers.js';

describe('the SMS outbox', () => {
  it('GET /dev/outbox lists messages oldest first, with the documented fields', async () => {
    const t = await tenant();
    const a = await sendCode(t, '+14155550100');
    t.advance(1);
    const b = await sendCode(t, '+442071838750');
    t.advance(1);
    const c = await sendCode(t, '+14155550100');
    const { messages } = await json(await fetch(`${t.url}/dev/outbox`));
    assert.deepEqual(
      messages.map((m: { to: string; code: string }) => [m.to, m.code]),
      [
        ['+14155550100', a],
        ['+442071838750', b],
        ['+14155550100', c],
      ],
    );
    assert.deepEqual(Object.keys(messages[0]).sort(), ['code', 'sentAt', 'text', 'to']);
    assert.ok(Date.parse(messages[0].sentAt) < Date.parse(messages[1].sentAt));
    assert.match(messages[0].sentAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('writes the SMS in the language the app asks for (x-request-language), the code and the WebOTP line unchanged', async () => {
    const t = await tenant();
    const send = async (phone: string, language?: string) => {
      const response = await fetch(`${t.url}/passwordless/start`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(language && { 'x-request-language': language }) },
        body: JSON.stringify(startBody(phone)),
      });
      assert.equal(response.status, 200);
      return t.outbox.last(phone)!;
    };
    const japanese = await send('+14155550100', 'ja');
    assert.equal(japanese.text, `確認コード：${japanese.code}\n\n@localhost #${japanese.code}`);
    const taiwan = await send('+14155550101', 'zh-TW');
    assert.equal(taiwan.text, `您的驗證碼是 ${taiwan.code}\n\n@localhost #${taiwan.code}`);
    const english = await send('+14155550102');
    assert.equal(english.text, `Your verification code is ${english.code}\n\n@localhost #${english.code}`);
    const unknown = await send('+14155550103', 'tlh');
    assert.equal(unknown.text, `Your verification code is ${unknown.code}\n\n@localhost #${unknown.code}`);
  });

  it('filters by ?to=, encoded or typed with a bare +', async () => {
    const t = await tenant();
    await sendCode(t, '+14155550100');
    await sendCode(t, '+442071838750');
    for (const query of ['?to=%2B442071838750', '?to=+442071838750']) {
      const { messages } = await json(await fetch(`${t.url}/dev/outbox${query}`));
      assert.deepEqual(
        messages.map((m: { to: string }) => m.to),
        ['+442071838750'],
        query,
      );
    }
    assert.deepEqual((await json(await fetch(`${t.url}/dev/outbox?to=%2B19999999999`))).messages, []);
  });

  it('the SMS ends with the WebOTP line, its host settable', async () => {
    const t = await tenant({ webOtpHost: 'app.example.com' });
    const code = await sendCode(t);
    const { text } = t.outbox.last('+14155550100')!;
    assert.equal(text.split('\n').at(-1), `@app.example.com #${code}`);
  });

  it('DELETE /dev/outbox empties it; the programmatic outbox agrees', async () => {
    const t = await tenant();
    await sendCode(t);
    assert.equal(t.outbox.messages().length, 1);
    assert.equal((await fetch(`${t.url}/dev/outbox`, { method: 'DELETE' })).status, 204);
    assert.deepEqual((await json(await fetch(`${t.url}/dev/outbox`))).messages, []);
    assert.equal(t.outbox.last('+14155550100'), undefined);
  });

  it('is readable cross-origin by allowed origins', async () => {
    const t = await tenant();
    const res = await fetch(`${t.url}/dev/outbox`, { headers: { origin: 'http://localhost:8000' } });
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:8000');
  });

  it('a readable HTML page, escaped, refreshing itself, with no script', async () => {
    const t = await tenant();
    const code = await sendCode(t);
    const res = await fetch(`${t.url}/dev/outbox.html`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const html = await res.text();
    assert.ok(html.includes(`<td class="code">${code}</td>`));
    assert.ok(html.includes('+14155550100'));
    assert.ok(html.includes('<meta http-equiv="refresh" content="2">'));
    assert.ok(!html.includes('<script'));
    assert.ok(html.includes('sms-lock-demo'));
    const filtered = await (await fetch(`${t.url}/dev/outbox.html?to=%2B19999999999`)).text();
    assert.ok(!filtered.includes(`<td class="code">${code}</td>`));
    assert.ok(filtered.includes('No messages yet'));
  });

  it('prints one console line per SMS unless quiet, never a token', async () => {
    const lines: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void lines.push(args.join(' '));
    try {
      const t = await tenant({ quiet: false });
      const code = await sendCode(t);
      const res = await postJson(`${t.url}/oauth/token`, {
        grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
        client_id: 'sms-lock-demo',
        username: '+14155550100',
        otp: code,
        realm: 'sms',
      });
      const { access_token, id_token } = await json(res);
      const smsLines = lines.filter((l) => l.includes('SMS to +14155550100'));
      assert.equal(smsLines.length, 1);
      assert.ok(smsLines[0].includes(`@localhost #${code}`));
      assert.ok(
        lines.some((l) => l.includes(t.url)),
        'banner names the URL',
      );
      assert.ok(
        lines.some((l) => l.includes('sms-lock-demo')),
        'banner names the client id',
      );
      const all = lines.join('\n');
      assert.ok(!all.includes(access_token) && !all.includes(id_token));
      const quiet = await tenant({ quiet: true });
      const before = lines.length;
      await postJson(`${quiet.url}/passwordless/start`, startBody());
      assert.equal(lines.length, before);
    } finally {
      console.log = original;
    }
  });
});
