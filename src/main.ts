import { createHash } from 'node:crypto';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Telegram } from 'telegraf';
import { createDeliver } from '../jobs/deliver.js';
import { createFeedAdmin, type FeedAdmin } from '../jobs/feed-admin.js';
import { createFeedSchedule } from '../jobs/feed-schedule.js';
import { createPollFeed } from '../jobs/poll-feed.js';
import { QUEUE_NAMES, createQueues, type DeliverData, type PollFeedData, type Queues } from '../jobs/queues.js';
import { createRouter, type Routes } from '../jobs/route-items.js';
import { readFeedsFile } from './catalogue/feeds-file.js';
import type { Config } from './config.js';
import { createClassifier } from './domain/classify/index.js';
import { countryFlag, countryName, resolveCountry } from './domain/countries/index.js';
import type { TargetResolver } from './domain/subscriptions.js';
import { createFeedFetcher } from './feeds/fetch.js';
import { parseFeed } from './feeds/parse.js';
import { startHttpServer } from './http/server.js';
import { createTranslator } from './i18n.js';
import { connectRedis } from './redis/connect.js';
import { startPrivateRedis, type PrivateRedis } from './redis/redis-server.js';
import { createStore, type Store } from './store/index.js';
import type { StoredItem } from './store/items.js';
import { createBot, publishCommands } from './telegram/bot.js';
import { createSender } from './telegram/sender.js';

export type Role = 'bot' | 'worker' | 'scheduler';

export interface App {
  redisUrl: string;
  httpPort: number;
  store: Store;
  queues: Queues;
  stop(): Promise<void>;
}

export const USER_AGENT = 'AttacheBot/0.1 (+https://github.com/attache-bot/attache; feed monitor for diplomatic news)';

/** A heading for an item in a digest: its pair or its first country, flags and localized names. */
function heading(item: StoredItem, lang: string): string {
  const country = (code: string) => `${countryFlag(code)} ${countryName(code, lang)}`;
  if (item.pair) return `${country(item.pair[0])} – ${country(item.pair[1])}`;
  return item.countries.slice(0, 2).map(country).join(', ') || '🌐';
}

/**
 * The composition root: builds every adapter once and hands it down. Each role can run alone
 * (`attache bot|worker|scheduler`) against a shared Redis, or all together (`attache run`).
 */
export async function startApp(config: Config, roles: Role[], logger: Logger): Promise<App> {
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((err) => logger.warn({ err }, 'error while stopping'));
  };
  try {
    let privateRedis: PrivateRedis | undefined;
    let redisUrl = config.REDIS_URL;
    if (!redisUrl) {
      privateRedis = await startPrivateRedis({ dataDir: config.DATA_DIR, say: (line) => logger.info(line) });
      stops.push(() => privateRedis!.stop());
      redisUrl = privateRedis.url;
    }
    const redis: Redis = connectRedis(redisUrl);
    stops.push(() => redis.quit());
    const store = createStore(redis, config.REDIS_PREFIX);
    const queues = createQueues(redis, config.REDIS_PREFIX);
    stops.push(() => queues.close());
    // BullMQ checks the server in the background; waiting here means a quick stop never races it.
    await Promise.all([queues.poll.waitUntilReady(), queues.deliver.waitUntilReady()]);

    const fetchFeed = createFeedFetcher({ allowPrivateHosts: config.FEED_ALLOW_PRIVATE_HOSTS, userAgent: USER_AGENT });
    stops.push(() => fetchFeed.close());
    const schedule = createFeedSchedule(queues.poll, config.POLL_INTERVAL_SECONDS);
    const feedAdmin = createFeedAdmin({ feeds: store.feeds, schedule, fetchFeed, parseFeed });
    const t = createTranslator();

    if (roles.includes('scheduler')) await startScheduler(config, feedAdmin, logger);

    if (roles.includes('worker')) {
      const telegram = new Telegram(requireToken(config), { apiRoot: config.TELEGRAM_API_ROOT });
      const route = createRouter({ subscriptions: store.subscriptions });
      const enqueueDeliveries = async (routes: Routes) => {
        await queues.deliver.addBulk(
          [...routes].map(([chatId, itemIds]) => ({
            name: 'deliver',
            data: { chatId, itemIds },
            // The same items for the same chat make the same job: a re-poll cannot queue them twice.
            opts: { jobId: deliveryJobId(chatId, itemIds) },
          })),
        );
      };
      const pollFeed = createPollFeed({
        feeds: store.feeds,
        items: store.items,
        fetchFeed,
        parseFeed,
        classifier: createClassifier(),
        route,
        enqueueDeliveries,
        logger,
      });
      const deliver = createDeliver({
        ...store,
        send: createSender(telegram),
        pauseQueue: (ms) => queues.deliver.rateLimit(ms),
        heading,
        logger,
      });
      // Each worker gets a connection of its own (BullMQ blocks on it), closed after the worker.
      const workerConnection = () => {
        const connection = connectRedis(redisUrl);
        stops.push(() => connection.quit());
        return connection;
      };
      const pollWorker = new Worker<PollFeedData>(QUEUE_NAMES.poll, pollFeed, {
        connection: workerConnection(),
        prefix: config.REDIS_PREFIX,
        concurrency: 8,
      });
      const deliverWorker = new Worker<DeliverData>(QUEUE_NAMES.deliver, deliver, {
        connection: workerConnection(),
        prefix: config.REDIS_PREFIX,
        concurrency: 4,
        limiter: { max: 25, duration: 1000 },
      });
      for (const worker of [pollWorker, deliverWorker]) {
        worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, queue: worker.name, err: err.message }, 'job failed'));
        worker.on('error', (err) => logger.error({ err, queue: worker.name }, 'worker error'));
        stops.push(() => worker.close());
        await worker.waitUntilReady();
      }
    }

    if (roles.includes('bot')) {
      const resolver: TargetResolver = { country: resolveCountry, group: () => null };
      const bot = createBot({
        token: requireToken(config),
        apiRoot: config.TELEGRAM_API_ROOT,
        store,
        t,
        resolver,
        feedAdmin,
        adminIds: config.ADMIN_IDS,
        logger,
      });
      await publishCommands(bot, t, config.ADMIN_IDS, logger);
      const launched = bot.launch({ allowedUpdates: ['message', 'callback_query', 'my_chat_member'] }, () =>
        logger.info('bot is listening (long polling)'),
      );
      launched.catch((err) => logger.error({ err }, 'bot stopped with an error'));
      stops.push(async () => {
        bot.stop('shutdown');
        await launched.catch(() => {});
      });
    }

    const http = await startHttpServer(config.HTTP_PORT, [
      { name: 'redis', check: async () => (await redis.ping()) === 'PONG' },
    ]);
    stops.push(() => http.close());
    logger.info({ roles, httpPort: http.port }, 'Attaché started');
    return { redisUrl, httpPort: http.port, store, queues, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function deliveryJobId(chatId: number, itemIds: string[]): string {
  const digest = createHash('sha256').update([...itemIds].sort().join(',')).digest('base64url').slice(0, 22);
  return `deliver_${chatId}_${digest}`;
}

function requireToken(config: Config): string {
  if (!config.BOT_TOKEN) throw new Error('BOT_TOKEN is required for the bot and worker roles');
  return config.BOT_TOKEN;
}

async function startScheduler(config: Config, feedAdmin: FeedAdmin, logger: Logger): Promise<void> {
  if (config.FEEDS_FILE) {
    const feeds = await readFeedsFile(config.FEEDS_FILE);
    for (const feed of feeds) {
      const result = await feedAdmin.add(feed);
      if (!result.ok) logger.warn({ url: feed.url, reason: result.reason }, 'FEEDS_FILE entry skipped');
    }
    logger.info({ count: feeds.length, file: config.FEEDS_FILE }, 'feeds file loaded');
  }
  const scheduled = await feedAdmin.scheduleAll();
  logger.info({ scheduled }, 'feed polls scheduled');
}
