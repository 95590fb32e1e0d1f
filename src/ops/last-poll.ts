import type { Redis } from 'ioredis';

export interface LastPoll {
  /** Notes a successful poll; writes to Redis at most once a second per process. */
  record(at?: number): void;
  read(): Promise<number | null>;
}

const WRITE_EVERY_MS = 1000;

/**
 * When a feed was last polled successfully, by any worker: one Redis key, so that /healthz and
 * /metrics of every process (a bot-only one too) tell the same. GREATEST semantics are not needed:
 * clocks of workers differ by far less than a poll interval.
 */
export function createLastPoll(redis: Redis, prefix: string, onError: (err: unknown) => void = () => {}): LastPoll {
  const key = `${prefix}:ops:last-successful-poll`;
  let lastWrite = 0;
  return {
    record(at = Date.now()) {
      if (at - lastWrite < WRITE_EVERY_MS) return;
      lastWrite = at;
      redis.set(key, String(at)).catch(onError);
    },
    async read() {
      const value = await redis.get(key);
      return value === null ? null : Number(value);
    },
  };
}
