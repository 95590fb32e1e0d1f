import { FeedFetchError, FeedParseError } from './types.js';

/**
 * How hard a failing feed is retried. The backoff doubles from `baseSeconds` up to `capSeconds`,
 * so the `disableAfter` failures that disable a feed span about a day with the defaults
 * (5, 10, 20 … min, then 6 h apart): a host down for an afternoon is not lost, a dead one stops costing.
 */
export interface HealthPolicy {
  baseSeconds: number;
  capSeconds: number;
  disableAfter: number;
  /** `Cache-Control: max-age` longer than this is not honoured: news must not wait a day. */
  maxAgeCapSeconds: number;
}

export const DEFAULT_HEALTH_POLICY: HealthPolicy = {
  baseSeconds: 300,
  capSeconds: 6 * 3600,
  disableAfter: 10,
  maxAgeCapSeconds: 3600,
};

/** Seconds to wait after the `failures`-th consecutive failure (1-based). */
export function backoffSeconds(failures: number, policy: HealthPolicy = DEFAULT_HEALTH_POLICY): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  return Math.min(policy.baseSeconds * 2 ** exponent, policy.capSeconds);
}

/** When a failing feed may be fetched again: the backoff, or longer when the server said `Retry-After`. */
export function nextAttemptAfterFailure(
  failures: number,
  now: number,
  retryAfterSeconds: number | undefined,
  policy: HealthPolicy = DEFAULT_HEALTH_POLICY,
): number {
  const retryAfter = Math.min(retryAfterSeconds ?? 0, policy.capSeconds);
  return now + Math.max(backoffSeconds(failures, policy), retryAfter) * 1000;
}

/** When a healthy feed may be fetched again, if its server asked for a pause; null means the next tick. */
export function nextAttemptAfterSuccess(
  maxAgeSeconds: number | undefined,
  now: number,
  policy: HealthPolicy = DEFAULT_HEALTH_POLICY,
): number | null {
  if (!maxAgeSeconds || maxAgeSeconds <= 0) return null;
  return now + Math.min(maxAgeSeconds, policy.maxAgeCapSeconds) * 1000;
}

export function shouldDisable(failures: number, policy: HealthPolicy = DEFAULT_HEALTH_POLICY): boolean {
  return failures >= policy.disableAfter;
}

/** Why a poll or a check failed: a stable code (to explain it in the admin's language) and the detail. */
export interface FeedProblem {
  code: FeedFetchError['code'] | 'parse' | 'other';
  message: string;
  retryAfterSeconds?: number | undefined;
}

export function describeFeedError(error: unknown): FeedProblem {
  if (error instanceof FeedFetchError) {
    return { code: error.code, message: error.message, retryAfterSeconds: error.retryAfterSeconds };
  }
  if (error instanceof FeedParseError) return { code: 'parse', message: error.message };
  return { code: 'other', message: error instanceof Error ? error.message : String(error) };
}
