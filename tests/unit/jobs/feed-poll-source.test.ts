import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createPollFeed } from '../../../jobs/poll-feed.js';
import type { PollFeedData } from '../../../jobs/queues.js';
import type { ClassifyInput } from '../../../src/domain/classify/index.js';
import { parseFeed } from '../../../src/feeds/parse.js';
import { createStore, type Store } from '../../../src/store/index.js';
import { emptyClassifier } from '../../support/classifier-stub.js';
import { connectTestRedis, dropPrefix, uniquePrefix } from '../../support/redis.js';

const rss = (guid: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>
<item><guid>${guid}</guid><title>Brazil and Argentina sign a trade deal</title><description>x</description></item></channel></rss>`;

let redis: Redis;
let prefix: string;
let store: Store;
let body: string;
const seen: ClassifyInput[] = [];

beforeEach(async () => {
  redis ??= connectTestRedis();
  prefix = uniquePrefix('poll-source');
  store = createStore(redis, prefix);
  seen.length = 0;
  return () => dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis?.quit();
});

const classifier = emptyClassifier(seen);

async function pollTwice(official: boolean): Promise<ClassifyInput | undefined> {
  const { feed } = await store.feeds.add({ url: 'https://agency.example/rss', country: 'AZ', official });
  const poll = createPollFeed({
    feeds: store.feeds,
    items: store.items,
    fetchFeed: async (request) => ({ status: 'ok', body, finalUrl: request.url }),
    parseFeed,
    classifier,
    publish: async () => ({ chats: 0 }),
    logger: pino({ level: 'silent' }),
    now: () => Date.now(),
    notifyAdmins: async () => {},
  });
  const job = { id: 'j', data: { feedId: feed.id } } as unknown as Job<PollFeedData>;
  body = rss('first');
  await poll(job); // the first poll only records what the feed holds
  body = rss('second');
  await poll(job);
  return seen.at(-1);
}

describe("the feed's country reaches the classifier as the source only for a ministry's own feed", () => {
  it('an official feed passes its country: an actor in every item', async () => {
    const input = await pollTwice(true);
    expect(input?.sourceCountry).toBe('AZ');
    expect(input?.pressCountry).toBeUndefined();
  });

  it("a press feed does not: an agency's country is no party to what it reports", async () => {
    const input = await pollTwice(false);
    expect(input?.title).toBe('Brazil and Argentina sign a trade deal');
    expect(input?.sourceCountry).toBeUndefined();
    expect(input?.pressCountry).toBe('AZ');
  });
});
