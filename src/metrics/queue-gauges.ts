import type { Queue } from 'bullmq';
import type { Metrics } from './metrics.js';

/** Queue states that hold work not yet done (completed jobs are history, not depth). */
const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'paused', 'waiting-children', 'failed'] as const;

/** `{poll}` → `poll`: the hash tag is for Redis Cluster, not for dashboards. */
export const queueLabel = (name: string) => name.replace(/[{}]/g, '');

/**
 * Gauges read from Redis at scrape time, so every process (whatever its role) reports the same
 * shared truth: queue depths, and when any worker last polled a feed successfully.
 */
export function registerQueueGauges(metrics: Metrics, queues: Queue[], lastSuccessfulPoll: () => Promise<number | null>): void {
  metrics.gauge('attache_queue_jobs', 'Jobs in each queue by state, read from Redis on scrape', ['queue', 'state'], async (gauge) => {
    await Promise.all(
      queues.map(async (queue) => {
        const counts = await queue.getJobCounts(...STATES).catch(() => null);
        if (!counts) return; // Redis unreachable: /healthz says so; the scrape still answers
        for (const state of STATES) gauge.set({ queue: queueLabel(queue.name), state }, counts[state] ?? 0);
      }),
    );
  });
  metrics.gauge(
    'attache_last_successful_poll_timestamp_seconds',
    'When a worker last polled a feed successfully (Unix time); alert when it falls behind',
    [],
    async (gauge) => {
      const at = await lastSuccessfulPoll().catch(() => null);
      if (at !== null) gauge.set(at / 1000);
    },
  );
}
