import { Writable } from 'node:stream';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { checkRedisSettings, parseInfo, RedisSettingsError } from '../../../src/ops/redis-checks.js';

/** A Redis that answers INFO as told (the real server is exercised in tests/integration/startup). */
function fakeRedis(fields: Record<string, string> | Error) {
  return {
    options: { host: '10.0.0.5', port: 6379 },
    async info(section: string) {
      if (fields instanceof Error) throw fields;
      return `# ${section}\r\n${Object.entries(fields).map(([k, v]) => `${k}:${v}`).join('\r\n')}\r\n`;
    },
  } as unknown as Redis;
}

function capture() {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _e, done) => done(void lines.push(String(chunk))) }));
  return { logger, text: () => lines.join('') };
}

describe('Redis settings check', () => {
  it('is quiet for AOF and noeviction', async () => {
    const log = capture();
    await checkRedisSettings(fakeRedis({ aof_enabled: '1', maxmemory_policy: 'noeviction' }), { allowEviction: false, logger: log.logger });
    expect(log.text()).toBe('');
  });

  it('warns loudly without AOF', async () => {
    const log = capture();
    await checkRedisSettings(fakeRedis({ aof_enabled: '0', maxmemory_policy: 'noeviction' }), { allowEviction: false, logger: log.logger });
    expect(log.text()).toMatch(/WARNING: Redis runs without AOF persistence/);
  });

  it('refuses an evicting policy unless allowed, and then warns', async () => {
    const redis = fakeRedis({ aof_enabled: '1', maxmemory_policy: 'allkeys-lru' });
    const refused = checkRedisSettings(redis, { allowEviction: false, logger: capture().logger });
    await expect(refused).rejects.toThrow(RedisSettingsError);
    await expect(refused).rejects.toThrow(/maxmemory-policy allkeys-lru.*REDIS_ALLOW_EVICTION=1/s);
    const log = capture();
    await checkRedisSettings(redis, { allowEviction: true, logger: log.logger });
    expect(log.text()).toMatch(/WARNING: Redis at 10\.0\.0\.5:6379 uses maxmemory-policy allkeys-lru/);
  });

  it('starts with a warning when INFO is not allowed', async () => {
    const log = capture();
    await checkRedisSettings(fakeRedis(new Error('NOPERM')), { allowEviction: false, logger: log.logger });
    expect(log.text()).toMatch(/settings unchecked/);
  });

  it('reads INFO replies', () => {
    expect(parseInfo('# Persistence\r\naof_enabled:1\r\nrdb_changes_since_last_save:0\r\n')).toEqual({ aof_enabled: '1', rdb_changes_since_last_save: '0' });
  });
});
