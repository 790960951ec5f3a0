import '../src/define.js';
import type { SmsLock } from '../src/index.js';
import { showOutbox } from './outbox.js';
import { tenant } from './tenant.js';

const modal = document.querySelector<SmsLock>('#modal')!;
const inline = document.querySelector<SmsLock>('#inline')!;
for (const lock of [modal, inline]) lock.domain = tenant;

document.querySelector('#open-modal')!.addEventListener('click', () => modal.show());
document.querySelector('#reset-inline')!.addEventListener('click', () => inline.reset());

// Light, dark and auto are the element's own themes; "brand" is light with custom properties and parts.
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  radio.addEventListener('change', () => {
    const brand = radio.value === 'brand';
    inline.theme = brand ? 'light' : (radio.value as SmsLock['theme']);
    inline.classList.toggle('theme-brand', brand);
  });
}

// Event log: every event of both widgets, with tokens shortened (a page should never show or log them whole).
const log = document.querySelector('#log')!;
const shorten = (_key: string, value: unknown) =>
  typeof value === 'string' && value.length > 40 ? `${value.slice(0, 12)}… (${value.length} characters)` : value;
for (const name of ['code-sent', 'authenticated', 'authorization-error', 'close', 'state-change'] as const) {
  for (const lock of [modal, inline]) {
    lock.addEventListener(name, (event: Event) => {
      const item = document.createElement('li');
      const title = document.createElement('strong');
      title.textContent = `#${lock.id} ${name}`;
      const detail = document.createElement('pre');
      detail.textContent = JSON.stringify((event as CustomEvent).detail, shorten, 2);
      item.append(title, detail);
      log.prepend(item);
    });
  }
}

showOutbox(document.querySelector('#outbox')!, tenant);
