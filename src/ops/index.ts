import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Context, Telegraf } from 'telegraf';
import type { Convenience } from 'telegraf/types';
import type { Config } from '../config.js';
import { createDashboardRoute } from '../http/dashboard.js';
import { createHealthRoute } from '../http/health.js';
import { createMetricsRoute } from '../http/metrics-route.js';
import { startHttpServer } from '../http/server.js';
import { createMetrics } from '../metrics/metrics.js';
import { observeWorkers, type ObservedWorker } from '../metrics/observe-workers.js';
import { registerQueueGauges } from '../metrics/queue-gauges.js';
import { serveBotUpdates } from './bot-updates.js';
import { createLastPoll } from './last-poll.js';
import { createShutdown } from './shutdown.js';

export interface OpsDeps {
  config: Pick<
    Config,
    'HTTP_PORT' | 'REDIS_PREFIX' | 'DASHBOARD_PASSWORD' | 'SHUTDOWN_TIMEOUT_SECONDS' | 'WEBHOOK_URL' | 'WEBHOOK_SECRET'
  >;
  redis: Redis;
  queues: Queue[];
  logger: Logger;
}

interface ClosableWorker extends ObservedWorker {
  close(): Promise<void>;
}

export interface Ops {
  httpPort: number;
  /** Counts the workers' jobs in the metrics; closing them starts as soon as shutdown begins. */
  observeWorkers(workers: ClosableWorker[]): void;
  /** Runs a stop step (closing workers: their jobs in hand finish) and waits for it until the shutdown deadline. */
  finishWithin(what: string, stop: () => Promise<unknown>): Promise<void>;
  /** Long polling or webhook; resolves to the function that stops taking updates. */
  serveBot<C extends Context>(bot: Telegraf<C>, allowedUpdates: Convenience.UpdateType[]): Promise<() => Promise<void>>;
  /** Stops taking work everywhere at once (health turns 503, the webhook refuses, workers close). */
  beginShutdown(): void;
  close(): Promise<void>;
}

/**
 * Everything an operator sees of a process: /healthz, /metrics, the queue dashboard, the webhook,
 * and the shutdown deadline. Started before the roles, so that the
 * webhook is listening by the time Telegram is told about it.
 */
export async function startOps(deps: OpsDeps): Promise<Ops> {
  const { config, redis, queues, logger } = deps;
  const metrics = createMetrics();
  const lastPoll = createLastPoll(redis, config.REDIS_PREFIX, (err) => logger.warn({ err }, 'could not record the last poll'));
  registerQueueGauges(metrics, queues, () => lastPoll.read());
  const shutdown = createShutdown({ timeoutMs: config.SHUTDOWN_TIMEOUT_SECONDS * 1000, logger });

  const health = createHealthRoute({
    checks: [
      { name: 'redis', check: async () => (await redis.ping()) === 'PONG' },
      { name: 'queues', check: async () => (await Promise.all(queues.map((queue) => queue.getJobCounts('waiting')))).length === queues.length },
    ],
    lastSuccessfulPoll: () => lastPoll.read(),
    stopping: () => shutdown.stopping,
  });
  const routes = [health, createMetricsRoute(metrics.registry)];
  if (config.DASHBOARD_PASSWORD) routes.push(createDashboardRoute({ queues, password: config.DASHBOARD_PASSWORD }));
  const http = await startHttpServer(config.HTTP_PORT, routes, logger);

  return {
    httpPort: http.port,
    observeWorkers(workers) {
      observeWorkers(workers, { metrics, onSuccessfulPoll: () => lastPoll.record() });
      for (const worker of workers) shutdown.onBegin(() => void worker.close().catch(() => {}));
    },
    async finishWithin(what, stop) {
      await shutdown.within(what, stop());
    },
    async serveBot(bot, allowedUpdates) {
      const webhook = config.WEBHOOK_URL && config.WEBHOOK_SECRET ? { url: config.WEBHOOK_URL, secret: config.WEBHOOK_SECRET } : undefined;
      const stop = await serveBotUpdates(bot, {
        webhook,
        allowedUpdates,
        addRoute: (route) => http.use(route),
        onWebhookAnswer: (status) => metrics.webhookRequests.inc({ status: String(status) }),
        logger,
      });
      let stopped: Promise<void> | undefined;
      const stopOnce = () => (stopped ??= stop());
      shutdown.onBegin(() => void stopOnce());
      return stopOnce;
    },
    beginShutdown: () => shutdown.begin(),
    close: () => http.close(),
  };
}
