import type { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createFeedStore, type FeedStore } from '../../../src/store/feeds.js';
import { createKeys } from '../../../src/store/keys.js';
import { connectTestRedis, dropPrefix, uniquePrefix } from '../../support/redis.js';

let redis: Redis;
let prefix: string;
let feeds: FeedStore;

beforeEach(async () => {
  redis ??= connectTestRedis();
  prefix = uniquePrefix('feeds');
  feeds = createFeedStore(redis, createKeys(prefix));
  return () => dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis?.quit();
});

describe('feed health in the store', () => {
  it('counts consecutive failures with their code, and a success clears them and the backoff', async () => {
    const { feed } = await feeds.add({ url: 'https://mfa.example/rss' });
    expect(
      await feeds.recordFailure(
        feed.id,
        { message: 'mfa.example answered HTTP 503', code: 'http-status' },
        10,
      ),
    ).toBe(1);
    expect(await feeds.recordFailure(feed.id, 'plain message', 20)).toBe(2);
    await feeds.deferUntil(feed.id, 5000);
    expect(await feeds.get(feed.id)).toMatchObject({
      failures: 2,
      lastError: 'plain message',
      lastErrorCode: null,
      lastErrorAt: 20,
      nextAttemptAt: 5000,
    });
    await feeds.recordSuccess(feed.id, { etag: '"e"', itemCount: 7 }, 30);
    expect(await feeds.get(feed.id)).toMatchObject({
      failures: 0,
      lastError: null,
      nextAttemptAt: null,
      lastItemCount: 7,
      lastSuccessAt: 30,
    });
    await feeds.recordSuccess(feed.id, { nextAttemptAt: 9000 }, 40);
    expect((await feeds.get(feed.id))?.nextAttemptAt).toBe(9000);
  });

  it('defers a failing feed in the same write as its error, by the backoff its count calls for', async () => {
    const { feed } = await feeds.add({ url: 'https://mfa.example/rss' });
    const backoff = [1000, 2000, 4000];
    expect(await feeds.recordFailure(feed.id, 'down', 10, backoff)).toBe(1);
    expect(await feeds.get(feed.id)).toMatchObject({ failures: 1, lastError: 'down', nextAttemptAt: 1000 });
    await feeds.recordFailure(feed.id, 'down', 20, backoff);
    expect((await feeds.get(feed.id))?.nextAttemptAt).toBe(2000);
    await feeds.recordFailure(feed.id, 'down', 30, backoff);
    // Beyond the list, the last entry holds.
    expect(await feeds.recordFailure(feed.id, 'down', 40, backoff)).toBe(4);
    expect((await feeds.get(feed.id))?.nextAttemptAt).toBe(4000);
  });

  it('disables a feed once and enables it with failures and backoff forgotten', async () => {
    const { feed } = await feeds.add({ url: 'https://mfa.example/rss' });
    await feeds.recordFailure(feed.id, 'down');
    await feeds.deferUntil(feed.id, Date.now() + 60_000);
    expect(await feeds.disable(feed.id, 100)).toBe(true);
    expect(await feeds.disable(feed.id, 200)).toBe(false);
    expect(await feeds.get(feed.id)).toMatchObject({ disabled: true, disabledAt: 100 });
    expect(await feeds.enable(feed.id)).toBe(true);
    expect(await feeds.get(feed.id)).toMatchObject({
      disabled: false,
      disabledAt: null,
      failures: 0,
      nextAttemptAt: null,
    });
    expect(await feeds.enable(feed.id)).toBe(false);
  });

  it('moves a feed to its new URL, index included, unless another feed has it', async () => {
    const { feed: a } = await feeds.add({ url: 'http://old.example/rss' });
    const { feed: b } = await feeds.add({ url: 'https://taken.example/rss' });
    expect(await feeds.moveUrl(a.id, 'https://new.example/rss')).toBe(true);
    expect(await feeds.get(a.id)).toMatchObject({
      url: 'https://new.example/rss',
      movedFrom: 'http://old.example/rss',
    });
    expect((await feeds.findByUrl('https://new.example/rss'))?.id).toBe(a.id);
    expect(await feeds.findByUrl('http://old.example/rss')).toBeNull();
    expect(await feeds.moveUrl(a.id, 'https://taken.example/rss')).toBe(false);
    expect((await feeds.get(a.id))?.url).toBe('https://new.example/rss');
    expect((await feeds.findByUrl('https://taken.example/rss'))?.id).toBe(b.id);
    // A moved feed removed later leaves no index entry behind.
    expect(await feeds.remove(a.id)).toBe(true);
    expect(await redis.hgetall(`${prefix}:feed-urls`)).toEqual({ 'https://taken.example/rss': b.id });
  });

  it('updates only the details given, and never resurrects a removed feed', async () => {
    const { feed } = await feeds.add({ url: 'https://mfa.example/rss', country: 'AZ', official: true });
    await feeds.update(feed.id, { language: 'en' });
    expect(await feeds.get(feed.id)).toMatchObject({ country: 'AZ', language: 'en', official: true });
    await feeds.update(feed.id, { country: null, official: false });
    expect(await feeds.get(feed.id)).toMatchObject({ country: null, language: 'en', official: false });
    await feeds.remove(feed.id);
    await feeds.update(feed.id, { title: 'ghost' });
    expect(await redis.exists(`${prefix}:{feed:${feed.id}}:meta`)).toBe(0);
  });

  it('lets one poll at a time fetch a feed, and releases only its own claim', async () => {
    const first = await feeds.claimFetch('1', 60_000);
    expect(first).toBeTruthy();
    expect(await feeds.claimFetch('1', 60_000)).toBeNull();
    await feeds.releaseFetch('1', 'someone else');
    expect(await feeds.claimFetch('1', 60_000)).toBeNull();
    await feeds.releaseFetch('1', first!);
    const second = await feeds.claimFetch('1', 50);
    expect(second).toBeTruthy();
    // A claim that outlives its holder (a crashed worker) expires.
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await feeds.claimFetch('1', 60_000)).toBeTruthy();
  });

  it('remembers what a feeds file offered per URL', async () => {
    expect(await feeds.offered('https://mfa.example/rss')).toBeNull();
    await feeds.markOffered('https://mfa.example/rss', 'abc');
    expect(await feeds.offered('https://mfa.example/rss')).toBe('abc');
  });
});
