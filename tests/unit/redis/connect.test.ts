import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Cluster, Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { connectRedis, type RedisClient } from '../../../src/redis/connect.js';
import { startPrivateRedis } from '../../../src/redis/redis-server.js';
import { testRedisUrl } from '../../support/redis.js';

const opened: RedisClient[] = [];
const open = (url: string, lazy = true) => {
  const client = connectRedis(url, lazy ? { lazyConnect: true } : {});
  opened.push(client);
  return client;
};

afterEach(() => {
  for (const client of opened.splice(0)) client.disconnect();
});

describe('connectRedis', () => {
  it('connects to one server, with the setting BullMQ workers need', async () => {
    const client = open(testRedisUrl(), false);
    expect(client).toBeInstanceOf(Redis);
    expect(await client.ping()).toBe('PONG');
    expect((client as Redis).options.maxRetriesPerRequest).toBeNull();
  });

  it('finds the master through Sentinel', () => {
    const client = open('redis+sentinel://:pw@10.0.0.1:26379,10.0.0.2:26380/mymaster/2?sentinelPassword=sp') as Redis;
    expect(client).toBeInstanceOf(Redis);
    expect(client.options).toMatchObject({
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26380 },
      ],
      name: 'mymaster',
      db: 2,
      password: 'pw',
      sentinelPassword: 'sp',
      maxRetriesPerRequest: null,
    });
  });

  it('returns a Cluster for a cluster URL, credentials on every node', () => {
    const client = open('redis+cluster://u:pw@127.0.0.1:7000,127.0.0.1:7001');
    expect(client).toBeInstanceOf(Cluster);
    const cluster = client as Cluster;
    expect(cluster.options.redisOptions).toMatchObject({ username: 'u', password: 'pw', maxRetriesPerRequest: null });
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('connectRedis through a real Sentinel', () => {
  it('asks the sentinel for the master and talks to it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attache-sentinel-'));
    const master = await startPrivateRedis({ dataDir: path.join(dir, 'master'), allowInstall: false });
    const sentinelPort = await freePort();
    const conf = path.join(dir, 'sentinel.conf');
    writeFileSync(conf, `port ${sentinelPort}\nbind 127.0.0.1\ndir ${dir}\nsentinel monitor attache-master 127.0.0.1 ${master.port} 1\n`);
    // Debian's redis-server runs as a sentinel with --sentinel (no separate package needed).
    const sentinel = spawn('redis-server', [conf, '--sentinel'], { stdio: 'ignore' });
    try {
      const client = open(`redis+sentinel://127.0.0.1:${sentinelPort}/attache-master`, false);
      client.on('error', () => {}); // refused until the sentinel listens: ioredis retries
      await client.set('attache-sentinel-probe', 'through the sentinel');
      const onMaster = new Redis(master.url);
      expect(await onMaster.get('attache-sentinel-probe')).toBe('through the sentinel');
      onMaster.disconnect();
    } finally {
      sentinel.kill('SIGTERM');
      await master.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
