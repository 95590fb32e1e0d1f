import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

export interface Feed {
  id: string;
  url: string;
  title: string;
  /** ISO alpha-2 country of a ministry's own feed. */
  country: string | null;
  language: string | null;
  official: boolean;
  createdAt: number;
  /** False until the first successful poll has recorded the items already there. */
  primed: boolean;
  etag: string | null;
  lastModified: string | null;
  lastSuccessAt: number | null;
  lastError: string | null;
  lastErrorAt: number | null;
  failures: number;
}

export interface NewFeed {
  url: string;
  title?: string | undefined;
  country?: string | null | undefined;
  language?: string | null | undefined;
  official?: boolean | undefined;
}

export interface FeedStore {
  /** Adds a feed, or returns the existing one with the same URL (`created` false). */
  add(feed: NewFeed, now?: number): Promise<{ feed: Feed; created: boolean }>;
  get(feedId: string): Promise<Feed | null>;
  findByUrl(url: string): Promise<Feed | null>;
  list(): Promise<Feed[]>;
  remove(feedId: string): Promise<boolean>;
  markPrimed(feedId: string): Promise<void>;
  recordSuccess(feedId: string, update: { etag?: string | undefined; lastModified?: string | undefined; title?: string }, now?: number): Promise<void>;
  recordFailure(feedId: string, message: string, now?: number): Promise<void>;
}

function toFeed(id: string, h: Record<string, string>): Feed | null {
  if (!h.url) return null;
  const num = (v: string | undefined) => (v ? Number(v) : null);
  return {
    id,
    url: h.url,
    title: h.title ?? '',
    country: h.country || null,
    language: h.language || null,
    official: h.official === '1',
    createdAt: Number(h.createdAt ?? 0),
    primed: h.primed === '1',
    etag: h.etag || null,
    lastModified: h.lastModified || null,
    lastSuccessAt: num(h.lastSuccessAt),
    lastError: h.lastError || null,
    lastErrorAt: num(h.lastErrorAt),
    failures: Number(h.failures ?? 0),
  };
}

export function createFeedStore(redis: Redis, keys: Keys): FeedStore {
  async function get(feedId: string) {
    return toFeed(feedId, await redis.hgetall(keys.feed(feedId)));
  }
  return {
    get,
    async add(input, now = Date.now()) {
      const existingId = await redis.hget(keys.feedUrls, input.url);
      const existing = existingId ? await get(existingId) : null;
      if (existing) return { feed: existing, created: false };
      const id = String(await redis.incr(keys.feedSequence));
      await redis.hset(keys.feed(id), {
        url: input.url,
        title: input.title ?? '',
        country: input.country ?? '',
        language: input.language ?? '',
        official: input.official ? '1' : '0',
        createdAt: String(now),
        primed: '0',
        failures: '0',
      });
      // Index last, so that an interrupted add leaves no index entry pointing at nothing; HSETNX
      // settles a race between two admins adding the same URL.
      if ((await redis.hsetnx(keys.feedUrls, input.url, id)) === 0) {
        await redis.del(keys.feed(id));
        const winner = await redis.hget(keys.feedUrls, input.url);
        const feed = winner ? await get(winner) : null;
        if (feed) return { feed, created: false };
        throw new Error(`feed index for ${input.url} points at nothing`);
      }
      await redis.sadd(keys.feedIds, id);
      return { feed: (await get(id))!, created: true };
    },
    async findByUrl(url) {
      const id = await redis.hget(keys.feedUrls, url);
      return id ? get(id) : null;
    },
    async list() {
      const ids = (await redis.smembers(keys.feedIds)).sort((a, b) => Number(a) - Number(b));
      const feeds = await Promise.all(ids.map(get));
      return feeds.filter((f): f is Feed => f !== null);
    },
    async remove(feedId) {
      const feed = await get(feedId);
      if (!feed) return false;
      await redis.srem(keys.feedIds, feedId);
      await redis.hdel(keys.feedUrls, feed.url);
      await redis.del(keys.feed(feedId), keys.feedSeen(feedId));
      return true;
    },
    async markPrimed(feedId) {
      await redis.hset(keys.feed(feedId), 'primed', '1');
    },
    async recordSuccess(feedId, update, now = Date.now()) {
      const fields: Record<string, string> = { lastSuccessAt: String(now), failures: '0', lastError: '' };
      if (update.etag !== undefined) fields.etag = update.etag;
      if (update.lastModified !== undefined) fields.lastModified = update.lastModified;
      if (update.title) fields.title = update.title;
      await redis.hset(keys.feed(feedId), fields);
    },
    async recordFailure(feedId, message, now = Date.now()) {
      await redis
        .multi()
        .hset(keys.feed(feedId), { lastError: message.slice(0, 500), lastErrorAt: String(now) })
        .hincrby(keys.feed(feedId), 'failures', 1)
        .exec();
    },
  };
}
