// The auth0-spa-js pages of the demo: one <sms-lock> each, wired to an Auth0Client by connectAuth0.
import '../src/define.js';
import { connectAuth0 } from '../src/auth0/auth0-spa.js';
import type { SmsLock } from '../src/index.js';
import { showOutbox } from './outbox.js';
import { tenant } from './tenant.js';

const lock = document.querySelector<SmsLock>('sms-lock')!;
lock.domain = tenant;
// `?popup`: sign in in a popup instead of leaving the page.
lock.popup = new URLSearchParams(location.search).has('popup');
const auth0 = connectAuth0(lock, { cacheLocation: 'localstorage' });
showOutbox(document.querySelector('#outbox')!, tenant);

const status = document.querySelector('#session')!;
const show = (label: string, value: unknown) => {
  const row = document.createElement('li');
  const name = document.createElement('strong');
  name.textContent = `${label}: `;
  const text = document.createElement('code');
  text.textContent = typeof value === 'string' && value.length > 40 ? `${value.slice(0, 12)}… (${value.length} characters)` : JSON.stringify(value);
  row.append(name, text);
  status.append(row);
};

async function refresh(): Promise<void> {
  status.replaceChildren();
  const signedIn = await auth0.isAuthenticated();
  show('isAuthenticated()', signedIn);
  if (!signedIn) return;
  const user = await auth0.getUser();
  show('getUser().phone_number', user?.phone_number);
  show('getTokenSilently()', await auth0.getTokenSilently());
}

lock.addEventListener('authenticated', () => void refresh());
document.querySelector('#refresh')!.addEventListener('click', () => void refresh());
// Ends the tenant's session too (/v2/logout), then comes back here signed out.
document.querySelector('#logout')!.addEventListener('click', () => {
  void auth0.logout({ logoutParams: { returnTo: location.origin + location.pathname } });
});
void refresh();
