/**
 * What the controllers know of `<sms-lock>`: its settings and lit's update cycle, as a structural
 * type, never the class itself (so no controller imports the element), plus the two things every
 * controller does to it: tell the page something happened, and move focus.
 */
import type { ReactiveControllerHost } from 'lit';
import type { RedirectClient } from '../auth0/redirect-client.js';
import type { AuthResult } from '../client.js';
import type { SmsLockEventMap } from '../events.js';
import { findNativeBridge } from '../platform/native-bridge.js';

export type Flow = 'otp' | 'cross-origin' | 'universal';

export interface SmsLockHost extends ReactiveControllerHost, HTMLElement {
  domain: string;
  clientId: string;
  connection: string;
  audience?: string;
  scope: string;
  defaultCountry?: string;
  countries?: string;
  codeLength: number;
  resendAfter: number;
  mode: 'modal' | 'inline';
  open: boolean;
  closable: boolean;
  autoclose: boolean;
  language?: string;
  nativeBridge: string;
  rememberPhone: boolean;
  flow: Flow;
  auth0Client?: RedirectClient;
  popup: boolean;
  loginTicketHandler?: (loginTicket: string) => void | Promise<void>;
  sessionHandoff?: (result: AuthResult) => void | Promise<void>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const openSets = new WeakMap<object, number>();

/** Counts every set of `open`, by the page or the element: a close request can then tell that the page reopened the modal meanwhile. */
export function noteOpenSet(host: object): void {
  openSets.set(host, openSetCount(host) + 1);
}

export function openSetCount(host: object): number {
  return openSets.get(host) ?? 0;
}

/** Dispatches one of the element's events, and posts it to the hybrid app's bridge unless the page cancelled it. */
export function emit<K extends keyof SmsLockEventMap>(
  host: SmsLockHost,
  name: K,
  detail: SmsLockEventMap[K]['detail'],
  cancelable = false,
): SmsLockEventMap[K] {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }) as SmsLockEventMap[K];
  host.dispatchEvent(event);
  // A close the page cancelled did not happen, so the app must not dismiss its web view.
  if (!event.defaultPrevented) findNativeBridge(host.nativeBridge)?.({ type: name, detail });
  return event;
}

/** Focuses the element with this id in the shadow root once the pending render is done. */
export async function focusField(host: SmsLockHost, id: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
}
