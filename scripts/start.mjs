// npm start: the local tenant and the demo page together, one Ctrl-C stops both.
import { createServer } from 'vite';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const tenantPort = Number(process.env.TENANT_PORT ?? 4000);
const demoPort = Number(process.env.DEMO_PORT ?? 5173);

// `npm install` compiles the tenant (the root's prepare script); this covers a checkout where it was skipped.
if (!existsSync('tenant/build/src/index.js')) {
  execFileSync('npm', ['run', '--silent', 'build:tenant'], { stdio: 'inherit' });
}
// The tenant's hosted login page (the Universal Login demo) is built from the one-file script,
// which the tenant finds as `sms-lock/sms-lock.min.js` from this repository.
if (!existsSync('dist/sms-lock.min.js')) {
  console.log('Building dist/sms-lock.min.js for the hosted login page (npm run build)…');
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}
const { startTenant } = await import('sms-lock-tenant');
const tenant = await startTenant({ port: tenantPort });

const demo = await createServer({ server: { port: demoPort } });
await demo.listen();
const demoUrl = `http://127.0.0.1:${demoPort}/`;
const query = tenantPort === 4000 ? '' : `?tenant=${encodeURIComponent(tenant.url)}`;

console.log(`\n  Demo:          ${demoUrl}${query}`);
console.log(`  Local tenant:  ${tenant.url}  (client id: sms-lock-demo)`);
console.log(`  SMS outbox:    ${tenant.url}/dev/outbox.html\n`);
console.log('  Press Ctrl-C to stop.\n');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([demo.close(), tenant.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
