import { Cluster, Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { connectRedis, type RedisClient } from '../../../src/redis/connect.js';
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
