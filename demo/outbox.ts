// The local tenant's SMS outbox, polled and shown as text: where the demo's codes arrive.
interface Message {
  to: string;
  code: string;
  text: string;
  sentAt: string;
}

export function showOutbox(list: Element, tenant: string): void {
  let shown = -1;
  const render = (messages: Message[]) =>
    [...messages].reverse().map((message) => {
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
    });
  const refresh = async () => {
    try {
      const { messages } = (await (await fetch(`${tenant}/dev/outbox`)).json()) as { messages: Message[] };
      if (messages.length === shown) return;
      shown = messages.length;
      list.replaceChildren(...render(messages));
    } catch {
      shown = -1;
      list.replaceChildren(Object.assign(document.createElement('li'), { textContent: `The local tenant at ${tenant} is not answering.` }));
    }
  };
  void refresh();
  setInterval(refresh, 1000);
}
