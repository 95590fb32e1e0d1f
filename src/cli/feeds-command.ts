import { Redis } from 'ioredis';
import { parseFeedsFile, toOpml } from '../catalogue/feeds-file.js';
import type { Config } from '../config.js';
import { readFile } from 'node:fs/promises';
import { createFeedAdmin } from '../../jobs/feed-admin.js';
import { createFeedSchedule } from '../../jobs/feed-schedule.js';
import { createQueues } from '../../jobs/queues.js';
import { createFeedFetcher } from '../feeds/fetch.js';
import { parseFeed } from '../feeds/parse.js';
import { startPrivateRedis } from '../redis/redis-server.js';
import { createStore } from '../store/index.js';

/** `attache feeds import FILE` and `attache feeds export`, against REDIS_URL or the private Redis. */
export async function runFeedsCommand(args: string[], config: Config): Promise<number> {
  const [action, file] = args;
  if (!(action === 'export' || (action === 'import' && file))) {
    console.error('Usage: attache feeds import FILE.opml|FILE.yaml  |  attache feeds export');
    return 2;
  }
  const privateRedis = config.REDIS_URL ? undefined : await startPrivateRedis({ dataDir: config.DATA_DIR });
  const redis = new Redis(config.REDIS_URL ?? privateRedis!.url, { maxRetriesPerRequest: null });
  const queues = createQueues(redis, config.REDIS_PREFIX);
  const fetchFeed = createFeedFetcher({ allowPrivateHosts: config.FEED_ALLOW_PRIVATE_HOSTS, userAgent: 'AttacheBot' });
  try {
    const store = createStore(redis, config.REDIS_PREFIX);
    const feedAdmin = createFeedAdmin({
      feeds: store.feeds,
      schedule: createFeedSchedule(queues.poll, config.POLL_INTERVAL_SECONDS),
      fetchFeed,
      parseFeed,
    });
    if (action === 'export') {
      process.stdout.write(toOpml(await feedAdmin.list()));
      return 0;
    }
    const feeds = await parseFeedsFile(await readFile(file!, 'utf8'), file!);
    let added = 0;
    for (const feed of feeds) {
      const result = await feedAdmin.add(feed);
      if (!result.ok) console.error(`${feed.url}: ${result.problem.message}`);
      else if (result.created) added++;
    }
    console.log(`${added} feeds added, ${feeds.length - added} already present or refused (of ${feeds.length})`);
    return 0;
  } finally {
    await fetchFeed.close();
    await queues.close();
    await redis.quit();
    await privateRedis?.stop();
  }
}
