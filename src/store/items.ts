import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { TopicId } from '../domain/topics.js';
import type { Keys } from './keys.js';

/** An item as kept after classification: what delivery, /latest and /why read. */
export interface StoredItem {
  id: string;
  feedId: string;
  title: string;
  link: string | null;
  summary: string;
  published: string | null;
  source: string;
  official: boolean;
  countries: string[];
  pair: [string, string] | null;
  topics: TopicId[];
  language: string;
  seenAt: number;
}

export interface ItemStore {
  /** The ids among `ids` that this feed has not recorded yet. */
  unseen(feedId: string, ids: string[]): Promise<string[]>;
  /** Records ids as seen; called only after the items were routed, so a crash re-routes them. */
  markSeen(feedId: string, ids: string[], now?: number): Promise<void>;
  save(item: StoredItem): Promise<void>;
  getMany(ids: string[]): Promise<StoredItem[]>;
}

/** Items are kept for a month: long enough for digests, /latest and /why. */
const ITEM_TTL_SECONDS = 30 * 24 * 3600;
/** A feed's seen-set keeps this many newest ids: far more than any feed lists at once. */
const SEEN_KEEP = 5000;

export function createItemStore(redis: Redis, keys: Keys): ItemStore {
  return {
    async unseen(feedId, ids) {
      if (ids.length === 0) return [];
      const scores = await redis.zmscore(keys.feedSeen(feedId), ...ids);
      return ids.filter((_, i) => scores[i] === null);
    },
    async markSeen(feedId, ids, now = Date.now()) {
      if (ids.length === 0) return;
      const args = ids.flatMap((id) => [now, id]);
      await redis
        .multi()
        .zadd(keys.feedSeen(feedId), 'NX', ...args)
        .zremrangebyrank(keys.feedSeen(feedId), 0, -SEEN_KEEP - 1)
        .exec();
    },
    async save(item) {
      await redis.set(keys.item(item.id), JSON.stringify(item), 'EX', ITEM_TTL_SECONDS);
    },
    async getMany(ids) {
      if (ids.length === 0) return [];
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.get(keys.item(id));
      const results = (await pipeline.exec()) ?? [];
      const items: StoredItem[] = [];
      for (const [error, json] of results) {
        if (error) throw error;
        if (typeof json === 'string') items.push(JSON.parse(json) as StoredItem);
      }
      return items;
    },
  };
}

/** The stored id of a feed's entry: the feed id and a digest of the entry's own id. */
export function storedItemId(feedId: string, entryId: string): string {
  return `${feedId}-${createHash('sha256').update(entryId).digest('base64url').slice(0, 16)}`;
}
