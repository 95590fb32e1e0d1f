import type { Redis } from 'ioredis';
import { STORY_WINDOW_MS, storyBucket, sameStory, type StoryFacts } from '../domain/digest/stories.js';
import type { Keys } from './keys.js';

export interface StoryIndex {
  /** The story an item belongs to: an earlier twin's, or a new one named after the item. */
  assign(facts: Omit<StoryFacts, 'storyId'>): Promise<string>;
}

const CANDIDATES = 100;

/** Recent items per bucket (pair or country), kept for the story window. */
export function createStoryIndex(redis: Redis, keys: Keys): StoryIndex {
  return {
    async assign(facts) {
      const bucket = storyBucket(facts);
      if (!bucket) return facts.itemId;
      const key = keys.story(bucket);
      // The newest candidates only: a busy pair must not make every new item read hundreds of others.
      const recent = await redis.zrevrangebyscore(key, '+inf', facts.seenAt - STORY_WINDOW_MS, 'LIMIT', 0, CANDIDATES);
      let storyId = facts.itemId;
      for (const json of recent) {
        const other = JSON.parse(json) as StoryFacts;
        if (other.itemId !== facts.itemId && sameStory({ ...facts, storyId }, other)) {
          storyId = other.storyId;
          break;
        }
      }
      await redis
        .multi()
        .zadd(key, facts.seenAt, JSON.stringify({ ...facts, storyId }))
        .zremrangebyscore(key, '-inf', facts.seenAt - STORY_WINDOW_MS)
        .expire(key, Math.ceil((2 * STORY_WINDOW_MS) / 1000))
        .exec();
      return storyId;
    },
  };
}
