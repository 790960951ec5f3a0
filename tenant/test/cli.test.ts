import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createInterface } from 'node:readline';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

// build/test → the package's bin
const bin = fileURLToPath(new URL('../../bin/sms-lock-tenant.js', import.meta.url));
const run = promisify(execFile);

/** Spawns the bin, waits for the banner's URL, and returns the URL plus every printed line. */
async function spawnTenant(args: string[]) {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner: ${lines.join('\n')}`)), 10_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      // The banner ends with the outbox line.
      const m = /SMS outbox: (http:\/\/\S+)\/dev\/outbox\.html/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}`)));
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.on('exit', (code) => resolve(code));
      child.kill('SIGINT');
    });
  return { url, lines, stop };
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    }),
  );
}

/** Resolves once discovery answers: the routes come in one step after the signing key, just before the CLI handles signals. */
async function waitUntilServing(url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`${url}/.well-known/openid-configuration`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not start serving within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('sms-lock-tenant (the bin)', () => {
  it('--callbacks registers callback URLs for /authorize (comma-separated, repeatable)', async () => {
    const { url, lines, stop } = await spawnTenant([
      '--port',
      '0',
      '--callbacks',
      'https://app.example.com/cb, https://b.example.com/cb',
      '--callbacks',
      'https://c.example.com/cb',
    ]);
    try {
      assert.ok(lines.some((l) => l.includes('https://app.example.com/cb, https://b.example.com/cb, https://c.example.com/cb')));
      for (const cb of ['https://app.example.com/cb', 'https://c.example.com/cb']) {
        const res = await fetch(`${url}/authorize?client_id=sms-lock-demo&response_type=code&state=s&redirect_uri=${encodeURIComponent(cb)}`, {
          redirect: 'manual',
        });
        assert.equal(res.status, 302);
        const back = new URL(res.headers.get('location')!);
        assert.equal(back.origin + back.pathname, cb);
        assert.equal(back.searchParams.get('error'), 'invalid_request', 'no PKCE challenge');
      }
      const other = await fetch(`${url}/authorize?client_id=sms-lock-demo&response_type=code&redirect_uri=${encodeURIComponent('https://d.example.com/cb')}`, {
        redirect: 'manual',
      });
      assert.equal(other.status, 400);
    } finally {
      await stop();
    }
  });

  it('--help lists every flag with its default', async () => {
    const { stdout } = await run(process.execPath, [bin, '--help']);
    for (const flag of [
      '--port',
      '--host',
      '--allowed-origins',
      '--code-length',
      '--code-ttl',
      '--max-attempts',
      '--start-limit',
      '--webotp-host',
      '--client',
      '--callbacks',
      '--session-ttl',
      '--element-script',
      '--quiet',
      '--help',
    ]) {
      assert.ok(stdout.includes(flag), flag);
    }
    for (const def of ['(default 4000)', '(default 127.0.0.1)', '(default 6)', '(default 180)', '(default 3)', '(default 50)', '(default localhost)']) {
      assert.ok(stdout.includes(def), def);
    }
  });

  it('refuses unknown flags and bad numbers with exit code 2', async () => {
    for (const args of [['--nope'], ['--port', 'abc'], ['--code-length', '2'], ['stray']]) {
      const err = await run(process.execPath, [bin, ...args]).then(
        () => undefined,
        (e: { code: number; stderr: string }) => e,
      );
      assert.ok(err, args.join(' '));
      assert.equal(err.code, 2, args.join(' '));
      assert.match(err.stderr, /sms-lock-tenant: /);
    }
  });

  it('starts with flags, prints the URL and client id, serves, and stops on SIGINT', async () => {
    const t = await spawnTenant([
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--code-length',
      '8',
      '--code-ttl',
      '60',
      '--max-attempts',
      '5',
      '--start-limit',
      '2',
      '--allowed-origins',
      'https://app.example.com,https://other.example.com',
      '--webotp-host',
      'app.example.com',
      '--client',
      'extra-app',
      '--client',
      'web:s3cret',
    ]);
    try {
      assert.match(t.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.ok(t.lines.some((l) => l.includes('sms-lock-demo')));
      const post = (body: object) =>
        fetch(`${t.url}/passwordless/start`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'https://other.example.com' },
          body: JSON.stringify(body),
        });
      const res = await post({ client_id: 'extra-app', connection: 'sms', phone_number: '+14155550100', send: 'code' });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), 'https://other.example.com');
      assert.equal(res.headers.get('x-ratelimit-limit'), '2');
      const { messages } = (await (await fetch(`${t.url}/dev/outbox`)).json()) as { messages: { code: string; text: string }[] };
      assert.match(messages[0].code, /^\d{8}$/);
      assert.ok(messages[0].text.endsWith(`@app.example.com #${messages[0].code}`));
      await new Promise((r) => setTimeout(r, 50));
      assert.ok(
        t.lines.some((l) => l.includes('SMS to +14155550100')),
        'console line per SMS',
      );
      const web = await post({ client_id: 'web', connection: 'sms', phone_number: '+14155550100', send: 'code' });
      assert.equal(web.status, 401, 'a client with a secret is confidential');
    } finally {
      assert.equal(await t.stop(), 0);
    }
  });

  it('--quiet prints nothing', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [bin, '--port', String(port), '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    // Serving (so past the banner it must not print) before it is stopped; a fixed 1 s wait raced a busy machine.
    await waitUntilServing(`http://127.0.0.1:${port}`);
    const code = await new Promise((resolve) => {
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
    assert.equal(out, '');
  });

  it('reports a busy port clearly', async () => {
    const t = await spawnTenant(['--port', '0']);
    try {
      const port = new URL(t.url).port;
      const err = await run(process.execPath, [bin, '--port', port]).then(
        () => undefined,
        (e: { code: number; stderr: string }) => e,
      );
      assert.equal(err?.code, 1);
      assert.match(err!.stderr, new RegExp(`port ${port} is already in use`));
    } finally {
      await t.stop();
    }
  });
});
