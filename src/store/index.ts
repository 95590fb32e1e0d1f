import type { Redis } from 'ioredis';
import { createChannelStore, type ChannelStore } from './channels.js';
import { createChatStore, type ChatStore } from './chats.js';
import { createDeliveryLog, type DeliveryLog } from './deliveries.js';
import { createFeedStore, type FeedStore } from './feeds.js';
import { createFlagStore, type FlagStore } from './flags.js';
import { createFloodGate, type FloodGate } from './flood-gate.js';
import { createItemStore, type ItemStore } from './items.js';
import { createKeys } from './keys.js';
import { createPendingStore, type PendingStore } from './pending.js';
import { createStoryIndex, type StoryIndex } from './stories.js';
import { createSubscriptionStore, type SubscriptionStore } from './subscriptions.js';

export interface Store {
  feeds: FeedStore;
  chats: ChatStore;
  subscriptions: SubscriptionStore;
  items: ItemStore;
  deliveries: DeliveryLog;
  flags: FlagStore;
  pending: PendingStore;
  stories: StoryIndex;
  floodGate: FloodGate;
  /** Channels linked to private chats, managed from there. */
  channels: ChannelStore;
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
    stories: createStoryIndex(redis, keys),
    floodGate: createFloodGate(redis, keys),
    channels: createChannelStore(redis, keys),
  };
}
