// npm run bench:tenant (also part of npm run bench): load and soak of the local tenant.
//
// The tenant runs in its own process (node --expose-gc, so its heap can be measured after a forced
// GC) on loopback. This process drives it over keep-alive connections: each of CONCURRENCY workers
// signs one phone number in again and again, the way the element does: POST /passwordless/start,
// GET /dev/outbox?to= (the code), POST /oauth/token (OTP grant with offline_access), then
// REFRESHES × POST /oauth/token (refresh_token grant, rotating). It stops by itself after SECONDS.
//
// One IP sending thousands of sign-ins an hour is exactly what /passwordless/start's rate limit and
// the suspicious-IP throttle are for, so the tenant runs with those raised (startLimit,
// suspiciousIpLimit); any 429 is still counted, and must be the only non-2xx.
//
// Reported: requests/s, p50/p99 latency per kind of request, status counts (5xx must be 0), and the
// tenant's heap after a forced GC once warmed up and at the end. Writes bench/tenant-results.json.
// BENCH_TENANT_SECONDS and BENCH_TENANT_CONCURRENCY override the defaults (60 s, 16).
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tenantModule = pathToFileURL(join(root, 'tenant/build/src/index.js')).href;
const SECONDS = Number(process.env.BENCH_TENANT_SECONDS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_TENANT_CONCURRENCY ?? 16);
const WARMUP_SECONDS = Math.min(10, SECONDS / 6);
const REFRESHES = 3;
const CLIENT = 'sms-lock-demo';
const OTP = 'http://auth0.com/oauth/grant-type/passwordless/otp';

if (process.argv[2] === '--serve') {
  // The tenant's process: start, report the URL, and answer heap requests after a forced GC.
  const { startTenant } = await import(tenantModule);
  const tenant = await startTenant({ port: 0, quiet: true, startLimit: 1_000_000, suspiciousIpLimit: 1_000_000 });
  process.on('message', async (message) => {
    if (message === 'heap') {
      for (let i = 0; i < 3; i++) globalThis.gc();
      process.send({ heapUsed: process.memoryUsage().heapUsed });
    } else if (message === 'stop') {
      await tenant.close();
      process.exit(0);
    }
  });
  process.send({ url: tenant.url });
} else {
  await bench();
}

async function bench() {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = () => new Promise((res) => child.once('message', res));
  const { url } = await next();
  const heap = async () => {
    child.send('heap');
    return (await next()).heapUsed;
  };

  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies = { start: [], outbox: [], otp: [], refresh: [] };
  const statuses = {};
  let measuring = false;
  let requests = 0;

  const call = (kind, method, path, body) =>
    new Promise((resolvePromise, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const began = performance.now();
      const req = request(
        `${url}${path}`,
        { method, agent, headers: payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {} },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            if (measuring) {
              latencies[kind].push(performance.now() - began);
              statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
              requests += 1;
            }
            resolvePromise({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });

  const deadline = Date.now() + (WARMUP_SECONDS + SECONDS) * 1000;
  const worker = async (i) => {
    const phone = `+1555${String(1000000 + i).slice(1)}`;
    while (Date.now() < deadline) {
      const start = await call('start', 'POST', '/passwordless/start', { client_id: CLIENT, connection: 'sms', phone_number: phone, send: 'code' });
      if (start.status !== 200) continue;
      const outbox = await call('outbox', 'GET', `/dev/outbox?to=${encodeURIComponent(phone)}`);
      const code = JSON.parse(outbox.body).messages.at(-1)?.code;
      const token = await call('otp', 'POST', '/oauth/token', {
        grant_type: OTP,
        client_id: CLIENT,
        username: phone,
        otp: code,
        realm: 'sms',
        scope: 'openid profile phone offline_access',
      });
      if (token.status !== 200) continue;
      let refreshToken = JSON.parse(token.body).refresh_token;
      for (let r = 0; r < REFRESHES && Date.now() < deadline; r++) {
        const refreshed = await call('refresh', 'POST', '/oauth/token', { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: refreshToken });
        if (refreshed.status !== 200) break;
        refreshToken = JSON.parse(refreshed.body).refresh_token;
      }
    }
  };

  console.log(`tenant load: ${CONCURRENCY} workers, ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s measured, against ${url}`);
  const workers = Array.from({ length: CONCURRENCY }, (_, i) => worker(i));
  await new Promise((r) => setTimeout(r, WARMUP_SECONDS * 1000));
  const heapWarm = await heap();
  measuring = true;
  const began = performance.now();
  await Promise.all(workers);
  const elapsed = (performance.now() - began) / 1000;
  measuring = false;
  const heapEnd = await heap();
  child.send('stop');
  agent.destroy();

  const percentile = (values, p) => {
    if (!values.length) return null;
    const sorted = [...values].sort((a, b) => a - b);
    return Number(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(2));
  };
  const all = Object.values(latencies).flat();
  const serverErrors = Object.entries(statuses)
    .filter(([s]) => Number(s) >= 500)
    .reduce((n, [, c]) => n + c, 0);
  const otherNon2xx = Object.entries(statuses)
    .filter(([s]) => (Number(s) < 200 || Number(s) >= 300) && Number(s) !== 429 && Number(s) < 500)
    .reduce((n, [, c]) => n + c, 0);
  const mib = (bytes) => Number((bytes / 1024 / 1024).toFixed(1));
  const results = {
    date: new Date().toISOString(),
    machine: `${cpus().length} vCPU (${cpus()[0]?.model ?? 'unknown'})`,
    node: process.version,
    seconds: Number(elapsed.toFixed(1)),
    concurrency: CONCURRENCY,
    requests,
    requestsPerSecond: Math.round(requests / elapsed),
    signInsPerSecond: Math.round(latencies.otp.length / elapsed),
    latencyMs: {
      all: { p50: percentile(all, 50), p99: percentile(all, 99) },
      ...Object.fromEntries(Object.entries(latencies).map(([k, v]) => [k, { count: v.length, p50: percentile(v, 50), p99: percentile(v, 99) }])),
    },
    statuses,
    serverErrors,
    heapAfterGcMiB: { warm: mib(heapWarm), end: mib(heapEnd) },
  };
  await mkdir(join(root, 'bench'), { recursive: true });
  await writeFile(join(root, 'bench/tenant-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));

  const problems = [];
  if (serverErrors) problems.push(`${serverErrors} responses were 5xx`);
  if (otherNon2xx) problems.push(`${otherNon2xx} responses were non-2xx other than 429`);
  // Flat: the end heap within 25% (or 2 MiB) of the warmed-up one, after a forced GC each time.
  if (heapEnd > Math.max(heapWarm * 1.25, heapWarm + 2 * 1024 * 1024)) problems.push(`heap grew from ${mib(heapWarm)} to ${mib(heapEnd)} MiB`);
  if (problems.length) {
    console.error(`tenant load: FAILED: ${problems.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `tenant load: ${results.requestsPerSecond} requests/s, p50 ${results.latencyMs.all.p50} ms, p99 ${results.latencyMs.all.p99} ms, 0 5xx, heap ${mib(heapWarm)} → ${mib(heapEnd)} MiB after GC`,
    );
  }
}
