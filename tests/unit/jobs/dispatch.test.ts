import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createDigestTick, createDispatcher } from '../../../jobs/dispatch.js';
import type { DeliverData } from '../../../jobs/queues.js';
import { createStore, type Store } from '../../../src/store/index.js';
import { connectTestRedis, dropPrefix, uniquePrefix } from '../../support/redis.js';

let redis: Redis;
let prefix: string;
let store: Store;
let queue: Queue<DeliverData>;
let now: number;

beforeEach(async () => {
  redis ??= connectTestRedis();
  prefix = uniquePrefix('dispatch');
  store = createStore(redis, prefix);
  queue = new Queue<DeliverData>('{deliver}', { connection: redis, prefix });
  now = Date.parse('2026-11-28T10:00:00Z');
  return async () => {
    await queue.close();
    await dropPrefix(redis, prefix);
  };
});
afterAll(async () => {
  await redis?.quit();
});

const deps = () => ({ chats: store.chats, pending: store.pending, deliverQueue: queue, now: () => now });
const jobs = async () => (await queue.getJobs(['waiting', 'prioritized', 'delayed'])).map((j) => j.id).sort();

describe('dispatch', () => {
  it('gives an instant chat one job per poll cycle, however many items', async () => {
    await store.chats.ensure(1, 'en');
    const dispatch = createDispatcher(deps());
    await dispatch(new Map([[1, [{ itemId: 'a' }, { itemId: 'b' }]]]), 'cycle:1');
    await dispatch(new Map([[1, [{ itemId: 'a' }, { itemId: 'b' }]]]), 'cycle:1');
    expect(await jobs()).toEqual(['instant_1_cycle_1']);
    expect(await store.pending.count(1)).toBe(2);
  });

  it('schedules a digest chat instead, and holds a chat in quiet hours until they end', async () => {
    await store.chats.ensure(2, 'en');
    await store.chats.update(2, { digest: { kind: 'daily', at: '08:00' }, timezone: 'Asia/Baku' });
    await store.chats.ensure(3, 'en');
    await store.chats.update(3, { quiet: { start: '09:00', end: '12:00' }, timezone: 'UTC' });
    await createDispatcher(deps())(new Map([[2, [{ itemId: 'a' }]], [3, [{ itemId: 'a' }]]]), 'c');
    expect(await jobs()).toEqual([]);
    expect(await store.pending.dueAt(2)).toBe(Date.parse('2026-11-29T04:00:00Z'));
    expect(await store.pending.dueAt(3)).toBe(Date.parse('2026-11-28T12:00:00Z'));
  });

  it('sends items of an instant subscription at once in a digest chat, except in quiet hours', async () => {
    await store.chats.ensure(5, 'en');
    await store.chats.update(5, { digest: { kind: 'daily', at: '08:00' }, timezone: 'UTC' });
    const dispatch = createDispatcher(deps());
    await dispatch(new Map([[5, [{ itemId: 'a' }, { itemId: 'b', urgent: true }]]]), 'c1');
    expect(await jobs()).toEqual(['instant_5_c1']);
    expect(await store.pending.dueAt(5)).toBe(Date.parse('2026-11-29T08:00:00Z'));
    await store.chats.update(5, { quiet: { start: '09:00', end: '12:00' } });
    await dispatch(new Map([[5, [{ itemId: 'c', urgent: true }]]]), 'c2');
    expect(await jobs()).toEqual(['instant_5_c1']);
    expect(await store.pending.dueAt(5)).toBe(Date.parse('2026-11-29T08:00:00Z'));
  });

  it('skips inactive chats', async () => {
    await store.chats.ensure(4, 'en');
    await store.chats.deactivate(4, 'blocked');
    await createDispatcher(deps())(new Map([[4, [{ itemId: 'a' }]]]), 'c');
    expect(await store.pending.count(4)).toBe(0);
    expect(await jobs()).toEqual([]);
  });
});

describe('digest tick', () => {
  it('queues every due chat once from one range query and schedules its next digest', async () => {
    for (const id of [1, 2, 3]) {
      await store.chats.ensure(id, 'en');
      await store.chats.update(id, { digest: { kind: 'daily', at: '08:00' }, timezone: 'Europe/Rome' });
    }
    await store.pending.scheduleDigest(1, now - 60_000);
    await store.pending.scheduleDigest(2, now);
    await store.pending.scheduleDigest(3, now + 60_000);
    const tick = createDigestTick({ ...deps(), batch: 1 });
    expect(await tick()).toEqual({ queued: 2 });
    expect(await tick()).toEqual({ queued: 0 });
    expect(await jobs()).toEqual([`digest_1_${now - 60_000}`, `digest_2_${now}`]);
    expect(await store.pending.dueAt(1)).toBe(Date.parse('2026-11-29T07:00:00Z'));
    expect(await store.pending.dueAt(3)).toBe(now + 60_000);
  });
});
