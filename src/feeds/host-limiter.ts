/**
 * At most `limit` requests in flight per host, so that a ministry hosting thirty feeds on one old
 * server is not hit thirty times at once. Waiters are served in order; idle hosts leave no state.
 */
export interface HostLimiter {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export function createHostLimiter(limit: number): HostLimiter {
  const slots = new Map<string, { active: number; waiting: Array<() => void> }>();

  async function acquire(host: string): Promise<void> {
    let entry = slots.get(host);
    if (!entry) {
      entry = { active: 0, waiting: [] };
      slots.set(host, entry);
    }
    if (entry.active < limit) {
      entry.active += 1;
      return;
    }
    const queued = entry;
    // The slot is handed over by release(), which keeps `active` unchanged.
    await new Promise<void>((resolve) => queued.waiting.push(resolve));
  }

  function release(host: string): void {
    const entry = slots.get(host);
    if (!entry) return;
    const next = entry.waiting.shift();
    if (next) return next();
    entry.active -= 1;
    if (entry.active === 0) slots.delete(host);
  }

  return {
    async run(host, task) {
      const key = host.toLowerCase();
      await acquire(key);
      try {
        return await task();
      } finally {
        release(key);
      }
    },
  };
}
