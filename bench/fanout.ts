import { createQueues } from '../jobs/queues.js';
import { createDispatcher } from '../jobs/dispatch.js';
import { createRouter } from '../jobs/route-items.js';
import type { Subscription } from '../src/domain/subscriptions.js';
import type { StoredItem } from '../src/store/items.js';
import { inBatches, seconds, startBenchRedis, type BenchResult } from './support/env.js';

const ITEM: StoredItem = {
  id: 'bench-item-1',
  feedId: '1',
  title: 'Foreign Minister of Azerbaijan met the President of the Senate of Italy',
  link: 'https://mfa.example/news/1',
  summary: 'The sides discussed energy cooperation.',
  published: null,
  source: 'MFA of Azerbaijan',
  official: true,
  countries: ['AZ', 'IT'],
  pair: ['AZ', 'IT'],
  topics: ['bilateral-relations'],
  language: 'en',
  seenAt: Date.now(),
};

/**
 * One item for `chats` instant chats that all follow Azerbaijan: the path a poll takes after
 * classifying (route through the inverted index, then dispatch: pending entry and one delivery job
 * per chat), timed from the routing call to the last job queued. The seeding also gives the
 * memory a chat and a subscription take in Redis.
 */
export async function benchFanout(chats = 100_000): Promise<BenchResult[]> {
  const redis = await startBenchRedis();
  const queues = createQueues(redis.client, redis.prefix);
  try {
    const ids = Array.from({ length: chats }, (_, i) => 1_000_000 + i);
    const start0 = await redis.usedMemory();
    await inBatches(ids, 2000, (id) => redis.store.chats.ensure(id, 'en'));
    const withChats = await redis.usedMemory();
    const subscription: Subscription = { target: { kind: 'country', code: 'AZ' }, topics: [] };
    await inBatches(ids, 2000, (id) => redis.store.subscriptions.add(id, subscription));
    const withSubscriptions = await redis.usedMemory();
    await redis.store.items.save(ITEM);

    const route = createRouter({ subscriptions: redis.store.subscriptions });
    const dispatch = createDispatcher({ chats: redis.store.chats, pending: redis.store.pending, deliverQueue: queues.deliver });
    const started = performance.now();
    const routes = await route([ITEM]);
    const routed = seconds(started);
    await dispatch(routes, 'bench-cycle');
    const total = seconds(started);

    const counts = await queues.deliver.getJobCounts('prioritized', 'waiting');
    const queued = (counts.prioritized ?? 0) + (counts.waiting ?? 0);
    if (queued !== chats) throw new Error(`fanout queued ${queued} delivery jobs for ${chats} chats`);
    const withJobs = await redis.usedMemory();
    const k = chats / 1000;
    return [
      { name: `fanout_enqueue_${k}k`, value: total, unit: 's' },
      { name: `fanout_route_${k}k`, value: routed, unit: 's' },
      { name: 'redis_bytes_per_chat', value: Math.round((withChats - start0) / chats), unit: 'bytes' },
      { name: 'redis_bytes_per_subscription', value: Math.round((withSubscriptions - withChats) / chats), unit: 'bytes' },
      { name: 'redis_bytes_per_queued_delivery', value: Math.round((withJobs - withSubscriptions) / chats), unit: 'bytes' },
    ];
  } finally {
    await queues.close();
    await redis.stop();
  }
}
