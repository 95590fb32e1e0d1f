import { Queue, type ConnectionOptions } from 'bullmq';

/**
 * Queue names carry their own hash tag: BullMQ needs all of one queue's keys in one Cluster slot,
 * and a tag per queue (not one for all) lets a Cluster spread the queues over its nodes.
 */
export const QUEUE_NAMES = { poll: '{poll}', deliver: '{deliver}' } as const;

export interface PollFeedData {
  feedId: string;
}

/** A delivery sends whatever the chat has pending; the reason only orders the queue and the logs. */
export interface DeliverData {
  chatId: number;
  reason: 'instant' | 'digest' | 'resume';
  /** For scheduled digests: the due time this job serves (one job per chat and due time). */
  dueAt?: number;
}

export interface Queues {
  poll: Queue<PollFeedData>;
  deliver: Queue<DeliverData>;
  close(): Promise<void>;
}

/**
 * `onError` receives the queues' connection errors: without a listener BullMQ prints them raw to
 * stderr, past the structured logs and their secret scrubbing.
 */
export function createQueues(connection: ConnectionOptions, prefix: string, onError?: (error: Error) => void): Queues {
  const poll = new Queue<PollFeedData>(QUEUE_NAMES.poll, {
    connection,
    prefix,
    defaultJobOptions: { removeOnComplete: { count: 1000 }, removeOnFail: { count: 1000 } },
  });
  const deliver = new Queue<DeliverData>(QUEUE_NAMES.deliver, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  });
  if (onError) for (const queue of [poll, deliver]) queue.on('error', onError);
  return {
    poll,
    deliver,
    async close() {
      await Promise.all([poll.close(), deliver.close()]);
    },
  };
}
