import { Redis, type RedisOptions } from 'ioredis';

/**
 * A Redis connection. BullMQ workers need `maxRetriesPerRequest: null` (a blocking command must
 * wait out a reconnect rather than fail); the same setting is safe for the repositories.
 */
export function connectRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, showFriendlyErrorStack: !!process.env.DEBUG_REDIS, ...options });
}
