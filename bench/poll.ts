import { startApp } from '../src/main.js';
import { startFeedHosts } from './support/feed-hosts.js';
import { benchConfig, inBatches, silentLogger, startBenchRedis, until, type BenchResult } from './support/env.js';

const HOSTS = 16;

/**
 * Feeds polled per second by one worker process as deployed (`attache worker`): `feeds` poll jobs
 * queued at once, timed until the queue is empty. With `notModified` every feed answers 304 to
 * the ETag from an earlier poll; otherwise each sends `items` new entries, which are classified,
 * stored, indexed and routed (no chat follows them), so the Redis memory an item takes falls out.
 */
export async function benchPoll(options: { feeds: number; items: number; notModified: boolean }): Promise<BenchResult[]> {
  const redis = await startBenchRedis();
  const hosts = await startFeedHosts({ feeds: options.feeds, hosts: HOSTS, items: options.items, notModified: options.notModified });
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    const { store } = redis;
    const feedIds: string[] = [];
    await inBatches(hosts.urls, 500, async (url) => {
      const { feed } = await store.feeds.add({ url, title: 'bench' });
      await store.feeds.markPrimed(feed.id);
      if (options.notModified) await store.feeds.recordSuccess(feed.id, { etag: '"v1"' });
      feedIds.push(feed.id);
    });
    app = await startApp(benchConfig(redis, { TELEGRAM_API_ROOT: 'http://127.0.0.1:9' }), ['worker'], silentLogger);
    const queue = app.queues.poll;
    const before = await redis.usedMemory();
    const started = performance.now();
    await queue.addBulk(feedIds.map((feedId) => ({ name: 'poll', data: { feedId } })));
    // Not 'delayed': the digest tick's next run always waits there.
    await until(async () => {
      if (hosts.requests < options.feeds) return false;
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      return Object.values(counts).every((n) => n === 0);
    }, 'the poll queue to drain', 600_000);
    const elapsed = (performance.now() - started) / 1000;
    if (hosts.requests < options.feeds) throw new Error(`only ${hosts.requests} of ${options.feeds} feeds were fetched`);
    const name = options.notModified ? 'poll_rate_304' : 'poll_rate_200';
    const results: BenchResult[] = [{ name, value: Math.round(options.feeds / elapsed), unit: 'feeds/s' }];
    if (!options.notModified) {
      const items = options.feeds * options.items;
      const stored = (await redis.client.keys(`${redis.prefix}:{item:*`)).length;
      if (stored !== items) throw new Error(`${stored} items stored of ${items}`);
      results.push({ name: 'poll_items_rate', value: Math.round(items / elapsed), unit: 'items/s' });
      results.push({ name: 'redis_bytes_per_item', value: Math.round(((await redis.usedMemory()) - before) / items), unit: 'bytes' });
    }
    return results;
  } finally {
    await app?.stop();
    await hosts.close();
    await redis.stop();
  }
}
