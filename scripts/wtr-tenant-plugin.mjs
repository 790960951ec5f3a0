// Lets browser tests start their own local tenants (over real HTTP) through
// @web/test-runner-commands' executeServerCommand, each with a clock that a
// test can move forward instead of sleeping, and with faults a test can inject
// (an error status, a delay or a dropped connection on an endpoint).
export function tenantPlugin() {
  const tenants = new Map();
  return {
    name: 'sms-lock-tenant',
    async executeCommand({ command, payload }) {
      if (command === 'tenant-start') {
        // Imported on first use: the config loads before anything is built.
        const { startTenant } = await import('sms-lock-tenant');
        let offsetMs = 0;
        const tenant = await startTenant({ port: 0, quiet: true, ...(payload ?? {}), now: () => Date.now() + offsetMs });
        tenants.set(tenant.url, {
          tenant,
          advance: (seconds) => {
            offsetMs += seconds * 1000;
          },
        });
        return { url: tenant.url };
      }
      if (command === 'tenant-advance-clock') {
        tenants.get(payload.url)?.advance(payload.seconds);
        return true;
      }
      if (command === 'tenant-fault') {
        const entry = tenants.get(payload.url);
        if (!entry) throw new Error(`no tenant at ${payload.url}`);
        return entry.tenant.injectFault(payload.fault);
      }
      if (command === 'tenant-clear-faults') {
        tenants.get(payload.url)?.tenant.clearFaults(payload.id);
        return true;
      }
      if (command === 'tenant-stop') {
        const entry = tenants.get(payload.url);
        tenants.delete(payload.url);
        await entry?.tenant.close();
        return true;
      }
      return undefined;
    },
    async serverStop() {
      await Promise.all([...tenants.values()].map(({ tenant }) => tenant.close()));
      tenants.clear();
    },
  };
}
