import type { Redis } from 'ioredis';
import { targetKey, type Subscription } from '../domain/subscriptions.js';
import type { Keys } from './keys.js';

export interface SubscriptionStore {
  /** Adds or replaces the chat's subscription to the same target. */
  add(chatId: number, subscription: Subscription): Promise<void>;
  remove(chatId: number, key: string): Promise<boolean>;
  removeAll(chatId: number): Promise<number>;
  list(chatId: number): Promise<Subscription[]>;
  /** Chats whose subscriptions include one of these target keys (the inverted index). */
  chatsFor(targetKeys: string[]): Promise<number[]>;
}

/**
 * A chat's subscriptions live in one hash under the chat's tag (the truth); the inverted index
 * `target → chats` is kept beside it for routing. The two are in different Cluster slots, so they
 * cannot change in one transaction: the chat's hash is written first and read back when routing,
 * which makes a stale index entry harmless.
 */
export function createSubscriptionStore(redis: Redis, keys: Keys): SubscriptionStore {
  async function list(chatId: number): Promise<Subscription[]> {
    const raw = await redis.hvals(keys.chatSubscriptions(chatId));
    return raw.map((json) => JSON.parse(json) as Subscription);
  }
  return {
    list,
    async add(chatId, subscription) {
      const key = targetKey(subscription.target);
      await redis.hset(keys.chatSubscriptions(chatId), key, JSON.stringify(subscription));
      await redis.sadd(keys.targetChats(key), String(chatId));
    },
    async remove(chatId, key) {
      const removed = await redis.hdel(keys.chatSubscriptions(chatId), key);
      await redis.srem(keys.targetChats(key), String(chatId));
      return removed > 0;
    },
    async removeAll(chatId) {
      const subscriptionKeys = await redis.hkeys(keys.chatSubscriptions(chatId));
      await redis.del(keys.chatSubscriptions(chatId));
      for (const key of subscriptionKeys) await redis.srem(keys.targetChats(key), String(chatId));
      return subscriptionKeys.length;
    },
    async chatsFor(targetKeys) {
      // One read per target (each its own Cluster slot), sent together.
      const lists = await Promise.all(targetKeys.map((key) => redis.smembers(keys.targetChats(key))));
      return [...new Set(lists.flat().map(Number))];
    },
  };
}
