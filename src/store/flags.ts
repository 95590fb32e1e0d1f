import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

/** A reader's report that an item was classified wrong, kept for admins to improve the data. */
export interface Flag {
  itemId: string;
  chatId: number;
  userId: number | null;
  note: string;
  at: number;
}

export interface FlagStore {
  add(flag: Flag): Promise<void>;
  /** Newest first. */
  list(limit: number): Promise<Flag[]>;
  count(): Promise<number>;
}

const KEEP = 1000;

export function createFlagStore(redis: Redis, keys: Keys): FlagStore {
  return {
    async add(flag) {
      await redis
        .multi()
        .lpush(keys.flags, JSON.stringify({ ...flag, note: flag.note.slice(0, 500) }))
        .ltrim(keys.flags, 0, KEEP - 1)
        .exec();
    },
    async list(limit) {
      const rows = await redis.lrange(keys.flags, 0, Math.max(0, limit - 1));
      return rows.map((row) => JSON.parse(row) as Flag);
    },
    count: () => redis.llen(keys.flags),
  };
}
