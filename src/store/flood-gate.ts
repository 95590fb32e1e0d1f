import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import { createScript } from './scripts.js';

/** The moment (ms) until which nothing may be sent to Telegram, shared by every worker process. */
export interface FloodGate {
  closedUntil(): Promise<number>;
  close(until: number): Promise<void>;
}

export function createFloodGate(redis: Redis, keys: Keys): FloodGate {
  // Never shortens a longer wait set by another worker.
  const extend = createScript(
    redis,
    "if tonumber(redis.call('GET', KEYS[1]) or '0') < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end",
  );
  return {
    closedUntil: async () => Number((await redis.get(keys.floodUntil)) ?? 0),
    async close(until) {
      await extend([keys.floodUntil], [until, Math.max(1, until - Date.now())]);
    },
  };
}
