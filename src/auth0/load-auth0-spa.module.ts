/**
 * The self-contained ES module (`sms-lock.module.min.js`) is one file too: like the one-file script,
 * it fetches `sms-lock-auth0.min.js` from its own folder the first time a redirect flow runs.
 * (The build puts this module in place of load-auth0-spa.ts for that file.)
 */
import { loadAuth0SpaBeside } from './load-auth0-spa.script.js';

export const loadAuth0Spa = () => loadAuth0SpaBeside(import.meta.url);
