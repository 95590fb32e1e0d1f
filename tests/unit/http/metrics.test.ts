import { EventEmitter } from 'node:events';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createMetricsRoute } from '../../../src/http/metrics-route.js';
import { startHttpServer } from '../../../src/http/server.js';
import { createMetrics } from '../../../src/metrics/metrics.js';
import { feedFailureCause, jobFailureCause, observeWorkers, type ObservedWorker } from '../../../src/metrics/observe-workers.js';
import { registerQueueGauges } from '../../../src/metrics/queue-gauges.js';
import { connectTestRedis, dropPrefix, uniquePrefix } from '../../support/redis.js';

const redis = connectTestRedis();
const prefix = uniquePrefix('metrics');
afterAll(async () => {
  await dropPrefix(redis, prefix);
  await redis.quit();
});

/** A stand-in for a BullMQ Worker: its name and the two events observed. */
const fakeWorker = (name: string) => Object.assign(new EventEmitter(), { name }) as EventEmitter & ObservedWorker;
const job = (name: string) => ({ name, processedOn: 1_000, finishedOn: 1_250 });

/** The value of one series in the text format, e.g. `attache_polls_total{outcome="fetched"}`. */
function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics from worker events', () => {
  it('counts polls by outcome, fresh items, deliveries, failures and latency', async () => {
    const metrics = createMetrics();
    const poll = fakeWorker('{poll}');
    const deliver = fakeWorker('{deliver}');
    let successfulPolls = 0;
    observeWorkers([poll, deliver], { metrics, onSuccessfulPoll: () => successfulPolls++ });

    poll.emit('completed', job('poll'), { fetched: 10, fresh: 3, routedChats: 2 });
    poll.emit('completed', job('poll'), { fetched: 5, fresh: 5, primed: true, routedChats: 0 });
    poll.emit('completed', job('poll'), { notModified: true });
    poll.emit('completed', job('poll'), { failed: 'mfa.example answered HTTP 503 Service Unavailable' });
    poll.emit('completed', job('digest-tick'), { dispatched: 4 }); // not a poll
    poll.emit('failed', job('poll'), new Error('Connection is closed.'));
    deliver.emit('completed', job('deliver'), { sent: 3, messages: 2, latencySeconds: [4, 7, 65] });
    deliver.emit('completed', job('deliver'), { sent: 1, messages: 1 }); // no latencies yet: still counted
    deliver.emit('completed', job('deliver'), { skipped: 'inactive-chat' });
    deliver.emit('completed', job('deliver'), { skipped: 'Something Odd\nwith spaces' });
    deliver.emit('failed', job('deliver'), Object.assign(new Error('429'), { response: { error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 3 } } }));

    const text = await metrics.registry.metrics();
    expect(value(text, 'attache_polls_total{outcome="fetched"}')).toBe(2);
    expect(value(text, 'attache_polls_total{outcome="not_modified"}')).toBe(1);
    expect(value(text, 'attache_polls_total{outcome="failed"}')).toBe(1);
    expect(value(text, 'attache_polls_total{outcome="error"}')).toBe(1);
    expect(value(text, 'attache_items_fresh_total')).toBe(3);
    expect(value(text, 'attache_items_primed_total')).toBe(5);
    expect(value(text, 'attache_delivered_messages_total')).toBe(3);
    expect(value(text, 'attache_delivered_items_total')).toBe(4);
    expect(value(text, 'attache_deliveries_skipped_total{reason="inactive-chat"}')).toBe(1);
    expect(value(text, 'attache_deliveries_skipped_total{reason="other"}')).toBe(1);
    expect(value(text, 'attache_failures_total{queue="poll",cause="http-status"}')).toBe(1);
    expect(value(text, 'attache_failures_total{queue="poll",cause="connection"}')).toBe(1);
    expect(value(text, 'attache_failures_total{queue="deliver",cause="rate-limited"}')).toBe(1);
    expect(value(text, 'attache_delivery_latency_seconds_count')).toBe(3);
    expect(value(text, 'attache_delivery_latency_seconds_bucket{le="5"}')).toBe(1);
    expect(value(text, 'attache_delivery_latency_seconds_bucket{le="60"}')).toBe(2);
    expect(value(text, 'attache_job_duration_seconds_count{queue="poll"}')).toBe(5);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m); // default metrics too
    expect(successfulPolls).toBe(3);
  });

  it('names feed failures by a handful of causes', () => {
    expect(feedFailureCause('mfa.example did not deliver the feed within 30 s')).toBe('timeout');
    expect(feedFailureCause('the feed is 64 MB, over the 10 MB limit')).toBe('too-large');
    expect(feedFailureCause('refused to fetch http://10.0.0.1: private address')).toBe('blocked-address');
    expect(feedFailureCause('the host name nowhere.example does not resolve (check the URL)')).toBe('network');
    expect(feedFailureCause('the feed is broken beyond repair (no root element)')).toBe('parse');
    expect(feedFailureCause('something new')).toBe('other');
    expect(jobFailureCause(Object.assign(new Error('x'), { response: { error_code: 403, description: 'Forbidden: bot was blocked by the user' } }))).toBe('blocked');
    expect(jobFailureCause(new Error('job stalled more than allowable limit'))).toBe('stalled');
  });
});

describe('queue depth and last poll gauges, and GET /metrics', () => {
  it('reads the queues on scrape', async () => {
    const queue = new Queue('{poll}', { connection: redis, prefix });
    await queue.add('poll', { feedId: '1' });
    await queue.add('poll', { feedId: '2' }, { delay: 60_000 });
    const metrics = createMetrics();
    registerQueueGauges(metrics, [queue], async () => 1_700_000_000_000);
    const server = await startHttpServer(0, [createMetricsRoute(metrics.registry)], pino({ level: 'silent' }));
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(value(text, 'attache_queue_jobs{queue="poll",state="waiting"}')).toBe(1);
      expect(value(text, 'attache_queue_jobs{queue="poll",state="delayed"}')).toBe(1);
      expect(value(text, 'attache_queue_jobs{queue="poll",state="active"}')).toBe(0);
      expect(value(text, 'attache_last_successful_poll_timestamp_seconds')).toBe(1_700_000_000);
    } finally {
      await server.close();
      await queue.close();
    }
  });
});
