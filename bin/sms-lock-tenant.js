#!/usr/bin/env node
// Starts the local tenant. The TypeScript is compiled by `npm run build:tenant`
// (run on install by the `prepare` script).
import { existsSync } from 'node:fs';

const cli = new URL('../build/tenant/src/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('sms-lock-tenant: build/tenant is missing; run `npm run build:tenant` first.');
  process.exit(1);
}
const { main } = await import(cli.href);
const code = await main(process.argv.slice(2));
process.exit(code);
