import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Every metric Attaché exports, in a registry of its own (never prom-client's global one: tests
 * run several apps in one process, and a library's metrics should not leak into ours).
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    polls: new Counter({
      name: 'attache_polls_total',
      help: 'Feed polls by outcome: fetched, not_modified, failed (the feed), skipped, error (the job threw)',
      labelNames: ['outcome'] as const,
      registers,
    }),
    itemsFresh: new Counter({
      name: 'attache_items_fresh_total',
      help: 'Items new to their feed, classified and routed',
      registers,
    }),
    itemsPrimed: new Counter({
      name: 'attache_items_primed_total',
      help: "Items recorded by a feed's first poll (never delivered)",
      registers,
    }),
    deliveredMessages: new Counter({
      name: 'attache_delivered_messages_total',
      help: 'Telegram messages sent by the delivery worker',
      registers,
    }),
    deliveredItems: new Counter({
      name: 'attache_delivered_items_total',
      help: 'Items delivered to chats (an item sent to two chats counts twice)',
      registers,
    }),
    deliveriesSkipped: new Counter({
      name: 'attache_deliveries_skipped_total',
      help: 'Delivery jobs that sent nothing, by reason',
      labelNames: ['reason'] as const,
      registers,
    }),
    failures: new Counter({
      name: 'attache_failures_total',
      help: 'Failed job attempts and failed feed polls, by queue and cause',
      labelNames: ['queue', 'cause'] as const,
      registers,
    }),
    jobDuration: new Histogram({
      name: 'attache_job_duration_seconds',
      help: 'Time a worker spent on a job, by queue',
      labelNames: ['queue'] as const,
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
    deliveryLatency: new Histogram({
      name: 'attache_delivery_latency_seconds',
      help: 'From an item first seen in its feed to its delivery to a chat (digests wait by design)',
      buckets: [1, 2.5, 5, 10, 30, 60, 120, 300, 900, 1800, 3600, 3 * 3600, 12 * 3600, 24 * 3600, 7 * 24 * 3600],
      registers,
    }),
    webhookRequests: new Counter({
      name: 'attache_webhook_requests_total',
      help: 'Calls to the webhook by HTTP status (401/403: refused secret, 413: too large)',
      labelNames: ['status'] as const,
      registers,
    }),
    /** A gauge whose value is read on each scrape; `collect` sets it. */
    gauge(name: string, help: string, labelNames: string[], collect: (gauge: Gauge) => Promise<void>): Gauge {
      return new Gauge({
        name,
        help,
        labelNames,
        registers,
        async collect() {
          await collect(this);
        },
      });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
