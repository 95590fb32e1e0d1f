import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import { absentFrom } from './sorted-sets.js';

/**
 * Which items each chat has received: the guard that makes delivery exactly-once as a reader
 * sees it. An item is marked right after Telegram accepted the message that carried it, so only
 * a crash between those two steps can repeat one message. Stories are marked too, so the same
 * event carried by another feed later is not sent again.
 */
export interface DeliveryLog {
  unsent(chatId: number, ids: string[]): Promise<string[]>;
  /** Marks what a message carried as sent and remembers the message, in one step. */
  recordSent(chatId: number, ids: string[], message: { messageId: number; itemIds: string[] }, now?: number): Promise<void>;
  /** Remembers which items a sent message carried, for /why and /wrong on a reply. */
  recordMessage(chatId: number, messageId: number, itemIds: string[]): Promise<void>;
  itemsOfMessage(chatId: number, messageId: number): Promise<string[]>;
}

const KEEP_MS = 60 * 24 * 3600 * 1000;
/** /why and /wrong work on a chat's last few hundred delivered messages. */
const MESSAGES_KEEP = 500;

export function createDeliveryLog(redis: Redis, keys: Keys): DeliveryLog {
  return {
    unsent: (chatId, ids) => absentFrom(redis, keys.chatSent(chatId), ids),
    async recordSent(chatId, ids, message, now = Date.now()) {
      await redis
        .multi()
        .zadd(keys.chatSent(chatId), ...ids.flatMap((id) => [now, id]))
        .zremrangebyscore(keys.chatSent(chatId), 0, now - KEEP_MS)
        .zadd(keys.chatMessages(chatId), message.messageId, `${message.messageId}:${JSON.stringify(message.itemIds)}`)
        .zremrangebyrank(keys.chatMessages(chatId), 0, -MESSAGES_KEEP - 1)
        .exec();
    },
    async recordMessage(chatId, messageId, itemIds) {
      // One sorted set per chat, scored by message id and trimmed to the newest messages: a key per
      // message would cost millions of keys across many chats.
      await redis
        .multi()
        .zadd(keys.chatMessages(chatId), messageId, `${messageId}:${JSON.stringify(itemIds)}`)
        .zremrangebyrank(keys.chatMessages(chatId), 0, -MESSAGES_KEEP - 1)
        .exec();
    },
    async itemsOfMessage(chatId, messageId) {
      const [member] = await redis.zrangebyscore(keys.chatMessages(chatId), messageId, messageId);
      return member ? (JSON.parse(member.slice(member.indexOf(':') + 1)) as string[]) : [];
    },
  };
}
