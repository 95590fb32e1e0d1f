import type { Queue } from 'bullmq';
import type { PollFeedData } from './queues.js';

/** One BullMQ job scheduler per feed: the feed is polled every `intervalSeconds`. */
export interface FeedSchedule {
  schedule(feedId: string, intervalSeconds?: number): Promise<void>;
  unschedule(feedId: string): Promise<void>;
}

export function createFeedSchedule(pollQueue: Queue<PollFeedData>, defaultIntervalSeconds: number): FeedSchedule {
  return {
    async schedule(feedId, intervalSeconds = defaultIntervalSeconds) {
      await pollQueue.upsertJobScheduler(
        `feed-${feedId}`,
        { every: intervalSeconds * 1000 },
        { name: 'poll', data: { feedId } },
      );
    },
    async unschedule(feedId) {
      await pollQueue.removeJobScheduler(`feed-${feedId}`);
    },
  };
}
