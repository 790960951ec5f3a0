// Browser-side handle on a local tenant started for one test (see scripts/wtr-tenant-plugin.mjs).
import { executeServerCommand } from '@web/test-runner-commands';

export interface OutboxMessage { to: string; code: string; text: string; sentAt: string }

export interface TestTenant {
  url: string;
  outbox(to?: string): Promise<OutboxMessage[]>;
  lastCode(to: string): Promise<string>;
  advanceClock(seconds: number): Promise<void>;
  stop(): Promise<void>;
}

export interface TestTenantOptions {
  codeLength?: number;
  codeTtl?: number;
  maxAttempts?: number;
  startLimit?: number;
  accessTokenTtl?: number;
}

export async function startTestTenant(options: TestTenantOptions = {}): Promise<TestTenant> {
  const { url } = await executeServerCommand<{ url: string }, TestTenantOptions>('tenant-start', options);
  const outbox = async (to?: string) => {
    const query = to ? `?to=${encodeURIComponent(to)}` : '';
    const response = await fetch(`${url}/dev/outbox${query}`);
    return ((await response.json()) as { messages: OutboxMessage[] }).messages;
  };
  return {
    url,
    outbox,
    async lastCode(to) {
      const messages = await outbox(to);
      if (!messages.length) throw new Error(`no SMS was sent to ${to}`);
      return messages[messages.length - 1].code;
    },
    async advanceClock(seconds) { await executeServerCommand('tenant-advance-clock', { url, seconds }); },
    async stop() { await executeServerCommand('tenant-stop', { url }); },
  };
}
