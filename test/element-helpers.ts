// Driving <sms-lock> as a person would, shared by the browser suites.
import { oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AuthenticatedDetail, SmsLock } from '../src/index.js';
import type { TestTenant } from './tenant-helper.js';

export const maybePart = (el: SmsLock, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export function part(el: SmsLock, name: string): HTMLElement {
  const found = maybePart(el, name);
  if (!found) throw new Error(`no part ${name} in state ${el.state}`);
  return found;
}

export const input = (el: SmsLock, name: string) => part(el, name) as HTMLInputElement;

/** A part's text with white space folded and without bidi isolates (U+2066–U+2069), as a screen reader would read it. */
export const text = (el: SmsLock, name: string) =>
  part(el, name)
    .textContent!.replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

// Key by key, as a person types: WebKit's WebDriver otherwise sends a whole string faster than
// any keyboard, and reformatting between keys then races the driver.
export async function typeInto(el: SmsLock, name: string, value: string): Promise<void> {
  input(el, name).focus();
  for (const key of value) await sendKeys({ type: key });
  await el.updateComplete;
}

/** Types a national number and sends it; resolves in code entry. */
export async function toCodeEntry(el: SmsLock, national = '4155550100'): Promise<void> {
  await typeInto(el, 'phone-input', national);
  part(el, 'submit-button').click();
  await waitUntil(() => el.state === 'code-entry', 'code entry never showed');
  await el.updateComplete;
}

/** The whole flow with the code from the tenant's outbox; resolves to the `authenticated` detail. */
export async function signIn(el: SmsLock, tenant: TestTenant, national = '4155550100', e164 = '+14155550100'): Promise<AuthenticatedDetail> {
  await toCodeEntry(el, national);
  const authenticated = oneEvent(el, 'authenticated');
  await typeInto(el, 'code-input', await tenant.lastCode(e164));
  return (await authenticated).detail;
}
