import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import { createScript } from './scripts.js';

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
  /** `FeedFetchError` code, `parse`, or `other`: lets admins read the error in their language. */
  lastErrorCode: string | null;
  lastErrorAt: number | null;
  /** Consecutive failed polls; a success resets it. */
  failures: number;
  /** Items in the feed at the last successful poll. */
  lastItemCount: number | null;
  /** Polls before this time return without fetching (backoff, Retry-After, max-age). */
  nextAttemptAt: number | null;
  disabled: boolean;
  disabledAt: number | null;
  /** The URL before a permanent redirect moved the feed. */
  movedFrom: string | null;
}

export interface NewFeed {
  url: string;
  title?: string | undefined;
  country?: string | null | undefined;
  language?: string | null | undefined;
  official?: boolean | undefined;
}

export type FeedPatch = Pick<NewFeed, 'title' | 'country' | 'language' | 'official'>;

export interface FeedSuccess {
  etag?: string | undefined;
  lastModified?: string | undefined;
  title?: string;
  itemCount?: number;
  /** Set when the server asked for a pause (`Cache-Control: max-age`); cleared otherwise. */
  nextAttemptAt?: number | null;
}

export interface FeedFailure {
  message: string;
  code?: string;
}

export interface FeedStore {
  /** Adds a feed, or returns the existing one with the same URL (`created` false). */
  add(feed: NewFeed, now?: number): Promise<{ feed: Feed; created: boolean }>;
  get(feedId: string): Promise<Feed | null>;
  findByUrl(url: string): Promise<Feed | null>;
  list(): Promise<Feed[]>;
  remove(feedId: string): Promise<boolean>;
  /** Changes what an admin or a feeds file says about a feed; undefined fields are left alone. */
  update(feedId: string, patch: FeedPatch): Promise<void>;
  markPrimed(feedId: string): Promise<void>;
  recordSuccess(feedId: string, update: FeedSuccess, now?: number): Promise<void>;
  /**
   * Records a failed poll; returns the number of consecutive failures, this one included. With
   * `backoff` (the next attempt's time after the 1st, 2nd, … consecutive failure, the last entry for
   * any later one) the feed is deferred in the same write, so no reader and no crash sees the error
   * without its backoff.
   */
  recordFailure(
    feedId: string,
    failure: FeedFailure | string,
    now?: number,
    backoff?: readonly number[],
  ): Promise<number>;
  /** No poll fetches the feed before `at`. */
  deferUntil(feedId: string, at: number): Promise<void>;
  /** Stops polling; true only for the call that disabled it (so admins are told once). */
  disable(feedId: string, now?: number): Promise<boolean>;
  /** Polls again at the next tick, failures forgotten; true when it was disabled. */
  enable(feedId: string): Promise<boolean>;
  /**
   * Points the feed at the URL a permanent redirect gave; false (and no change) when another
   * feed already has that URL.
   */
  moveUrl(feedId: string, url: string): Promise<boolean>;
  /**
   * Takes the feed's fetch slot for `ttlMs`; null when another poll is fetching it. A poll that
   * outlives its interval must not start a second fetch of the same feed beside it.
   */
  claimFetch(feedId: string, ttlMs: number): Promise<string | null>;
  releaseFetch(feedId: string, token: string): Promise<void>;
  /** What a feeds file last said about a URL (a fingerprint), so unchanged entries are applied once. */
  offered(url: string): Promise<string | null>;
  markOffered(url: string, fingerprint: string): Promise<void>;
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
    lastErrorCode: h.lastErrorCode || null,
    lastErrorAt: num(h.lastErrorAt),
    failures: Number(h.failures ?? 0),
    lastItemCount: num(h.lastItemCount),
    nextAttemptAt: num(h.nextAttemptAt),
    disabled: Boolean(h.disabledAt),
    disabledAt: num(h.disabledAt),
    movedFrom: h.movedFrom || null,
  };
}

function patchFields(patch: FeedPatch): Record<string, string> {
  const fields: Record<string, string> = {};
  if (patch.title !== undefined) fields.title = patch.title;
  if (patch.country !== undefined) fields.country = patch.country ?? '';
  if (patch.language !== undefined) fields.language = patch.language ?? '';
  if (patch.official !== undefined) fields.official = patch.official ? '1' : '0';
  return fields;
}

/** Deletes a lock only if it is still ours (it may have expired and been taken by another poll). */
const RELEASE_SCRIPT = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * A failed poll in one step: count it, keep its error, and defer the feed by the backoff its count
 * calls for (ARGV[4..], the entry for that count or the last one).
 */
const RECORD_FAILURE_SCRIPT = `
local failures = redis.call('hincrby', KEYS[1], 'failures', 1)
redis.call('hset', KEYS[1], 'lastError', ARGV[1], 'lastErrorCode', ARGV[2], 'lastErrorAt', ARGV[3])
local steps = #ARGV - 3
if steps > 0 then
  redis.call('hset', KEYS[1], 'nextAttemptAt', ARGV[3 + math.min(failures, steps)])
end
return failures`;

export function createFeedStore(redis: Redis, keys: Keys): FeedStore {
  const recordFailureScript = createScript(redis, RECORD_FAILURE_SCRIPT);
  // One hash for every file-offered URL, beside the URL index (both are global by nature).
  const offeredKey = `${keys.prefix}:feed-offered`;
  const fetchLock = (feedId: string) => `${keys.prefix}:{feed:${feedId}}:fetching`;
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
      if ((await redis.hget(keys.feedUrls, feed.url)) === feedId) await redis.hdel(keys.feedUrls, feed.url);
      await redis.del(keys.feed(feedId), keys.feedSeen(feedId));
      return true;
    },
    async update(feedId, patch) {
      const fields = patchFields(patch);
      // HSET on a removed feed would resurrect a hash without a URL; only touch live feeds.
      if (Object.keys(fields).length > 0 && (await redis.hexists(keys.feed(feedId), 'url'))) {
        await redis.hset(keys.feed(feedId), fields);
      }
    },
    async markPrimed(feedId) {
      await redis.hset(keys.feed(feedId), 'primed', '1');
    },
    async recordSuccess(feedId, update, now = Date.now()) {
      const fields: Record<string, string> = {
        lastSuccessAt: String(now),
        failures: '0',
        lastError: '',
        lastErrorCode: '',
        nextAttemptAt: update.nextAttemptAt ? String(update.nextAttemptAt) : '',
      };
      if (update.etag !== undefined) fields.etag = update.etag;
      if (update.lastModified !== undefined) fields.lastModified = update.lastModified;
      if (update.title) fields.title = update.title;
      if (update.itemCount !== undefined) fields.lastItemCount = String(update.itemCount);
      await redis.hset(keys.feed(feedId), fields);
    },
    async recordFailure(feedId, failure, now = Date.now(), backoff = []) {
      const { message, code } = typeof failure === 'string' ? { message: failure, code: undefined } : failure;
      const failures = await recordFailureScript(
        [keys.feed(feedId)],
        [message.slice(0, 500), code ?? '', String(now), ...backoff.map(String)],
      );
      return Number(failures);
    },
    async deferUntil(feedId, at) {
      await redis.hset(keys.feed(feedId), 'nextAttemptAt', String(at));
    },
    async disable(feedId, now = Date.now()) {
      return (await redis.hsetnx(keys.feed(feedId), 'disabledAt', String(now))) === 1;
    },
    async enable(feedId) {
      const results = await redis
        .multi()
        .hget(keys.feed(feedId), 'disabledAt')
        .hdel(keys.feed(feedId), 'disabledAt', 'nextAttemptAt')
        .hset(keys.feed(feedId), 'failures', '0')
        .exec();
      return Boolean(results?.[0]?.[1]);
    },
    async moveUrl(feedId, url) {
      const feed = await get(feedId);
      if (!feed || feed.url === url) return Boolean(feed);
      // The new URL is indexed first: a crash halfway leaves both URLs pointing at this feed,
      // which the next redirect repairs, never a feed without an index entry.
      const claimed =
        (await redis.hsetnx(keys.feedUrls, url, feedId)) === 1 ||
        (await redis.hget(keys.feedUrls, url)) === feedId;
      if (!claimed) return false;
      await redis.hset(keys.feed(feedId), { url, movedFrom: feed.url });
      if ((await redis.hget(keys.feedUrls, feed.url)) === feedId) await redis.hdel(keys.feedUrls, feed.url);
      return true;
    },
    async claimFetch(feedId, ttlMs) {
      const token = randomUUID();
      return (await redis.set(fetchLock(feedId), token, 'PX', ttlMs, 'NX')) === 'OK' ? token : null;
    },
    async releaseFetch(feedId, token) {
      await redis.eval(RELEASE_SCRIPT, 1, fetchLock(feedId), token);
    },
    async offered(url) {
      return redis.hget(offeredKey, url);
    },
    async markOffered(url, fingerprint) {
      await redis.hset(offeredKey, url, fingerprint);
    },
  };
}
