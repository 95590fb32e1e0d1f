import type { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { normaliseFeedUrl } from '../../../jobs/feed-admin.js';
import type { FeedSchedule } from '../../../jobs/feed-schedule.js';
import { seedFeeds } from '../../../jobs/feed-seed.js';
import { createStore, type Store } from '../../../src/store/index.js';
import type { NewFeed } from '../../../src/store/feeds.js';
import { connectTestRedis, dropPrefix, uniquePrefix } from '../../support/redis.js';

let redis: Redis;
let prefix: string;
let store: Store;
let scheduled: string[];

beforeEach(async () => {
  redis ??= connectTestRedis();
  prefix = uniquePrefix('seed');
  store = createStore(redis, prefix);
  scheduled = [];
  return () => dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis?.quit();
});

const schedule: FeedSchedule = {
  schedule: async (id) => void scheduled.push(id),
  unschedule: async () => {},
};
const seed = (entries: NewFeed[]) =>
  seedFeeds(entries, { feeds: store.feeds, schedule, normaliseUrl: normaliseFeedUrl });

const AZ = {
  url: 'https://report.az/en/rss/',
  title: 'Report',
  country: 'AZ',
  language: 'en',
  official: false,
};
const UN = {
  url: 'https://news.un.org/feed/subscribe/en/news/all/rss.xml',
  title: 'UN News',
  country: null,
  language: 'en',
  official: true,
};

describe('applying a feeds file at start', () => {
  it('adds each entry once, however often it starts', async () => {
    expect(await seed([AZ, UN])).toEqual({ added: 2, updated: 0, unchanged: 0, keptRemoved: 0, invalid: 0 });
    expect(await seed([AZ, UN])).toEqual({ added: 0, updated: 0, unchanged: 2, keptRemoved: 0, invalid: 0 });
    expect((await store.feeds.list()).map((f) => [f.url, f.title, f.country, f.official])).toEqual([
      [AZ.url, 'Report', 'AZ', false],
      [UN.url, 'UN News', null, true],
    ]);
    expect(scheduled).toHaveLength(2);
  });

  it('never adds back a feed an admin removed, nor overwrites what an admin changed', async () => {
    await seed([AZ, UN]);
    const un = (await store.feeds.findByUrl(UN.url))!;
    const az = (await store.feeds.findByUrl(AZ.url))!;
    await store.feeds.remove(un.id);
    await store.feeds.update(az.id, { country: 'TR' });
    expect(await seed([AZ, UN])).toMatchObject({ added: 0, unchanged: 2 });
    expect((await store.feeds.list()).map((f) => [f.url, f.country])).toEqual([[AZ.url, 'TR']]);
    // An entry edited in the file later updates the feed, but still does not resurrect the removed one.
    expect(
      await seed([
        { ...AZ, title: 'Report News Agency' },
        { ...UN, title: 'UN News – all' },
      ]),
    ).toMatchObject({ updated: 1, keptRemoved: 1 });
    expect(await store.feeds.get(az.id)).toMatchObject({ title: 'Report News Agency', country: 'AZ' });
    expect(await store.feeds.findByUrl(UN.url)).toBeNull();
  });

  it('adopts a feed an admin added before the file listed it, filling in what the file knows', async () => {
    const { feed } = await store.feeds.add({ url: AZ.url, official: true });
    expect(await seed([{ ...AZ, country: null }])).toMatchObject({ added: 0, updated: 1 });
    expect(await store.feeds.get(feed.id)).toMatchObject({
      title: 'Report',
      language: 'en',
      country: null,
      official: false,
    });
    expect(scheduled).toEqual([]);
  });

  it('does not add a feed again under the URL it moved away from', async () => {
    await seed([AZ]);
    const az = (await store.feeds.findByUrl(AZ.url))!;
    await store.feeds.moveUrl(az.id, 'https://report.az/en/rss/v2/');
    expect(await seed([AZ])).toMatchObject({ added: 0, unchanged: 1 });
    expect(await store.feeds.list()).toHaveLength(1);
  });

  it('skips URLs that are not http(s)', async () => {
    expect(await seed([{ url: 'ftp://mfa.example/rss' }, { url: 'not a url' }])).toMatchObject({
      invalid: 2,
      added: 0,
    });
    expect(await store.feeds.list()).toEqual([]);
  });
});
