import type { Redis } from 'ioredis';

/** The ids that are not members of the sorted set at `key`, in their order (one ZMSCORE). */
export async function absentFrom(redis: Redis, key: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const scores = await redis.zmscore(key, ...ids);
  return ids.filter((_, i) => scores[i] === null);
}
