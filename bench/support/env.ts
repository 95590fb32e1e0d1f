import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { loadConfig, type Config } from '../../src/config.js';
import { startPrivateRedis, type PrivateRedis } from '../../src/redis/redis-server.js';
import { createStore, type Store } from '../../src/store/index.js';

/** One line of `npm run bench`'s output. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

export const BENCH_TOKEN = `123456789:${'B'.repeat(35)}`;
export const silentLogger = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' });

/** A redis-server of the benchmark's own (AOF on and noeviction, as in production), in a temp dir. */
export interface BenchRedis {
  url: string;
  client: Redis;
  store: Store;
  prefix: string;
  usedMemory(): Promise<number>;
  stop(): Promise<void>;
}

export async function startBenchRedis(): Promise<BenchRedis> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'attache-bench-'));
  const server: PrivateRedis = await startPrivateRedis({ dataDir, allowInstall: false });
  const client = new Redis(server.url, { maxRetriesPerRequest: null });
  const prefix = 'bench';
  return {
    url: server.url,
    client,
    store: createStore(client, prefix),
    prefix,
    async usedMemory() {
      const info = await client.info('memory');
      return Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? NaN);
    },
    async stop() {
      client.disconnect();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The service's configuration for a benchmark: loopback fakes, no bundled catalogue, quiet. */
export function benchConfig(redis: BenchRedis, overrides: Record<string, string>): Config {
  return loadConfig({
    BOT_TOKEN: BENCH_TOKEN,
    REDIS_URL: redis.url,
    REDIS_PREFIX: redis.prefix,
    FEED_ALLOW_PRIVATE_HOSTS: '1',
    FEEDS_FILE: 'none',
    HTTP_PORT: '0',
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

/** Runs `work` over `items` with at most `concurrency` in flight (seeding 100,000 chats one by one takes minutes). */
export async function inBatches<T>(items: T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += concurrency) await Promise.all(items.slice(i, i + concurrency).map(work));
}

/** Polls `probe` every 20 ms until it is true or `timeoutMs` passes (then throws: a bench must end). */
export async function until(probe: () => Promise<boolean> | boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`bench timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const seconds = (fromMs: number) => (performance.now() - fromMs) / 1000;
