import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { figure } from '../support/fault-figures.js';
import { killAllRoles, spawnRole } from '../support/fault-process.js';
import { startKillableRedis, type KillableRedis, type KillableRedisOptions } from '../support/fault-redis.js';

// Case 9: real redis-servers started with the settings that lose data; the real command line.
const servers: KillableRedis[] = [];
afterAll(async () => {
  await killAllRoles();
  for (const server of servers) await server.destroy();
});

async function redisWith(options: KillableRedisOptions): Promise<KillableRedis> {
  const server = await startKillableRedis(options);
  servers.push(server);
  return server;
}

const env = (server: KillableRedis, extra: Record<string, string> = {}) => ({
  REDIS_URL: server.url,
  REDIS_PREFIX: 'startup-fault',
  FEEDS_FILE: 'none',
  HTTP_PORT: '0',
  LOG_LEVEL: 'info',
  ...extra,
});

async function keysIn(server: KillableRedis): Promise<number> {
  const client = new Redis(server.url);
  try {
    return await client.dbsize();
  } finally {
    client.disconnect();
  }
}

describe('start-up checks against real redis-servers', () => {
  it('warns loudly without AOF and starts; refuses evicting policies before writing; the override starts with a warning', async () => {
    // No AOF: a warning at level warn (40) naming the fix, and the process runs.
    const noAof = await redisWith({ appendOnly: false });
    const started = spawnRole('scheduler', env(noAof));
    const warning = await started.waitForLog(/WARNING: Redis runs without AOF/);
    expect(JSON.parse(warning)).toMatchObject({ level: 40 });
    expect(warning).toMatch(/appendonly yes/);
    await started.waitForLog(/Attaché started/);
    expect(started.running()).toBe(true);
    await started.kill('SIGTERM');

    // AOF and noeviction: no warning at all.
    const good = await redisWith({});
    const quiet = spawnRole('scheduler', env(good));
    await quiet.waitForLog(/Attaché started/);
    expect(quiet.lines.join('\n')).not.toMatch(/WARNING/);
    await quiet.kill('SIGTERM');

    // Evicting policies: exit 1 with the reason and the override, and nothing written.
    const refusals: string[] = [];
    for (const policy of ['allkeys-lru', 'volatile-lru', 'allkeys-random', 'volatile-ttl']) {
      const evicting = await redisWith({ maxmemoryPolicy: policy, maxmemory: '64mb' });
      const refused = spawnRole('scheduler', env(evicting));
      const { code } = await refused.exited;
      const output = refused.lines.join('\n');
      expect(code, output).toBe(1);
      expect(output).toMatch(new RegExp(`maxmemory-policy ${policy}`));
      expect(output).toMatch(/REDIS_ALLOW_EVICTION=1/);
      expect(output).not.toMatch(/\n\s+at /);
      expect(await keysIn(evicting)).toBe(0);
      refusals.push(policy);
    }

    // Knowingly on an evicting Redis: starts, and still says so loudly.
    const allowed = await redisWith({ maxmemoryPolicy: 'allkeys-lru', maxmemory: '64mb' });
    const overridden = spawnRole('scheduler', env(allowed, { REDIS_ALLOW_EVICTION: '1' }));
    const evictionWarning = await overridden.waitForLog(/WARNING: Redis at .* uses maxmemory-policy allkeys-lru/);
    expect(JSON.parse(evictionWarning)).toMatchObject({ level: 40 });
    await overridden.waitForLog(/Attaché started/);
    await overridden.kill('SIGTERM');

    figure('startup-checks', {
      aof_off: 'warned',
      evicting_refused: refusals.length,
      keys_written_when_refused: 0,
      override: 'warned',
    });
  });
});
