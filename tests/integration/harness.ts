import { pino } from 'pino';
import { loadConfig, type Config } from '../../src/config.js';
import { startApp, type App, type Role } from '../../src/main.js';
import { startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';
import { testRedisUrl, uniquePrefix } from '../support/redis.js';

export const ADMIN_ID = 1001;

export interface Harness {
  telegram: FakeBotApi;
  feeds: FeedServer;
  config: Config;
  app: App;
  /** Stops the service (not the fakes), as a crash or a deploy would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole service on real parts: a real redis-server (one per run, a prefix per test), a local
 * feed server and a fake Bot API server on loopback. Only Telegram is faked.
 */
export async function startHarness(overrides: Record<string, string> = {}, roles: Role[] = ['scheduler', 'worker', 'bot']): Promise<Harness> {
  const telegram = await startFakeBotApi();
  const feeds = await startFeedServer();
  const config = loadConfig({
    BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: uniquePrefix('it'),
    ADMIN_IDS: String(ADMIN_ID),
    POLL_INTERVAL_SECONDS: '1',
    FEED_ALLOW_PRIVATE_HOSTS: '1',
    HTTP_PORT: '0',
    LOG_LEVEL: 'silent',
    // Tests bring their own feeds; the bundled catalogue would reach for the internet.
    FEEDS_FILE: 'none',
    ...overrides,
  });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const harness: Harness = {
    telegram,
    feeds,
    config,
    app: await startApp(config, roles, logger),
    async restart() {
      await harness.app.stop();
      harness.app = await startApp(config, roles, logger);
    },
    async close() {
      await harness.app.stop();
      await telegram.close();
      await feeds.close();
    },
  };
  return harness;
}

/** Polls `probe` until it returns a truthy value or the time is up. */
export async function eventually<T>(probe: () => Promise<T> | T, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
