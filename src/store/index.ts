import type { Redis } from 'ioredis';
import { createChatStore, type ChatStore } from './chats.js';
import { createDeliveryLog, type DeliveryLog } from './deliveries.js';
import { createFeedStore, type FeedStore } from './feeds.js';
import { createFlagStore, type FlagStore } from './flags.js';
import { createItemStore, type ItemStore } from './items.js';
import { createKeys } from './keys.js';
import { createPendingStore, type PendingStore } from './pending.js';
import { createSubscriptionStore, type SubscriptionStore } from './subscriptions.js';

export interface Store {
  feeds: FeedStore;
  chats: ChatStore;
  subscriptions: SubscriptionStore;
  items: ItemStore;
  deliveries: DeliveryLog;
  flags: FlagStore;
  pending: PendingStore;
}

export function createStore(redis: Redis, prefix: string): Store {
  const keys = createKeys(prefix);
  return {
    feeds: createFeedStore(redis, keys),
    chats: createChatStore(redis, keys),
    subscriptions: createSubscriptionStore(redis, keys),
    items: createItemStore(redis, keys),
    deliveries: createDeliveryLog(redis, keys),
    flags: createFlagStore(redis, keys),
    pending: createPendingStore(redis, keys),
  };
}
