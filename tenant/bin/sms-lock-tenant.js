#!/usr/bin/env node
// Starts the local tenant. The TypeScript is compiled to build/ by `npm run build` in this
// package (the published package ships it compiled).
import { existsSync } from 'node:fs';

const cli = new URL('../build/src/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('sms-lock-tenant: the tenant is not compiled; run `npm run build:tenant` in the sms-lock repository first.');
  process.exit(1);
}
const { main } = await import(cli.href);
const code = await main(process.argv.slice(2));
process.exit(code);
