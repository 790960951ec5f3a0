// startTenant() either gives a working tenant or leaves nothing behind.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import { startTenant } from '../src/index.js';

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Whether anything still accepts connections on the port (a server left listening would). */
async function portIsFree(port: number): Promise<boolean> {
  const server: Server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

describe('startTenant()', () => {
  it('refuses a publicUrl with no scheme (or another bad one) before listening, and leaves the port free', async () => {
    for (const publicUrl of [
      'localhost:4000',
      'login.example.com',
      'ftp://login.example.com',
      'https://login.example.com/?x=1',
      'https://user:pw@login.example.com',
      'http://[bad',
    ]) {
      const port = await freePort();
      await assert.rejects(startTenant({ port, quiet: true, publicUrl }), TypeError, publicUrl);
      assert.equal(await portIsFree(port), true, `nothing answers on ${port} after ${publicUrl}`);
      const fetched = await fetch(`http://127.0.0.1:${port}/.well-known/openid-configuration`).then(
        () => 'answered',
        () => 'refused',
      );
      assert.equal(fetched, 'refused');
    }
  });

  it('starts with a valid publicUrl (a trailing slash is dropped)', async () => {
    const t = await startTenant({ port: 0, quiet: true, publicUrl: 'https://login.example.com/' });
    try {
      assert.equal(t.issuer, 'https://login.example.com/');
    } finally {
      await t.close();
    }
  });
});
