// Browser-side handle on a local tenant started for one test (see scripts/wtr-tenant-plugin.mjs).
import { executeServerCommand } from '@web/test-runner-commands';
// The tenant's own types: types cross into the browser, code doesn't.
import type { FaultSpec, OutboxMessage, TenantOptions } from 'sms-lock-tenant';

export type { FaultSpec, OutboxMessage };

export interface TestTenant {
  url: string;
  outbox(to?: string): Promise<OutboxMessage[]>;
  lastCode(to: string): Promise<string>;
  advanceClock(seconds: number): Promise<void>;
  /** e.g. fault({ path: '/passwordless/start', status: 503, times: 1 }) or fault({ path: '/oauth/token', delayMs: 3000 }). */
  fault(spec: FaultSpec): Promise<{ id: string }>;
  /** Removes one fault, or all. */
  clearFaults(id?: string): Promise<void>;
  stop(): Promise<void>;
}

/** Options for a tenant started from the browser: what survives the trip as JSON (no clock, which the plugin owns, nor port). */
export type TestTenantOptions = Omit<TenantOptions, 'now' | 'port' | 'quiet'>;

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
    async advanceClock(seconds) {
      await executeServerCommand('tenant-advance-clock', { url, seconds });
    },
    async fault(spec) {
      return await executeServerCommand<{ id: string }, { url: string; fault: FaultSpec }>('tenant-fault', { url, fault: spec });
    },
    async clearFaults(id) {
      await executeServerCommand('tenant-clear-faults', { url, id });
    },
    async stop() {
      await executeServerCommand('tenant-stop', { url });
    },
  };
}
