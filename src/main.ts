import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Telegram } from 'telegraf';
import { createDigestControl } from '../jobs/digest-control.js';
import { PRIORITY } from '../jobs/dispatch.js';
import { createFeedAdmin, type FeedAdmin } from '../jobs/feed-admin.js';
import { createAdminNotifier, type NotifyAdmins } from '../jobs/feed-alerts.js';
import { createFeedSchedule } from '../jobs/feed-schedule.js';
import { createQueues, type Queues } from '../jobs/queues.js';
import { startWorkers } from '../jobs/workers.js';
import { feedsFilePath } from './catalogue/bundled.js';
import { readFeedsFile } from './catalogue/feeds-file.js';
import type { Config } from './config.js';
import { createClassifier } from './domain/classify/index.js';
import { resolveCountry } from './domain/countries/index.js';
import { groupsOf, resolveGroup } from './domain/groups.js';
import type { TargetResolver } from './domain/subscriptions.js';
import { createFeedFetcher } from './feeds/fetch.js';
import { parseFeed } from './feeds/parse.js';
import { startOps } from './ops/index.js';
import { checkRedisSettings } from './ops/redis-checks.js';
import { createTranslator, type Translate } from './i18n.js';
import { asRedis, connectRedis } from './redis/connect.js';
import { startPrivateRedis, type PrivateRedis } from './redis/redis-server.js';
import { createStore, type Store } from './store/index.js';
import { createBot, publishCommands } from './telegram/bot.js';

export type Role = 'bot' | 'worker' | 'scheduler';

export interface App {
  redisUrl: string;
  httpPort: number;
  store: Store;
  queues: Queues;
  stop(): Promise<void>;
}

export const USER_AGENT = 'AttacheBot/0.1 (+https://github.com/attache-bot/attache; feed monitor for diplomatic news)';

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
    const redis: Redis = asRedis(connectRedis(redisUrl));
    stops.push(() => redis.quit());
    // Before anything is written: an evicting Redis refuses to start unless REDIS_ALLOW_EVICTION=1.
    await checkRedisSettings(redis, { allowEviction: config.REDIS_ALLOW_EVICTION, logger });
    const store = createStore(redis, config.REDIS_PREFIX);
    const queues = createQueues(redis, config.REDIS_PREFIX, (err) => logger.warn({ err: err.message }, 'queue connection error'));
    stops.push(() => queues.close());
    // BullMQ checks the server in the background; waiting here means a quick stop never races it.
    await Promise.all([queues.poll.waitUntilReady(), queues.deliver.waitUntilReady()]);
    // /healthz, /metrics, dashboard, webhook route and the shutdown deadline.
    const ops = await startOps({ config, redis, queues: [queues.poll, queues.deliver], logger });
    stops.push(() => ops.close());

    const fetchFeed = createFeedFetcher({ allowPrivateHosts: config.FEED_ALLOW_PRIVATE_HOSTS, userAgent: USER_AGENT });
    stops.push(() => fetchFeed.close());
    const schedule = createFeedSchedule(queues.poll, config.POLL_INTERVAL_SECONDS);
    const feedAdmin = createFeedAdmin({ feeds: store.feeds, schedule, fetchFeed, parseFeed });
    const t = createTranslator();

    if (roles.includes('scheduler')) await startScheduler(config, feedAdmin, logger);

    if (roles.includes('worker')) {
      // Each worker gets a connection of its own (BullMQ blocks on it), closed after the worker.
      const connect = () => {
        const connection = asRedis(connectRedis(redisUrl));
        stops.push(() => connection.quit());
        return connection;
      };
      const workers = await startWorkers({
        store,
        queues,
        botApi: { apiRoot: config.TELEGRAM_API_ROOT, token: requireToken(config) },
        fetchFeed,
        parseFeed,
        classifier: createClassifier(),
        t,
        logger,
        connect,
        prefix: config.REDIS_PREFIX,
        groupsOf,
        notifyAdmins: adminNotifier(config, store, t, logger),
        delivery: {
          ratePerSecond: config.DELIVERY_RATE_PER_SECOND,
          paidBroadcast: config.PAID_BROADCAST,
          digestTickSeconds: config.DIGEST_TICK_SECONDS,
        },
      });
      ops.observeWorkers(workers.workers);
      stops.push(() => ops.finishWithin('workers', () => workers.close()));
    }

    if (roles.includes('bot')) {
      const resolver: TargetResolver = { country: resolveCountry, group: resolveGroup };
      const bot = createBot({
        token: requireToken(config),
        apiRoot: config.TELEGRAM_API_ROOT,
        store,
        t,
        resolver,
        feedAdmin,
        digestControl: createDigestControl({
          chats: store.chats,
          pending: store.pending,
          flush: async (chatId) => {
            await queues.deliver.add('deliver', { chatId, reason: 'resume' }, { priority: PRIORITY.resume });
          },
        }),
        adminIds: config.ADMIN_IDS,
        logger,
      });
      await publishCommands(bot, t, config.ADMIN_IDS, logger, store);
      // Long polling, or the webhook when WEBHOOK_URL and WEBHOOK_SECRET are set.
      stops.push(await ops.serveBot(bot, ['message', 'callback_query', 'my_chat_member']));
    }

    // Pushed last, so it runs first on stop: every role stops taking work before any is waited for.
    stops.push(async () => ops.beginShutdown());
    logger.info({ roles, httpPort: ops.httpPort }, 'Attaché started');
    return { redisUrl, httpPort: ops.httpPort, store, queues, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Feed alerts (a feed disabled after failures) go to every admin, each in the admin's language. */
function adminNotifier(config: Config, store: Store, t: Translate, logger: Logger): NotifyAdmins {
  const telegram = new Telegram(requireToken(config), { apiRoot: config.TELEGRAM_API_ROOT });
  return createAdminNotifier({
    adminIds: config.ADMIN_IDS,
    sendHtml: (chatId, html) =>
      telegram.sendMessage(chatId, html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } }),
    languageOf: async (chatId) => (await store.chats.get(chatId))?.language ?? null,
    translate: t,
    logger,
  });
}

function requireToken(config: Config): string {
  if (!config.BOT_TOKEN) throw new Error('BOT_TOKEN is required for the bot and worker roles');
  return config.BOT_TOKEN;
}

async function startScheduler(config: Config, feedAdmin: FeedAdmin, logger: Logger): Promise<void> {
  // The bundled catalogue unless FEEDS_FILE names another file, or `none`.
  const file = feedsFilePath(config.FEEDS_FILE);
  if (file) {
    const seeded = await feedAdmin.seed(await readFeedsFile(file), logger);
    logger.info({ file, ...seeded }, 'feeds file applied');
  }
  const scheduled = await feedAdmin.scheduleAll();
  logger.info({ scheduled }, 'feed polls scheduled');
}
