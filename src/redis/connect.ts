import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import { parseRedisUrl } from './redis-url.js';

/** One server (possibly found through Sentinel) or a Cluster: BullMQ accepts either. */
export type RedisClient = Redis | Cluster;

/**
 * A connection for any REDIS_URL form (see redis-url.ts). BullMQ workers need
 * `maxRetriesPerRequest: null` (a blocking command must wait out a reconnect rather than fail);
 * the same setting is safe for the repositories.
 */
export function connectRedis(url: string, options: RedisOptions = {}): RedisClient {
  const base: RedisOptions = {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    showFriendlyErrorStack: !!process.env.DEBUG_REDIS,
    ...options,
  };
  const target = parseRedisUrl(url);
  switch (target.kind) {
    case 'single':
      return new Redis(url, base);
    case 'sentinel':
      return new Redis({
        ...base,
        sentinels: target.sentinels,
        name: target.masterName,
        db: target.db,
        ...(target.username ? { username: target.username } : {}),
        ...(target.password ? { password: target.password } : {}),
        ...(target.sentinelUsername ? { sentinelUsername: target.sentinelUsername } : {}),
        ...(target.sentinelPassword ? { sentinelPassword: target.sentinelPassword } : {}),
        ...(target.tls ? { tls: {}, sentinelTLS: {}, enableTLSForSentinelMode: true } : {}),
      });
    case 'cluster': {
      const clusterOptions: ClusterOptions = {
        enableReadyCheck: true,
        redisOptions: {
          ...base,
          ...(target.username ? { username: target.username } : {}),
          ...(target.password ? { password: target.password } : {}),
          ...(target.tls ? { tls: {} } : {}),
        },
      };
      return new Cluster(target.nodes, clusterOptions);
    }
  }
}

/**
 * The repositories and the job code are typed against `Redis`. A `Cluster` answers the same
 * commands (each routed to its slot's node); what it refuses is a multi-key command or a MULTI
 * spanning slots, which the key layout avoids by tagging keys per feed, chat, target and queue.
 */
export function asRedis(client: RedisClient): Redis {
  return client as Redis;
}
