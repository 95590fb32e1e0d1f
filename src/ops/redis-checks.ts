import { Cluster, type Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RedisClient } from '../redis/connect.js';

/** Raised when Redis is set up to lose data silently and no one said that is fine. */
export class RedisSettingsError extends Error {
  override name = 'RedisSettingsError';
}

export interface RedisChecks {
  /** REDIS_ALLOW_EVICTION: start even when Redis may evict keys (a cache-only Redis, knowingly). */
  allowEviction: boolean;
  logger: Logger;
}

/**
 * Checks the settings under which Attaché's data survives: AOF persistence (without it a crash
 * loses the last minutes of subscriptions and queued deliveries) and `maxmemory-policy noeviction`
 * (otherwise Redis deletes queued jobs and sent-marks when memory runs short, and readers get
 * duplicates or nothing). Read through INFO, which managed services allow where CONFIG is renamed.
 * Every master of a Cluster is checked.
 */
export async function checkRedisSettings(client: RedisClient, options: RedisChecks): Promise<void> {
  const nodes: Redis[] = client instanceof Cluster ? client.nodes('master') : [client];
  for (const node of nodes) {
    const where = `${node.options.host ?? '?'}:${node.options.port ?? '?'}`;
    let info: Record<string, string>;
    try {
      info = parseInfo(`${await node.info('persistence')}\n${await node.info('memory')}`);
    } catch (err) {
      options.logger.warn({ err, redis: where }, 'could not read Redis INFO: persistence and eviction settings unchecked');
      continue;
    }
    if (info.aof_enabled !== '1') {
      options.logger.warn(
        { redis: where, aof_enabled: info.aof_enabled ?? 'unknown' },
        'WARNING: Redis runs without AOF persistence (appendonly no): a Redis crash or restart can lose ' +
          'recent subscriptions, sent-marks and queued deliveries. Turn it on: CONFIG SET appendonly yes (and in redis.conf).',
      );
    }
    const policy = info.maxmemory_policy ?? 'unknown';
    if (policy !== 'noeviction' && policy !== 'unknown') {
      const message =
        `Redis at ${where} uses maxmemory-policy ${policy}: under memory pressure it deletes keys, ` +
        'including queued jobs and sent-marks, so readers would miss items or get them twice. ' +
        'Set maxmemory-policy noeviction (CONFIG SET maxmemory-policy noeviction, and in redis.conf), ' +
        'or set REDIS_ALLOW_EVICTION=1 to start anyway.';
      if (!options.allowEviction) throw new RedisSettingsError(message);
      options.logger.warn({ redis: where, maxmemory_policy: policy }, `WARNING: ${message} (REDIS_ALLOW_EVICTION=1: starting anyway)`);
    }
  }
}

/** `key:value` lines of an INFO reply. */
export function parseInfo(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && !line.startsWith('#')) fields[line.slice(0, colon)] = line.slice(colon + 1).trim();
  }
  return fields;
}
