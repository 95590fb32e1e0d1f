/**
 * Every Redis key the store uses. Keys are hash-tagged by the unit that must stay on one Cluster
 * node — a feed, a chat, a subscription target, an item — and never one tag for everything, so a
 * Redis Cluster spreads the load. Multi-key operations stay within one tag.
 */
export function createKeys(prefix: string) {
  return {
    prefix,
    feedIds: `${prefix}:feeds`,
    feedUrls: `${prefix}:feed-urls`,
    feedSequence: `${prefix}:feed-seq`,
    feed: (feedId: string) => `${prefix}:{feed:${feedId}}:meta`,
    feedSeen: (feedId: string) => `${prefix}:{feed:${feedId}}:seen`,
    chatIds: `${prefix}:chats`,
    chat: (chatId: number) => `${prefix}:{chat:${chatId}}:settings`,
    chatSubscriptions: (chatId: number) => `${prefix}:{chat:${chatId}}:subs`,
    chatSent: (chatId: number) => `${prefix}:{chat:${chatId}}:sent`,
    targetChats: (targetKey: string) => `${prefix}:{target:${targetKey}}:chats`,
    targetRecent: (targetKey: string) => `${prefix}:{target:${targetKey}}:recent`,
    chatLock: (chatId: number) => `${prefix}:{chat:${chatId}}:lock`,
    chatPending: (chatId: number) => `${prefix}:{chat:${chatId}}:pending`,
    chatMessages: (chatId: number) => `${prefix}:{chat:${chatId}}:messages`,
    digestDue: `${prefix}:digest-due`,
    flags: `${prefix}:flags`,
    floodUntil: `${prefix}:flood-until`,
    story: (storyKey: string) => `${prefix}:{story:${storyKey}}`,
    item: (itemId: string) => `${prefix}:{item:${itemId}}`,
  };
}

export type Keys = ReturnType<typeof createKeys>;
