import { classifyTelegramError } from '../telegram/errors.js';
import type { Metrics } from './metrics.js';
import { queueLabel } from './queue-gauges.js';

interface JobLike {
  name: string;
  processedOn?: number | undefined;
  finishedOn?: number | undefined;
}

/** What of a BullMQ Worker is observed: its name and its job events. */
export interface ObservedWorker {
  name: string;
  on(event: 'completed', listener: (job: JobLike, result: unknown) => void): unknown;
  on(event: 'failed', listener: (job: JobLike | undefined, error: Error) => void): unknown;
}

export interface ObserveDeps {
  metrics: Metrics;
  /** Called when a feed poll succeeded (fetched or not modified). */
  onSuccessfulPoll: () => void;
}

/**
 * Metrics from the workers' `completed` and `failed` events: the processors stay free of
 * instrumentation, and their results (`{fetched, fresh}`, `{notModified}`, `{failed}`,
 * `{sent, messages, latencySeconds?}`, `{skipped}`) already say what happened.
 */
export function observeWorkers(workers: ObservedWorker[], deps: ObserveDeps): void {
  const { metrics } = deps;
  for (const worker of workers) {
    const queue = queueLabel(worker.name);
    worker.on('completed', (job, result) => {
      if (job.processedOn && job.finishedOn) metrics.jobDuration.observe({ queue }, (job.finishedOn - job.processedOn) / 1000);
      if (queue === 'poll' && job.name === 'poll') countPoll(result, deps);
      else if (queue === 'deliver') countDelivery(result, metrics);
    });
    worker.on('failed', (job, error) => {
      if (queue === 'poll' && job?.name === 'poll') metrics.polls.inc({ outcome: 'error' });
      metrics.failures.inc({ queue, cause: jobFailureCause(error) });
    });
  }
}

function countPoll(result: unknown, deps: ObserveDeps): void {
  const r = (result ?? {}) as Record<string, unknown>;
  const { metrics } = deps;
  if (typeof r.fetched === 'number') {
    metrics.polls.inc({ outcome: 'fetched' });
    const fresh = typeof r.fresh === 'number' ? r.fresh : 0;
    (r.primed ? metrics.itemsPrimed : metrics.itemsFresh).inc(fresh);
    deps.onSuccessfulPoll();
  } else if (r.notModified) {
    metrics.polls.inc({ outcome: 'not_modified' });
    deps.onSuccessfulPoll();
  } else if (typeof r.failed === 'string') {
    metrics.polls.inc({ outcome: 'failed' });
    metrics.failures.inc({ queue: 'poll', cause: feedFailureCause(r.failed) });
  } else {
    metrics.polls.inc({ outcome: 'skipped' });
  }
}

function countDelivery(result: unknown, metrics: Metrics): void {
  const r = (result ?? {}) as Record<string, unknown>;
  if (typeof r.sent === 'number') {
    metrics.deliveredItems.inc(r.sent);
    if (typeof r.messages === 'number') metrics.deliveredMessages.inc(r.messages);
    if (Array.isArray(r.latencySeconds)) {
      for (const seconds of r.latencySeconds) if (typeof seconds === 'number' && seconds >= 0) metrics.deliveryLatency.observe(seconds);
    }
  } else if (r.skipped !== undefined) {
    metrics.deliveriesSkipped.inc({ reason: boundedLabel(r.skipped) });
  }
}

/** A feed's failure, from the poll result's message: a handful of causes an operator can act on. */
export function feedFailureCause(message: string): string {
  if (/answered HTTP|redirected \(HTTP/.test(message)) return 'http-status';
  if (/in time|within|halfway/.test(message)) return 'timeout';
  if (/larger than|over the .* limit/.test(message)) return 'too-large';
  if (/^refused to (fetch|connect)/.test(message)) return 'blocked-address';
  if (/redirect/.test(message)) return 'redirects';
  if (/broken|parse|not a feed|XML/i.test(message)) return 'parse';
  if (/resolve|refused the connection|closed the connection|TLS|fetching .* failed|Content-Encoding/.test(message)) return 'network';
  return 'other';
}

/** A job that threw: a Bot API error by its meaning, a known error class by name, else `other`. */
export function jobFailureCause(error: Error | undefined): string {
  if (!error) return 'other';
  const e = error as Error & { code?: unknown; response?: { error_code?: unknown } };
  if (e.response?.error_code !== undefined || e.name === 'TelegramError') return classifyTelegramError(error).kind;
  if (e.name === 'FeedFetchError' && typeof e.code === 'string') return boundedLabel(e.code);
  if (e.name === 'FeedParseError') return 'parse';
  if (/stalled/i.test(e.message)) return 'stalled';
  if (/unreachable/i.test(e.message)) return 'chat-unreachable';
  if (/Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT/.test(e.message)) return 'connection';
  return 'other';
}

/** Label values come from code, but a bound keeps a surprise from minting a series per job. */
function boundedLabel(value: unknown): string {
  return typeof value === 'string' && /^[a-z][a-z0-9-]{0,39}$/.test(value) ? value : 'other';
}
