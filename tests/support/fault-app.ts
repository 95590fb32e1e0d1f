import { pino, type Logger } from 'pino';
import { loadConfig, type Config } from '../../src/config.js';
import { startApp, type App, type Role } from '../../src/main.js';
import { startFakeBotApi, type FakeBotApi } from './fake-bot-api.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { startFeedServer, type FeedServer } from './feed-server.js';
import { testRedisUrl, uniquePrefix } from './redis.js';

export const FAULT_ADMIN_ID = 1001;

export interface FaultApp {
  telegram: FakeBotApi;
  feeds: FeedServer;
  /** Between the worker and the fake Bot API (the bot talks to the fake directly). */
  proxy: FaultProxy;
  config: Config;
  /** Bot and scheduler: its store and queues are the shared ones. */
  app: App;
  worker: App | undefined;
  /** Sends a command as the chat's user and returns the bot's next message to the chat. */
  command(chatId: number, text: string, languageCode?: string, timeoutMs?: number): Promise<string>;
  /** Resolves once the delivery queue has nothing waiting, running or delayed (for these chats, when given). */
  deliveriesSettled(chatIds?: number[], timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface FaultAppOptions {
  env?: Record<string, string>;
  /** The fake Bot API's token (default: the fake's own). */
  token?: string;
  /** Start a worker too (through the proxy); default true. */
  worker?: boolean;
  logger?: Logger;
  roles?: Role[];
}

/**
 * The service on real parts, wired for faults: bot and scheduler in one app, the worker in a
 * second app of the same process whose Bot API traffic goes through the fault proxy.
 */
export async function startFaultApp(options: FaultAppOptions = {}): Promise<FaultApp> {
  const telegram = await startFakeBotApi(options.token ? { token: options.token } : {});
  const feeds = await startFeedServer();
  const proxy = await startFaultProxy(telegram.apiRoot);
  const env = {
    BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: uniquePrefix('fault'),
    ADMIN_IDS: String(FAULT_ADMIN_ID),
    POLL_INTERVAL_SECONDS: '1',
    FEED_ALLOW_PRIVATE_HOSTS: '1',
    HTTP_PORT: '0',
    LOG_LEVEL: 'silent',
    FEEDS_FILE: 'none',
    ...options.env,
  };
  const config = loadConfig(env);
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await startApp(config, options.roles ?? ['bot', 'scheduler'], logger);
  const worker =
    options.worker === false
      ? undefined
      : // Its own HTTP port: the bot app may hold a fixed one (webhook mode).
        await startApp(loadConfig({ ...env, TELEGRAM_API_ROOT: proxy.url, HTTP_PORT: '0', WEBHOOK_URL: '', WEBHOOK_SECRET: '' }), ['worker'], logger);
  return {
    telegram,
    feeds,
    proxy,
    config,
    app,
    worker,
    async command(chatId, text, languageCode = 'en', timeoutMs = 10_000) {
      const before = telegram.messagesTo(chatId).length;
      telegram.sendText({ chatId, text, from: { id: chatId, first_name: 'F', language_code: languageCode } });
      return (await telegram.waitForMessages(chatId, before + 1, timeoutMs))[before]!.text;
    },
    async deliveriesSettled(chatIds, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      const watched = chatIds ? new Set(chatIds) : undefined;
      for (;;) {
        const jobs = await app.queues.deliver.getJobs(['waiting', 'active', 'delayed', 'prioritized', 'paused'], 0, 10_000);
        const open = jobs.filter((job) => job && (!watched || watched.has(job.data.chatId)));
        if (open.length === 0) return;
        if (Date.now() > deadline) throw new Error(`delivery queue not settled: ${open.map((job) => job.id).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async close() {
      await worker?.stop();
      await app.stop();
      await proxy.close();
      await telegram.close();
      await feeds.close();
    },
  };
}
