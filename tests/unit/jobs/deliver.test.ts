import { DelayedError, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createDeliver } from '../../../jobs/deliver.js';
import { createDigestLocale } from '../../../jobs/digest-locale.js';
import type { DeliverData } from '../../../jobs/queues.js';
import { createTranslator } from '../../../src/i18n.js';
import { createStore, type Store } from '../../../src/store/index.js';
import type { StoredItem } from '../../../src/store/items.js';
import { connectTestRedis, dropPrefix, uniquePrefix } from '../../support/redis.js';

let redis: Redis;
let prefix: string;
let store: Store;
let sent: { chatId: number; html: string; threadId?: number | undefined }[];
let failAt: number | null;

const t = createTranslator();
const CHAT = 11;

function deliver() {
  return createDeliver({
    ...store,
    sendWithPolicy: async (chatId, html, threadId) => {
      if (failAt !== null && sent.length === failAt) {
        failAt = null;
        throw new Error('Bad Gateway');
      }
      sent.push({ chatId, html, threadId });
      return { ok: true, messageId: sent.length, chatId };
    },
    pace: async () => {},
    locale: (chat) => createDigestLocale(t, chat.language, chat.timezone),
    logger: pino({ level: 'silent' }),
  });
}

const job = (data: Partial<DeliverData> = {}) => {
  const delayed: number[] = [];
  return {
    job: { id: 'j', data: { chatId: CHAT, reason: 'instant', ...data }, moveToDelayed: async (at: number) => void delayed.push(at) } as unknown as Job<DeliverData>,
    delayed,
  };
};

const item = (id: string, over: Partial<StoredItem> = {}): StoredItem => ({
  id,
  feedId: '1',
  title: `Title ${id}`,
  link: `https://mfa.example/${id}`,
  summary: 'Summary.',
  published: null,
  source: 'MFA',
  official: true,
  countries: ['AZ', 'IT'],
  pair: ['AZ', 'IT'],
  topics: ['bilateral-relations'],
  language: 'en',
  seenAt: Date.now(),
  storyId: id,
  ...over,
});

async function pendingItems(...items: StoredItem[]) {
  for (const i of items) await store.items.save(i);
  await store.pending.add(CHAT, items.map((i) => ({ itemId: i.id })));
}

beforeEach(async () => {
  redis ??= connectTestRedis();
  prefix = uniquePrefix('deliver');
  store = createStore(redis, prefix);
  sent = [];
  failAt = null;
  await store.chats.ensure(CHAT, 'en');
  return () => dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis?.quit();
});

describe('deliver', () => {
  it('sends what is pending once, as one message, and nothing on a second run', async () => {
    await pendingItems(item('a'), item('b', { storyId: 'a', source: 'Trend', official: false }), item('c', { pair: ['AZ', 'FR'], countries: ['AZ', 'FR'] }));
    expect(await deliver()(job().job)).toMatchObject({ sent: 3, messages: 1 });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.html).toContain('also: Trend');
    expect(sent[0]!.html.match(/Title b/)).toBeNull();
    expect(await store.pending.count(CHAT)).toBe(0);
    expect(await store.deliveries.itemsOfMessage(CHAT, 1)).toEqual(expect.arrayContaining(['a', 'b', 'c']));
    await pendingItems(item('a'));
    expect(await deliver()(job().job)).toMatchObject({ sent: 0, messages: 0 });
    expect(sent).toHaveLength(1);
  });

  it('never sends a second report of a story already delivered', async () => {
    await pendingItems(item('a'));
    await deliver()(job().job);
    await pendingItems(item('z', { storyId: 'a', source: 'ANSA', language: 'it', title: 'Titolo' }));
    expect(await deliver()(job().job)).toMatchObject({ sent: 0 });
    expect(sent).toHaveLength(1);
    expect(await store.pending.count(CHAT)).toBe(0);
  });

  it('posts each forum thread its own digest, marks kept per thread', async () => {
    await store.items.save(item('a'));
    await store.pending.add(CHAT, [{ itemId: 'a', threadId: 42 }, { itemId: 'a', threadId: 43 }]);
    await deliver()(job().job);
    expect(sent.map((s) => s.threadId).sort()).toEqual([42, 43]);
  });

  it('keeps what a failed send did not carry, and sends only that on retry', async () => {
    const long = 'word '.repeat(70);
    const items = Array.from({ length: 30 }, (_, n) => item(`i${n}`, { summary: long, storyId: `i${n}` }));
    await pendingItems(...items);
    failAt = 1;
    await expect(deliver()(job().job)).rejects.toThrow('Bad Gateway');
    expect(sent).toHaveLength(1);
    // Everything stays pending; the sent marks make the retry skip what the first message carried.
    expect(await store.pending.count(CHAT)).toBe(30);
    await deliver()(job().job);
    expect(await store.pending.count(CHAT)).toBe(0);
    const carried = new Set(sent.flatMap((s) => [...s.html.matchAll(/Title (i\d+)/g)].map((m) => m[1])));
    expect(carried.size).toBe(30);
    expect(sent.reduce((n, s) => n + [...s.html.matchAll(/Title i\d+/g)].length, 0)).toBe(30);
  });

  it('steps aside while another worker holds the chat', async () => {
    await pendingItems(item('a'));
    const token = await store.chats.lockDelivery(CHAT, 10_000);
    const { job: j, delayed } = job();
    await expect(deliver()(j, 'token')).rejects.toBeInstanceOf(DelayedError);
    expect(delayed).toHaveLength(1);
    expect(sent).toEqual([]);
    await store.chats.unlockDelivery(CHAT, token!);
    await deliver()(j);
    expect(sent).toHaveLength(1);
  });

  it('in a digest chat, an instant job sends only what instant subscriptions routed', async () => {
    await store.chats.update(CHAT, { digest: { kind: 'daily', at: '08:00' } });
    for (const i of [item('a'), item('u', { title: 'Urgent one' })]) await store.items.save(i);
    await store.pending.add(CHAT, [{ itemId: 'a' }, { itemId: 'u', urgent: true }]);
    expect(await deliver()(job().job)).toMatchObject({ sent: 1, messages: 1 });
    expect(sent[0]!.html).toContain('Urgent one');
    expect(sent[0]!.html).not.toContain('Title a');
    expect((await store.pending.list(CHAT)).map((e) => e.itemId)).toEqual(['a']);
    expect(await deliver()(job().job)).toEqual({ skipped: 'not-instant' });
    expect(await deliver()(job({ reason: 'digest' }).job)).toMatchObject({ sent: 1 });
    expect(sent[1]!.html).toContain('Title a');
  });

  it('drops what an inactive chat had pending, holds a paused one, leaves digest chats to their digest', async () => {
    await pendingItems(item('a'));
    await store.chats.update(CHAT, { paused: true });
    expect(await deliver()(job().job)).toEqual({ skipped: 'paused' });
    await store.chats.update(CHAT, { paused: false, digest: { kind: 'daily', at: '08:00' } });
    expect(await deliver()(job().job)).toEqual({ skipped: 'not-instant' });
    expect(sent).toEqual([]);
    expect(await store.pending.count(CHAT)).toBe(1);
    await store.chats.deactivate(CHAT, 'Forbidden: bot was blocked by the user');
    expect(await deliver()(job({ reason: 'digest' }).job)).toEqual({ skipped: 'inactive-chat' });
    expect(await store.pending.count(CHAT)).toBe(0);
    expect(sent).toEqual([]);
  });
});
