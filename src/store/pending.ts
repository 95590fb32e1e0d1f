import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

/** An item waiting for its chat's next digest, and the forum thread it goes to (0: none). */
export interface PendingEntry {
  itemId: string;
  threadId: number;
  /** Routed by a subscription marked instant: goes out before the digest. */
  urgent: boolean;
  at: number;
}

type EntryKey = { itemId: string; threadId?: number | undefined; urgent?: boolean | undefined };

/**
 * Items routed to a chat and not yet sent, and when each chat's next digest is due. The due times
 * live in one sorted set, so finding every digest due now is one range query, whatever the number
 * of chats.
 */
export interface PendingStore {
  add(chatId: number, entries: EntryKey[], now?: number): Promise<void>;
  /** The oldest `limit` entries. */
  list(chatId: number, limit?: number): Promise<PendingEntry[]>;
  count(chatId: number): Promise<number>;
  remove(chatId: number, entries: EntryKey[]): Promise<void>;
  clear(chatId: number): Promise<void>;
  /** Sets (or with null, clears) when the chat's next digest is due. */
  scheduleDigest(chatId: number, dueAt: number | null): Promise<void>;
  dueAt(chatId: number): Promise<number | null>;
  /** Chats whose digest is due at `now`, oldest first. */
  dueChats(now: number, limit: number): Promise<{ chatId: number; dueAt: number }[]>;
}

/** A chat holds at most this many waiting items; a reader away for weeks gets the newest. */
const PENDING_KEEP = 2000;

const member = (e: EntryKey) => `${e.threadId ?? 0}|${e.urgent ? 1 : 0}|${e.itemId}`;

export function createPendingStore(redis: Redis, keys: Keys): PendingStore {
  return {
    async add(chatId, entries, now = Date.now()) {
      if (entries.length === 0) return;
      await redis
        .multi()
        .zadd(keys.chatPending(chatId), 'NX', ...entries.flatMap((e) => [now, member(e)]))
        .zremrangebyrank(keys.chatPending(chatId), 0, -PENDING_KEEP - 1)
        .exec();
    },
    async list(chatId, limit = PENDING_KEEP) {
      const raw = await redis.zrange(keys.chatPending(chatId), 0, limit - 1, 'WITHSCORES');
      const entries: PendingEntry[] = [];
      for (let i = 0; i + 1 < raw.length; i += 2) {
        const [thread, urgent, ...rest] = raw[i]!.split('|');
        entries.push({ itemId: rest.join('|'), threadId: Number(thread), urgent: urgent === '1', at: Number(raw[i + 1]) });
      }
      return entries;
    },
    count: (chatId) => redis.zcard(keys.chatPending(chatId)),
    async remove(chatId, entries) {
      if (entries.length > 0) await redis.zrem(keys.chatPending(chatId), ...entries.map(member));
    },
    async clear(chatId) {
      await redis.del(keys.chatPending(chatId));
    },
    async scheduleDigest(chatId, dueAt) {
      if (dueAt === null) await redis.zrem(keys.digestDue, String(chatId));
      else await redis.zadd(keys.digestDue, dueAt, String(chatId));
    },
    async dueAt(chatId) {
      const score = await redis.zscore(keys.digestDue, String(chatId));
      return score === null ? null : Number(score);
    },
    async dueChats(now, limit) {
      const raw = await redis.zrangebyscore(keys.digestDue, '-inf', now, 'WITHSCORES', 'LIMIT', 0, limit);
      const due: { chatId: number; dueAt: number }[] = [];
      for (let i = 0; i + 1 < raw.length; i += 2) due.push({ chatId: Number(raw[i]), dueAt: Number(raw[i + 1]) });
      return due;
    },
  };
}
