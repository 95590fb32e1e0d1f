/**
 * At most `limit` requests in flight per host, so that a ministry hosting thirty feeds on one old
 * server is not hit thirty times at once. Waiters are served in order and leave the queue when
 * their signal aborts (the fetch deadline covers the wait); idle hosts leave no state.
 */
export interface HostLimiter {
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

interface HostSlots {
  active: number;
  waiting: Array<() => void>;
}

export function createHostLimiter(limit: number): HostLimiter {
  const slots = new Map<string, HostSlots>();

  function acquire(host: string, signal: AbortSignal | undefined): Promise<void> {
    let entry = slots.get(host);
    if (!entry) {
      entry = { active: 0, waiting: [] };
      slots.set(host, entry);
    }
    if (entry.active < limit) {
      entry.active += 1;
      return Promise.resolve();
    }
    const queue = entry.waiting;
    return new Promise<void>((resolve, reject) => {
      // The slot is handed over by release(), which keeps `active` unchanged.
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const index = queue.indexOf(grant);
        if (index !== -1) queue.splice(index, 1);
        reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted while waiting for a slot'));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(grant);
    });
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
    async run(host, task, signal) {
      const key = host.toLowerCase();
      await acquire(key, signal);
      try {
        return await task();
      } finally {
        release(key);
      }
    },
  };
}
