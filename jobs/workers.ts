import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Classifier } from '../src/domain/classify/index.js';
import type { FetchFeed, ParsedFeed } from '../src/feeds/types.js';
import type { Translate } from '../src/i18n.js';
import type { Store } from '../src/store/index.js';
import { createSender } from '../src/telegram/sender.js';
import { createDeliver } from './deliver.js';
import { createDigestLocale } from './digest-locale.js';
import { createDigestTick, createDispatcher } from './dispatch.js';
import type { NotifyAdmins } from './feed-alerts.js';
import { createPollFeed } from './poll-feed.js';
import { createPublisher } from './publish.js';
import { QUEUE_NAMES, type DeliverData, type PollFeedData, type Queues } from './queues.js';
import { createRouter } from './route-items.js';
import { createSendPolicy } from './send-policy.js';

export interface WorkerDeps {
  store: Store;
  queues: Queues;
  /** Where deliveries go: the Bot API root and the bot token. */
  botApi: { apiRoot: string; token: string };
  fetchFeed: FetchFeed;
  parseFeed: (text: string, feedUrl: string) => Promise<ParsedFeed>;
  classifier: Classifier;
  t: Translate;
  logger: Logger;
  /** A fresh connection per worker: BullMQ blocks on it. */
  connect: () => Redis;
  prefix: string;
  delivery: { ratePerSecond: number; paidBroadcast: boolean; digestTickSeconds: number };
  /** Groups a country belongs to (EU, CIS, …), for group subscriptions. */
  groupsOf: (code: string) => string[];
  /** Told when a feed is disabled after too many failed polls (jobs/feed-alerts.ts). */
  notifyAdmins?: NotifyAdmins;
}

/** Pause per chat between messages: about one a second in private chats, 20 a minute in groups and channels. */
const PRIVATE_INTERVAL_MS = 1100;
const GROUP_INTERVAL_MS = 3100;

/**
 * BullMQ's limiter counts job starts in fixed windows, so a full window at its end and another at
 * the start of the next make a burst of twice the rate. At high rates, tenth-of-a-second windows
 * and a 5% margin (jobs started together may reach Telegram a moment apart) keep every second of
 * sends within the allowance.
 */
export function smoothLimiter(perSecond: number): { max: number; duration: number } {
  if (perSecond < 100) return { max: perSecond, duration: 1000 };
  return { max: Math.floor((perSecond * 0.95) / 10), duration: 100 };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds the poll and delivery workers and the once-a-minute digest tick. */
export async function startWorkers(deps: WorkerDeps): Promise<{ workers: Worker[]; close(): Promise<void> }> {
  const { store, queues, logger } = deps;
  const dispatchDeps = { chats: store.chats, pending: store.pending, deliverQueue: queues.deliver };
  const publish = createPublisher({
    items: store.items,
    stories: store.stories,
    route: createRouter({ subscriptions: store.subscriptions, groupsOf: deps.groupsOf }),
    dispatch: createDispatcher(dispatchDeps),
    groupsOf: deps.groupsOf,
  });
  const pollFeed = createPollFeed({ ...deps, feeds: store.feeds, items: store.items, publish });
  const digestTick = createDigestTick(dispatchDeps);
  const limiter = smoothLimiter(deps.delivery.ratePerSecond);
  const send = createSender({
    ...deps.botApi,
    paidBroadcast: deps.delivery.paidBroadcast,
    maxPerSecond: (limiter.max * 1000) / limiter.duration,
  });
  const sendWithPolicy = createSendPolicy({
    chats: store.chats,
    subscriptions: store.subscriptions,
    send,
    pauseQueue: (ms) => queues.deliver.rateLimit(ms),
    floodGate: store.floodGate,
    logger,
  });
  const locales = new Map<string, ReturnType<typeof createDigestLocale>>();
  const deliver = createDeliver({
    ...store,
    sendWithPolicy,
    pace: async (chat) => {
      const interval = chat.type === 'private' || chat.type === null ? PRIVATE_INTERVAL_MS : GROUP_INTERVAL_MS;
      const wait = await store.chats.reserveSendSlot(chat.id, interval);
      if (wait > 0) await sleep(wait);
    },
    locale: (chat) => {
      // Built once per language and zone: translating labels for every job shows up in profiles.
      const key = `${chat.language}|${chat.timezone}`;
      let locale = locales.get(key);
      if (!locale) locales.set(key, (locale = createDigestLocale(deps.t, chat.language, chat.timezone)));
      return locale;
    },
    logger,
  });

  await queues.poll.upsertJobScheduler('digest-tick', { every: deps.delivery.digestTickSeconds * 1000 }, { name: 'digest-tick' });
  const pollWorker = new Worker<PollFeedData>(
    QUEUE_NAMES.poll,
    (job: Job) => (job.name === 'digest-tick' ? digestTick() : pollFeed(job as Job<PollFeedData>)),
    { connection: deps.connect(), prefix: deps.prefix, concurrency: 8 },
  );
  const deliverWorker = new Worker<DeliverData>(QUEUE_NAMES.deliver, deliver, {
    connection: deps.connect(),
    prefix: deps.prefix,
    // Jobs mostly wait on Telegram, Redis and per-chat pacing; the limiter, not concurrency, sets the rate.
    concurrency: 64,
    limiter,
    // A killed worker's jobs are found stalled and taken over within about half a minute.
    lockDuration: 20_000,
    stalledInterval: 10_000,
  });
  const workers = [pollWorker, deliverWorker];
  for (const worker of workers) {
    worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, queue: worker.name, err: err.message }, 'job failed'));
    worker.on('error', (err) => logger.error({ err, queue: worker.name }, 'worker error'));
    await worker.waitUntilReady();
  }
  return {
    workers,
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await send.close();
    },
  };
}
