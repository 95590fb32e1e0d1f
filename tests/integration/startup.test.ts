import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startApp } from '../../src/main.js';
import { RedisSettingsError } from '../../src/ops/redis-checks.js';
import { startPrivateRedis, type PrivateRedis } from '../../src/redis/redis-server.js';

// A Redis of this test's own: its settings are changed, which the shared test Redis must not see.
let dataDir: string;
let server: PrivateRedis;
let admin: Redis;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'attache-startup-'));
  server = await startPrivateRedis({ dataDir, allowInstall: false, appendOnly: false });
  admin = new Redis(server.url);
});
afterAll(async () => {
  await admin?.quit();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function capture() {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _e, done) => done(void lines.push(String(chunk))) }));
  return { logger, text: () => lines.join('') };
}

const env = (extra: Record<string, string> = {}) => ({ REDIS_URL: server.url, REDIS_PREFIX: 'startup', FEEDS_FILE: 'none', HTTP_PORT: '0', ...extra });

describe('start-up checks of the Redis settings', () => {
  it('warns loudly when Redis runs without AOF, and starts', async () => {
    await admin.config('SET', 'maxmemory-policy', 'noeviction');
    const log = capture();
    const app = await startApp(loadConfig(env()), ['scheduler'], log.logger);
    await app.stop();
    expect(log.text()).toMatch(/"level":40.*WARNING: Redis runs without AOF persistence/);
    expect(log.text()).toMatch(/Attaché started/);
  });

  it('refuses an evicting maxmemory-policy before writing anything', async () => {
    await admin.config('SET', 'maxmemory-policy', 'allkeys-lru');
    await admin.flushall();
    const started = startApp(loadConfig(env()), ['scheduler'], capture().logger);
    await expect(started).rejects.toThrow(RedisSettingsError);
    await expect(started).rejects.toThrow(/maxmemory-policy allkeys-lru[\s\S]*REDIS_ALLOW_EVICTION=1/);
    expect(await admin.dbsize()).toBe(0);
  });

  it('starts with an evicting policy when REDIS_ALLOW_EVICTION=1, still warning', async () => {
    await admin.config('SET', 'maxmemory-policy', 'volatile-lru');
    const log = capture();
    const app = await startApp(loadConfig(env({ REDIS_ALLOW_EVICTION: '1' })), ['scheduler'], log.logger);
    await app.stop();
    expect(log.text()).toMatch(/WARNING: Redis at .* uses maxmemory-policy volatile-lru/);
  });

  it('makes the command line exit 1 with the reason and the override', async () => {
    await admin.config('SET', 'maxmemory-policy', 'allkeys-random');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'scheduler'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env({ LOG_LEVEL: 'silent' }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/maxmemory-policy allkeys-random/);
    expect(stderr).toMatch(/REDIS_ALLOW_EVICTION=1/);
    expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});
