// What goes out on the wire when a reply cannot be sent as built: the logout
// redirect's Location, and the server's own 500 path.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tenant } from './helpers.js';
import { Router } from '../src/router.js';
import { createTenantServer } from '../src/server.js';
import { CorsPolicy } from '../src/cors.js';
import { FaultList } from '../src/faults.js';

/** The raw status line and Location, as node:http reads them (fetch hides the reason phrase). */
function rawGet(url: string): Promise<{ status: number; reason: string; location: string | undefined; rawLocation: Buffer | undefined }> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      res.resume();
      const i = res.rawHeaders.findIndex((h) => h.toLowerCase() === 'location');
      resolve({
        status: res.statusCode ?? 0,
        reason: res.statusMessage ?? '',
        location: res.headers.location,
        rawLocation: i < 0 ? undefined : Buffer.from(res.rawHeaders[i + 1], 'latin1'),
      });
    })
      .on('error', reject)
      .end();
  });
}

describe('/v2/logout returnTo', () => {
  it('redirects to the parsed, serialised URL: no CR/LF, U+2028 or raw Latin-1 reaches the Location header', async () => {
    const t = await tenant();
    const cases: [string, string][] = [
      ['http://localhost:3000/bye\r\nSet-Cookie: x=1', 'http://localhost:3000/byeSet-Cookie:%20x=1'],
      ['http://localhost:3000/a\u2028b', 'http://localhost:3000/a%E2%80%A8b'],
      ['http://localhost:3000/café?q=ü', 'http://localhost:3000/caf%C3%A9?q=%C3%BC'],
      ['http://localhost:3000/plain', 'http://localhost:3000/plain'],
    ];
    for (const [returnTo, expected] of cases) {
      const res = await rawGet(`${t.url}/v2/logout?returnTo=${encodeURIComponent(returnTo)}`);
      assert.equal(res.status, 302, JSON.stringify(returnTo));
      assert.equal(res.reason, 'Found');
      assert.equal(res.location, expected);
      assert.ok(
        res.rawLocation!.every((byte) => byte >= 0x21 && byte <= 0x7e),
        'printable ASCII only',
      );
    }
  });
});

describe('the server error path', () => {
  it('a reply Node refuses to send becomes a clean 500: status text and headers are reset', async () => {
    const router = new Router();
    router.get('/bad-header', () => ({ status: 302, headers: { Location: 'http://x/\r\nInjected: 1', 'X-Kept': 'no' } }));
    const errors: string[] = [];
    const { server, close } = createTenantServer({
      router,
      cors: new CorsPolicy([]),
      faults: new FaultList(),
      ownOrigins: () => [],
      hostAllowed: () => true,
      logError: (message) => errors.push(message),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bad-header`;
      const res = await new Promise<{ status: number; reason: string; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        request(url, (r) => {
          let body = '';
          r.on('data', (d) => (body += d));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, reason: r.statusMessage ?? '', headers: r.headers, body }));
        })
          .on('error', reject)
          .end();
      });
      assert.equal(res.status, 500);
      assert.equal(res.reason, 'Internal Server Error', 'not "500 Found"');
      assert.equal(res.headers['x-kept'], undefined);
      assert.equal(res.headers.location, undefined);
      assert.deepEqual(JSON.parse(res.body), { error: 'server_error', error_description: 'Internal Server Error' });
      assert.equal(errors.length, 1);
    } finally {
      await close();
    }
  });
});
