// How much a running tenant holds in memory, entry by entry, for the tenant's
// own tests and bench: they check that hostile traffic cannot grow it. Not
// exported from index.ts, so not part of the package's API.
import type { Tenant } from './index.js';
import type { TenantState } from './state.js';

export interface StateSizes {
  users: number;
  pendingUsers: number;
  smsCodes: number;
  outbox: number;
  loginTickets: number;
  authorizationCodes: number;
  sessions: number;
  refreshFamilies: number;
  usersWithRefreshFamilies: number;
  bruteForceCounters: number;
  startBuckets: number;
  ipThrottleBuckets: number;
  faults: number;
}

const states = new WeakMap<Tenant, TenantState>();

export function trackSizes(tenant: Tenant, state: TenantState): void {
  states.set(tenant, state);
}

export function stateSizes(tenant: Tenant): StateSizes {
  const state = states.get(tenant);
  if (!state) throw new Error('not a tenant started by startTenant()');
  const logins = state.logins.size;
  const tokens = state.tokens.size;
  return {
    users: state.users.size.users,
    pendingUsers: state.users.size.pending,
    smsCodes: state.codes.size,
    outbox: state.outbox.size,
    loginTickets: logins.tickets,
    authorizationCodes: logins.codes,
    sessions: logins.sessions,
    refreshFamilies: tokens.refreshFamilies,
    usersWithRefreshFamilies: tokens.usersWithFamilies,
    bruteForceCounters: state.bruteForce.size,
    startBuckets: state.startLimiter.size,
    ipThrottleBuckets: state.ipThrottle.size,
    faults: state.faults.list().length,
  };
}
