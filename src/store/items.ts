import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Classification } from '../domain/classify/types.js';
import type { DigestSourceItem } from '../domain/digest/entries.js';
import type { Keys } from './keys.js';
import { absentFrom } from './sorted-sets.js';

/** An item as kept after classification: what delivery, /latest and /why read. */
export interface StoredItem extends DigestSourceItem {
  feedId: string;
  language: string;
  /** Why the classifier decided what it did, for /why. */
  why?: Classification['why'];
}

export interface ItemStore {
  /** The ids among `ids` that this feed has not recorded yet. */
  unseen(feedId: string, ids: string[]): Promise<string[]>;
  /** Records ids as seen; called only after the items were routed, so a crash re-routes them. */
  markSeen(feedId: string, ids: string[], now?: number): Promise<void>;
  save(item: StoredItem): Promise<void>;
  getMany(ids: string[]): Promise<StoredItem[]>;
  /** Remembers an item under each target it concerns, for /latest. */
  indexRecent(item: StoredItem, targetKeys: string[]): Promise<void>;
  /** The newest items concerning any of these targets, newest first. */
  latest(targetKeys: string[], limit: number): Promise<StoredItem[]>;
}

/** Items are kept for a month: long enough for digests, /latest and /why. */
const ITEM_TTL_SECONDS = 30 * 24 * 3600;
/** A feed's seen-set keeps this many newest ids: far more than any feed lists at once. */
const SEEN_KEEP = 5000;
/** Each target's recent list keeps this many items for /latest. */
const RECENT_KEEP = 100;

export function createItemStore(redis: Redis, keys: Keys): ItemStore {
  return {
    unseen: (feedId, ids) => absentFrom(redis, keys.feedSeen(feedId), ids),
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
      // One GET per item (each its own Cluster slot), sent together.
      const found = await Promise.all(ids.map((id) => redis.get(keys.item(id))));
      return found.filter((json): json is string => typeof json === 'string').map((json) => JSON.parse(json) as StoredItem);
    },
    async indexRecent(item, targetKeys) {
      await Promise.all(
        targetKeys.map((key) =>
          redis
            .multi()
            .zadd(keys.targetRecent(key), item.seenAt, item.id)
            .zremrangebyrank(keys.targetRecent(key), 0, -RECENT_KEEP - 1)
            .exec(),
        ),
      );
    },
    async latest(targetKeys, limit) {
      const lists = await Promise.all(targetKeys.map((key) => redis.zrevrange(keys.targetRecent(key), 0, limit - 1, 'WITHSCORES')));
      const scored = new Map<string, number>();
      for (const list of lists) {
        for (let i = 0; i + 1 < list.length; i += 2) scored.set(list[i]!, Number(list[i + 1]));
      }
      const newest = [...scored.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
      return this.getMany(newest);
    },
  };
}

/** The stored id of a feed's entry: the feed id and a digest of the entry's own id. */
export function storedItemId(feedId: string, entryId: string): string {
  return `${feedId}-${createHash('sha256').update(entryId).digest('base64url').slice(0, 16)}`;
}
