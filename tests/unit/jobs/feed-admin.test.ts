import type { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createFeedAdmin, type FeedAdmin } from '../../../jobs/feed-admin.js';
import { createCountryDetector } from '../../../jobs/feed-country.js';
import type { FeedSchedule } from '../../../jobs/feed-schedule.js';
import { parseFeed } from '../../../src/feeds/parse.js';
import { FeedFetchError, type FetchRequest, type FetchResult } from '../../../src/feeds/types.js';
import { createStore, type Store } from '../../../src/store/index.js';
import { connectTestRedis, dropPrefix, uniquePrefix } from '../../support/redis.js';

const rss = (items: string[], language = '') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Test MFA</title>${
    language ? `<language>${language}</language>` : ''
  }${items.map((title, i) => `<item><guid>${i}</guid><title>${title}</title><description>${title}</description></item>`).join('')}</channel></rss>`;

let redis: Redis;
let prefix: string;
let store: Store;
let admin: FeedAdmin;
let scheduled: string[];
let requests: FetchRequest[];
let answer: (request: FetchRequest) => FetchResult;

beforeEach(async () => {
  redis ??= connectTestRedis();
  prefix = uniquePrefix('feed-admin');
  store = createStore(redis, prefix);
  scheduled = [];
  requests = [];
  answer = (request) => ({ status: 'ok', body: rss(['News'], 'en-us'), finalUrl: request.url });
  const schedule: FeedSchedule = {
    schedule: async (id) => void scheduled.push(id),
    unschedule: async (id) => void (scheduled = scheduled.filter((s) => s !== id)),
  };
  admin = createFeedAdmin({
    feeds: store.feeds,
    schedule,
    fetchFeed: async (request) => {
      requests.push(request);
      return answer(request);
    },
    parseFeed,
    detectCountry: createCountryDetector({
      hosts: () =>
        new Map([
          ['mfa.gov.az', 'AZ'],
          ['state.gov', 'US'],
        ]),
    }),
  });
  return () => dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis?.quit();
});

describe('feed admin', () => {
  it('fetches once before accepting and reports title, items, declared language and country', async () => {
    const result = await admin.add({ url: 'https://www.mfa.gov.az/en/rss#top' }, { verify: true });
    expect(result).toMatchObject({
      ok: true,
      created: true,
      check: { title: 'Test MFA', itemCount: 1, language: 'en-us', country: { code: 'AZ', source: 'host' } },
      feed: { url: 'https://www.mfa.gov.az/en/rss', title: 'Test MFA', country: 'AZ', language: null },
    });
    expect(scheduled).toHaveLength(1);
    expect(requests).toEqual([{ url: 'https://www.mfa.gov.az/en/rss' }]);
  });

  it('takes the country option first, then known hosts, then the ccTLD, then the items', async () => {
    const country = async (url: string, options: { country?: string } = {}) => {
      const result = await admin.add({ url, ...options }, { verify: true });
      return result.ok ? result.check?.country : result.problem;
    };
    expect(await country('https://travel.state.gov/a', { country: 'it' })).toEqual({
      code: 'IT',
      source: 'option',
    });
    expect(await country('https://travel.state.gov/b')).toEqual({ code: 'US', source: 'host' });
    expect(await country('https://www.gov.uk/fcdo.atom')).toEqual({ code: 'GB', source: 'tld' });
    expect(await country('https://news.example.io/rss')).toBeNull();
    answer = (request) => ({
      status: 'ok',
      body: rss([
        'Georgia and Armenia sign a treaty',
        'Tbilisi hosts talks',
        'Georgian minister visits Paris',
        'Weather',
      ]),
      finalUrl: request.url,
    });
    expect(await country('https://agency.example.com/rss')).toMatchObject({
      code: 'GE',
      source: 'items',
      count: 3,
      of: 4,
    });
  });

  it('refuses what does not work and says why, with a stable code', async () => {
    answer = () => {
      throw new FeedFetchError('http-status', 'mfa.example answered HTTP 500 Internal Server Error', 500);
    };
    expect(await admin.add({ url: 'https://mfa.example/rss' }, { verify: true })).toEqual({
      ok: false,
      problem: {
        code: 'http-status',
        message: 'mfa.example answered HTTP 500 Internal Server Error',
        retryAfterSeconds: undefined,
      },
    });
    answer = (request) => ({ status: 'ok', body: '<html><body>Hello</body></html>', finalUrl: request.url });
    expect(await admin.add({ url: 'https://mfa.example/rss' }, { verify: true })).toMatchObject({
      ok: false,
      problem: { code: 'parse' },
    });
    expect(await admin.add({ url: 'ftp://mfa.example/rss' }, { verify: true })).toMatchObject({
      ok: false,
      problem: { code: 'not-http' },
    });
    expect(await store.feeds.list()).toEqual([]);
    expect(scheduled).toEqual([]);
  });

  it('re-adding applies the new details without fetching, and re-enables a disabled feed after a check', async () => {
    const first = await admin.add({ url: 'https://mfa.example/rss', country: 'AZ' }, { verify: true });
    if (!first.ok) throw new Error('not added');
    const again = await admin.add(
      { url: 'https://mfa.example/rss', official: true, language: 'en' },
      { verify: true },
    );
    expect(again).toMatchObject({
      ok: true,
      created: false,
      reenabled: false,
      check: null,
      feed: { country: 'AZ', official: true, language: 'en' },
    });
    expect(requests).toHaveLength(1);

    await store.feeds.disable(first.feed.id);
    answer = () => {
      throw new FeedFetchError('timeout', 'mfa.example did not deliver the feed within 20 s');
    };
    expect(await admin.add({ url: 'https://mfa.example/rss' }, { verify: true })).toMatchObject({
      ok: false,
      problem: { code: 'timeout' },
    });
    expect((await store.feeds.get(first.feed.id))?.disabled).toBe(true);
    answer = (request) => ({ status: 'ok', body: rss(['a', 'b']), finalUrl: request.url });
    expect(await admin.add({ url: 'https://mfa.example/rss' }, { verify: true })).toMatchObject({
      ok: true,
      reenabled: true,
      check: { itemCount: 2 },
    });
    expect((await store.feeds.get(first.feed.id))?.disabled).toBe(false);
  });

  it('finds, disables, enables, updates and removes by id or URL', async () => {
    const added = await admin.add({ url: 'https://mfa.example/rss' });
    if (!added.ok) throw new Error('not added');
    const id = added.feed.id;
    expect((await admin.find(`#${id}`))?.id).toBe(id);
    expect((await admin.find('https://mfa.example/rss#x'))?.id).toBe(id);
    expect(await admin.find('nonsense')).toBeNull();
    expect(await admin.setEnabled(id, false)).toMatchObject({ disabled: true });
    expect(await admin.setEnabled(id, true)).toMatchObject({ disabled: false });
    expect(await admin.update(id, { country: 'FR' })).toMatchObject({ country: 'FR' });
    expect(await admin.setEnabled('999', true)).toBeNull();
    expect((await admin.remove('https://mfa.example/rss'))?.id).toBe(id);
    expect(scheduled).toEqual([]);
    expect(await admin.list()).toEqual([]);
  });
});
