import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdminMessage } from '../../../jobs/feed-alerts.js';
import { createPollFeed } from '../../../jobs/poll-feed.js';
import type { PollFeedData } from '../../../jobs/queues.js';
import { parseFeed } from '../../../src/feeds/parse.js';
import { FeedFetchError, type FetchRequest, type FetchResult } from '../../../src/feeds/types.js';
import { createStore, type Store } from '../../../src/store/index.js';
import { emptyClassifier } from '../../support/classifier-stub.js';
import { connectTestRedis, dropPrefix, uniquePrefix } from '../../support/redis.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>MFA</title>
<item><guid>a</guid><title>Azerbaijan and Italy</title><description>x</description></item></channel></rss>`;

const classifier = emptyClassifier();

let redis: Redis;
let prefix: string;
let store: Store;
let now: number;
let requests: FetchRequest[];
let answer: (request: FetchRequest) => FetchResult;
let alerts: AdminMessage[];

beforeEach(async () => {
  redis ??= connectTestRedis();
  prefix = uniquePrefix('poll-health');
  store = createStore(redis, prefix);
  now = Date.parse('2026-11-28T10:00:00Z');
  requests = [];
  alerts = [];
  answer = (request) => ({ status: 'ok', body: RSS, finalUrl: request.url });
  return () => dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis?.quit();
});

function poller(policy = {}) {
  return createPollFeed({
    feeds: store.feeds,
    items: store.items,
    fetchFeed: async (request) => {
      requests.push(request);
      return answer(request);
    },
    parseFeed,
    classifier,
    publish: async () => ({ chats: 0 }),
    logger: pino({ level: 'silent' }),
    now: () => now,
    notifyAdmins: async (message) => void alerts.push(message),
    healthPolicy: policy,
  });
}

const job = (feedId: string) => ({ id: 'j', data: { feedId } }) as unknown as Job<PollFeedData>;
const failWith = (error: Error) => () => {
  throw error;
};

describe('poll health', () => {
  it('backs off exponentially after failures and skips polls before the next attempt without fetching', async () => {
    const { feed } = await store.feeds.add({ url: 'https://mfa.example/rss' });
    const poll = poller();
    answer = failWith(new FeedFetchError('http-status', 'mfa.example answered HTTP 502 Bad Gateway', 502));
    expect(await poll(job(feed.id))).toEqual({ failed: 'mfa.example answered HTTP 502 Bad Gateway' });
    expect(await store.feeds.get(feed.id)).toMatchObject({
      failures: 1,
      lastErrorCode: 'http-status',
      nextAttemptAt: now + 300_000,
    });

    now += 299_000;
    expect(await poll(job(feed.id))).toEqual({ skipped: 'backoff' });
    expect(requests).toHaveLength(1);

    now += 1000;
    await poll(job(feed.id));
    expect(requests).toHaveLength(2);
    expect((await store.feeds.get(feed.id))?.nextAttemptAt).toBe(now + 600_000);

    // The backoff doubles up to its cap of 6 hours.
    for (let i = 0; i < 6; i++) {
      now = (await store.feeds.get(feed.id))!.nextAttemptAt!;
      await poll(job(feed.id));
    }
    expect(await store.feeds.get(feed.id)).toMatchObject({
      failures: 8,
      nextAttemptAt: now + 6 * 3600_000,
      disabled: false,
    });

    // A success clears failures and backoff.
    now = (await store.feeds.get(feed.id))!.nextAttemptAt!;
    answer = (request) => ({ status: 'ok', body: RSS, finalUrl: request.url });
    expect(await poll(job(feed.id))).toMatchObject({ fetched: 1, primed: true });
    expect(await store.feeds.get(feed.id)).toMatchObject({
      failures: 0,
      lastError: null,
      nextAttemptAt: null,
      lastItemCount: 1,
    });
  });

  it('waits as long as Retry-After asks when that is longer than the backoff', async () => {
    const { feed } = await store.feeds.add({ url: 'https://mfa.example/rss' });
    answer = failWith(new FeedFetchError('http-status', 'HTTP 429', 429, 7200));
    await poller()(job(feed.id));
    expect((await store.feeds.get(feed.id))?.nextAttemptAt).toBe(now + 7200_000);
  });

  it('honours Cache-Control max-age within an hour, on 200 and on 304', async () => {
    const { feed } = await store.feeds.add({ url: 'https://mfa.example/rss' });
    const poll = poller();
    answer = (request) => ({
      status: 'ok',
      body: RSS,
      finalUrl: request.url,
      maxAgeSeconds: 900,
      etag: '"v1"',
    });
    await poll(job(feed.id));
    expect((await store.feeds.get(feed.id))?.nextAttemptAt).toBe(now + 900_000);
    expect(await poll(job(feed.id))).toEqual({ skipped: 'backoff' });
    now += 900_000;
    answer = (request) => ({ status: 'not-modified', finalUrl: request.url, maxAgeSeconds: 86_400 });
    expect(await poll(job(feed.id))).toEqual({ notModified: true });
    expect(requests.at(-1)).toMatchObject({ etag: '"v1"' });
    expect((await store.feeds.get(feed.id))?.nextAttemptAt).toBe(now + 3600_000);
  });

  it('disables a feed after N failures, tells the admins once, and polls it again once enabled', async () => {
    const { feed } = await store.feeds.add({ url: 'https://mfa.example/rss', title: 'MFA' });
    const poll = poller({ disableAfter: 3, baseSeconds: 1 });
    answer = failWith(new Error('this is a web page, not an RSS or Atom feed'));
    for (let i = 0; i < 3; i++) {
      await poll(job(feed.id));
      now += 3600_000;
    }
    expect(await store.feeds.get(feed.id)).toMatchObject({
      disabled: true,
      failures: 3,
      lastErrorCode: 'other',
    });
    expect(alerts).toEqual([
      {
        key: 'feed.disabled_alert',
        values: {
          id: feed.id,
          title: 'MFA',
          url: 'https://mfa.example/rss',
          failures: 3,
          error: 'this is a web page, not an RSS or Atom feed',
        },
      },
    ]);
    expect(await poll(job(feed.id))).toEqual({ skipped: 'disabled' });
    expect(requests).toHaveLength(3);
    expect(alerts).toHaveLength(1);

    await store.feeds.enable(feed.id);
    answer = (request) => ({ status: 'ok', body: RSS, finalUrl: request.url });
    expect(await poll(job(feed.id))).toMatchObject({ fetched: 1 });
    expect(requests).toHaveLength(4);
  });

  it('fetches a feed once at a time: a poll that overlaps a slow one returns at once', async () => {
    const { feed } = await store.feeds.add({ url: 'https://slow.example/rss' });
    const poll = poller();
    let finish: () => void = () => {};
    const slow = new Promise<void>((resolve) => (finish = resolve));
    let calls = 0;
    const poll1 = createPollFeed({
      feeds: store.feeds,
      items: store.items,
      fetchFeed: async (request) => {
        calls++;
        await slow;
        return { status: 'ok', body: RSS, finalUrl: request.url };
      },
      parseFeed,
      classifier,
      publish: async () => ({ chats: 0 }),
      logger: pino({ level: 'silent' }),
      now: () => now,
    });
    const first = poll1(job(feed.id));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await poll(job(feed.id))).toEqual({ skipped: 'in-flight' });
    expect(requests).toHaveLength(0);
    finish();
    expect(await first).toMatchObject({ fetched: 1 });
    expect(calls).toBe(1);
    expect(await poll(job(feed.id))).toMatchObject({ fetched: 1 });
    expect(requests).toHaveLength(1);
  });

  it('follows a permanent redirect to a working feed, unless another feed has that URL', async () => {
    const { feed } = await store.feeds.add({ url: 'http://mfa.example/rss' });
    const { feed: other } = await store.feeds.add({ url: 'https://taken.example/rss' });
    const poll = poller();
    // A 301 to something that is not a feed moves nothing.
    answer = () => ({
      status: 'ok',
      body: '<html><body>moved</body></html>',
      finalUrl: 'https://mfa.example/rss',
      permanentRedirect: 'https://mfa.example/rss',
    });
    expect(await poll(job(feed.id))).toHaveProperty('failed');
    expect((await store.feeds.get(feed.id))?.url).toBe('http://mfa.example/rss');

    now += 3600_000;
    answer = () => ({
      status: 'ok',
      body: RSS,
      finalUrl: 'https://mfa.example/rss',
      permanentRedirect: 'https://mfa.example/rss',
    });
    await poll(job(feed.id));
    expect((await store.feeds.get(feed.id))?.url).toBe('https://mfa.example/rss');
    expect((await store.feeds.findByUrl('https://mfa.example/rss'))?.id).toBe(feed.id);

    answer = () => ({ status: 'ok', body: RSS, finalUrl: other.url, permanentRedirect: other.url });
    await poll(job(feed.id));
    expect((await store.feeds.get(feed.id))?.url).toBe('https://mfa.example/rss');
    expect((await store.feeds.findByUrl(other.url))?.id).toBe(other.id);
  });
});
