import type { Logger } from 'pino';
import {
  DEFAULT_HEALTH_POLICY,
  describeFeedError,
  nextAttemptAfterFailure,
  nextAttemptAfterSuccess,
  shouldDisable,
  type HealthPolicy,
} from '../src/feeds/health.js';
import type { Feed, FeedStore } from '../src/store/feeds.js';
import type { NotifyAdmins } from './feed-alerts.js';

/**
 * Consecutive failures the backoff is spelled out for: it doubles from the first and reaches its cap
 * long before this (the exponent itself stops at 30), so later failures wait as long as the last.
 */
const BACKOFF_STEPS = 32;

export interface FeedHealthDeps {
  feeds: FeedStore;
  notifyAdmins?: NotifyAdmins | undefined;
  policy?: Partial<HealthPolicy> | undefined;
  now: () => number;
}

export type PollGate = 'disabled' | 'backoff' | null;

/**
 * The poll's health bookkeeping: whether a feed may be fetched now, what a failure costs it
 * (backoff, Retry-After, disabling with an alert to the admins), and where a moved feed now lives.
 */
export function createFeedHealth(deps: FeedHealthDeps) {
  const policy: HealthPolicy = { ...DEFAULT_HEALTH_POLICY, ...deps.policy };
  return {
    /** Why this poll must not fetch, if it must not. */
    gate(feed: Feed): PollGate {
      if (feed.disabled) return 'disabled';
      if (feed.nextAttemptAt !== null && feed.nextAttemptAt > deps.now()) return 'backoff';
      return null;
    },

    /** The earliest next fetch after a success, from the server's `Cache-Control: max-age`. */
    nextAfterSuccess(maxAgeSeconds: number | undefined): number | null {
      return nextAttemptAfterSuccess(maxAgeSeconds, deps.now(), policy);
    },

    /** Records a failed poll; returns the message for the job result. */
    async failed(feed: Feed, error: unknown, log: Logger): Promise<string> {
      const problem = describeFeedError(error);
      const now = deps.now();
      // The backoff for each possible count, so that the error and the deferral are one write.
      const backoff = Array.from({ length: BACKOFF_STEPS }, (_, k) =>
        nextAttemptAfterFailure(k + 1, now, problem.retryAfterSeconds, policy),
      );
      const failures = await deps.feeds.recordFailure(
        feed.id,
        { message: problem.message, code: problem.code },
        now,
        backoff,
      );
      const nextAttemptAt = backoff[Math.min(failures, BACKOFF_STEPS) - 1];
      log.warn({ err: problem.message, code: problem.code, failures, nextAttemptAt }, 'feed poll failed');
      if (shouldDisable(failures, policy) && (await deps.feeds.disable(feed.id, now))) {
        log.warn({ failures }, 'feed disabled after consecutive failures');
        await deps.notifyAdmins?.({
          key: 'feed.disabled_alert',
          values: {
            id: feed.id,
            title: (feed.title || feed.url).slice(0, 300),
            url: feed.url.slice(0, 600),
            failures,
            error: problem.message.slice(0, 300),
          },
        });
      }
      return problem.message;
    },

    /** Follows a permanent redirect, unless another feed already has the new URL. */
    async moved(feed: Feed, url: string, log: Logger): Promise<void> {
      if (url === feed.url) return;
      const moved = await deps.feeds.moveUrl(feed.id, url);
      if (moved) log.info({ from: feed.url, to: url }, 'feed moved permanently: URL updated');
      else log.warn({ from: feed.url, to: url }, 'feed moved to a URL another feed already has: URL kept');
    },
  };
}

export type FeedHealth = ReturnType<typeof createFeedHealth>;
