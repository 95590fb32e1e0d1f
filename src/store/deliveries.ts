import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

/**
 * Which items each chat has received: the guard that makes delivery exactly-once as a reader
 * sees it. An item is marked right after Telegram accepted the message that carried it, so only
 * a crash between those two steps can repeat one message.
 */
export interface DeliveryLog {
  unsent(chatId: number, itemIds: string[]): Promise<string[]>;
  markSent(chatId: number, itemIds: string[], now?: number): Promise<void>;
}

const KEEP_MS = 60 * 24 * 3600 * 1000;

export function createDeliveryLog(redis: Redis, keys: Keys): DeliveryLog {
  return {
    async unsent(chatId, itemIds) {
      if (itemIds.length === 0) return [];
      const scores = await redis.zmscore(keys.chatSent(chatId), ...itemIds);
      return itemIds.filter((_, i) => scores[i] === null);
    },
    async markSent(chatId, itemIds, now = Date.now()) {
      if (itemIds.length === 0) return;
      await redis
        .multi()
        .zadd(keys.chatSent(chatId), ...itemIds.flatMap((id) => [now, id]))
        .zremrangebyscore(keys.chatSent(chatId), 0, now - KEEP_MS)
        .exec();
    },
  };
}
