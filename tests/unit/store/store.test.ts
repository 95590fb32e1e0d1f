import type { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../src/store/index.js';
import { storedItemId, type StoredItem } from '../../../src/store/items.js';
import { connectTestRedis, dropPrefix, uniquePrefix } from '../../support/redis.js';

let redis: Redis;
let prefix: string;
let store: Store;

beforeEach(async () => {
  redis ??= connectTestRedis();
  prefix = uniquePrefix('store');
  store = createStore(redis, prefix);
  return () => dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis?.quit();
});

const item = (id: string): StoredItem => ({
  id,
  feedId: '1',
  title: 't',
  link: null,
  summary: '',
  published: null,
  source: 'MFA',
  official: true,
  countries: ['AZ', 'IT'],
  pair: ['AZ', 'IT'],
  topics: [],
  language: 'en',
  seenAt: 1,
});

describe('feeds', () => {
  it('adds a feed once per URL and removes it with its seen-set', async () => {
    const first = await store.feeds.add({ url: 'https://mfa.example/rss', country: 'AZ', official: true });
    const again = await store.feeds.add({ url: 'https://mfa.example/rss' });
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, feed: { id: first.feed.id } });
    expect(first.feed).toMatchObject({ country: 'AZ', official: true, primed: false, failures: 0 });
    await store.items.markSeen(first.feed.id, ['x']);
    expect(await store.feeds.remove(first.feed.id)).toBe(true);
    expect(await store.feeds.list()).toEqual([]);
    expect(await redis.keys(`${prefix}:*`)).toEqual([`${prefix}:feed-seq`]);
  });

  it('settles two concurrent adds of one URL on one feed', async () => {
    const results = await Promise.all([1, 2, 3].map(() => store.feeds.add({ url: 'https://mfa.example/race' })));
    expect(new Set(results.map((r) => r.feed.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await store.feeds.list()).toHaveLength(1);
  });

  it('counts failures and resets them on success', async () => {
    const { feed } = await store.feeds.add({ url: 'https://mfa.example/rss' });
    await store.feeds.recordFailure(feed.id, 'HTTP 500', 10);
    await store.feeds.recordFailure(feed.id, 'HTTP 502', 20);
    expect(await store.feeds.get(feed.id)).toMatchObject({ failures: 2, lastError: 'HTTP 502', lastErrorAt: 20 });
    await store.feeds.recordSuccess(feed.id, { etag: '"e1"' }, 30);
    expect(await store.feeds.get(feed.id)).toMatchObject({ failures: 0, lastError: null, etag: '"e1"', lastSuccessAt: 30 });
  });
});

describe('subscriptions', () => {
  it('keeps the inverted index in step with each chat', async () => {
    await store.subscriptions.add(1, { target: { kind: 'pair', codes: ['AZ', 'IT'] }, topics: [] });
    await store.subscriptions.add(2, { target: { kind: 'country', code: 'AZ' }, topics: ['energy'] });
    await store.subscriptions.add(3, { target: { kind: 'country', code: 'FR' }, topics: [] });
    expect((await store.subscriptions.chatsFor(['AZ', 'IT', 'AZ-IT'])).sort()).toEqual([1, 2]);
    expect(await store.subscriptions.remove(1, 'AZ-IT')).toBe(true);
    expect(await store.subscriptions.remove(1, 'AZ-IT')).toBe(false);
    expect(await store.subscriptions.chatsFor(['AZ-IT'])).toEqual([]);
    expect(await store.subscriptions.removeAll(2)).toBe(1);
    expect(await store.subscriptions.chatsFor(['AZ'])).toEqual([]);
    expect(await store.subscriptions.list(3)).toEqual([{ target: { kind: 'country', code: 'FR' }, topics: [] }]);
  });
});

describe('items and deliveries', () => {
  it('remembers seen ids per feed', async () => {
    expect(await store.items.unseen('1', ['a', 'b'])).toEqual(['a', 'b']);
    await store.items.markSeen('1', ['a']);
    expect(await store.items.unseen('1', ['a', 'b'])).toEqual(['b']);
    expect(await store.items.unseen('2', ['a'])).toEqual(['a']);
  });

  it('stores items with an expiry and reads back the ones that exist', async () => {
    await store.items.save(item('1-x'));
    expect(await store.items.getMany(['1-x', '1-missing'])).toEqual([item('1-x')]);
    expect(await redis.ttl(`${prefix}:{item:1-x}`)).toBeGreaterThan(0);
  });

  it('marks (chat, item) sent once', async () => {
    await store.deliveries.recordSent(7, ['a', 'b'], { messageId: 1, itemIds: ['a', 'b'] });
    expect(await store.deliveries.unsent(7, ['a', 'b', 'c'])).toEqual(['c']);
    expect(await store.deliveries.unsent(8, ['a'])).toEqual(['a']);
  });

  it('derives stable, feed-scoped item ids', () => {
    expect(storedItemId('1', 'guid-1')).toBe(storedItemId('1', 'guid-1'));
    expect(storedItemId('1', 'guid-1')).not.toBe(storedItemId('2', 'guid-1'));
    expect(storedItemId('1', 'guid-1')).toMatch(/^1-[A-Za-z0-9_-]{16}$/);
  });
});

describe('chats', () => {
  it('paces sends per chat: each slot one interval after the previous, shared by every caller', async () => {
    await store.chats.ensure(9, 'en');
    const now = 1_000_000;
    const waits = await Promise.all([0, 1, 2, 3].map(() => store.chats.reserveSendSlot(9, 1000, now)));
    expect(waits.sort((a, b) => a - b)).toEqual([0, 1000, 2000, 3000]);
    expect(await store.chats.reserveSendSlot(9, 1000, now + 10_000)).toBe(0);
  });

  it('holds one delivery lock per chat', async () => {
    const token = await store.chats.lockDelivery(9, 10_000);
    expect(token).toBeTruthy();
    expect(await store.chats.lockDelivery(9, 10_000)).toBeNull();
    await store.chats.unlockDelivery(9, 'not-the-holder');
    expect(await store.chats.lockDelivery(9, 10_000)).toBeNull();
    await store.chats.unlockDelivery(9, token!);
    expect(await store.chats.lockDelivery(9, 10_000)).toBeTruthy();
  });

  it('creates a chat once, keeps its language, deactivates and restores it', async () => {
    expect(await store.chats.ensure(5, 'ru')).toMatchObject({ language: 'ru', active: true });
    expect(await store.chats.ensure(5, 'en')).toMatchObject({ language: 'ru' });
    await store.chats.deactivate(5, 'Forbidden: bot was blocked by the user');
    expect(await store.chats.get(5)).toMatchObject({ active: false, inactiveReason: 'Forbidden: bot was blocked by the user' });
    await store.chats.activate(5);
    expect(await store.chats.get(5)).toMatchObject({ active: true, inactiveReason: null });
  });
});

describe('message log', () => {
  it('knows which items each delivered message carried, for the newest 500 messages', async () => {
    await store.deliveries.recordMessage(3, 10, ['a', 'b']);
    await store.deliveries.recordMessage(3, 11, ['c']);
    expect(await store.deliveries.itemsOfMessage(3, 10)).toEqual(['a', 'b']);
    expect(await store.deliveries.itemsOfMessage(3, 11)).toEqual(['c']);
    expect(await store.deliveries.itemsOfMessage(3, 12)).toEqual([]);
    for (let id = 100; id < 620; id++) await store.deliveries.recordMessage(3, id, [`i${id}`]);
    expect(await store.deliveries.itemsOfMessage(3, 10)).toEqual([]);
    expect(await store.deliveries.itemsOfMessage(3, 619)).toEqual(['i619']);
  });
});
