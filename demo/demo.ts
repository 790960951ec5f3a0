import '../src/define.js';
import type { SmsLock } from '../src/index.js';

// The local tenant that `npm start` runs; `?tenant=<origin>` points the page at another one.
const tenant = new URLSearchParams(location.search).get('tenant') ?? 'http://127.0.0.1:4000';

const modal = document.querySelector<SmsLock>('#modal')!;
const inline = document.querySelector<SmsLock>('#inline')!;
for (const lock of [modal, inline]) lock.domain = tenant;

document.querySelector('#open-modal')!.addEventListener('click', () => modal.show());
document.querySelector('#reset-inline')!.addEventListener('click', () => inline.reset());

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  radio.addEventListener('change', () => {
    inline.className = radio.value === 'light' ? '' : `theme-${radio.value}`;
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

// Outbox: polled, rendered as text.
const outbox = document.querySelector('#outbox')!;
let shown = -1;
async function refreshOutbox(): Promise<void> {
  try {
    const response = await fetch(`${tenant}/dev/outbox`);
    const { messages } = (await response.json()) as { messages: { to: string; code: string; text: string; sentAt: string }[] };
    if (messages.length === shown) return;
    shown = messages.length;
    outbox.replaceChildren(
      ...[...messages].reverse().map((message) => {
        const item = document.createElement('li');
        const head = document.createElement('div');
        head.className = 'outbox-head';
        const to = document.createElement('span');
        to.textContent = message.to;
        const time = document.createElement('time');
        time.dateTime = message.sentAt;
        time.textContent = new Date(message.sentAt).toLocaleTimeString();
        head.append(to, time);
        const code = document.createElement('p');
        code.className = 'outbox-code';
        code.textContent = message.code;
        const text = document.createElement('p');
        text.className = 'outbox-text';
        text.textContent = message.text;
        item.append(head, code, text);
        return item;
      }),
    );
  } catch {
    outbox.replaceChildren(Object.assign(document.createElement('li'), { textContent: `The local tenant at ${tenant} is not answering.` }));
    shown = -1;
  }
}
void refreshOutbox();
setInterval(refreshOutbox, 1000);
