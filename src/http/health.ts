import type { Route } from './server.js';
import { sendJson } from './server.js';

export interface HealthCheck {
  name: string;
  /** Resolves true when healthy; a rejection or a hang past the timeout counts as unhealthy. */
  check(): Promise<boolean>;
}

export interface HealthDeps {
  checks: HealthCheck[];
  /** When the last poll succeeded (any worker), epoch ms; null if none yet. */
  lastSuccessfulPoll: () => Promise<number | null>;
  /** True once shutdown has begun: the process is draining and should get no new traffic. */
  stopping: () => boolean;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * `GET /healthz`: 200 when Redis and the queues answer, 503 otherwise or while shutting down. The
 * last successful poll is reported, not judged: feeds that are all down, or no feeds at all, are
 * not something a restart fixes (alert on the `attache_last_successful_poll_timestamp_seconds`
 * metric instead).
 */
export function createHealthRoute(deps: HealthDeps): Route {
  const timeoutMs = deps.timeoutMs ?? 3000;
  const now = deps.now ?? Date.now;
  return async (req, res, url) => {
    if (url.pathname !== '/healthz') return false;
    req.resume();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { ok: false, error: 'use GET' });
      return true;
    }
    const results = await Promise.all(
      deps.checks.map(async ({ name, check }) => [name, await withTimeout(check(), timeoutMs).catch(() => false)] as const),
    );
    const lastPoll = await withTimeout(deps.lastSuccessfulPoll(), timeoutMs).catch(() => null);
    const stopping = deps.stopping();
    const ok = !stopping && results.every(([, passed]) => passed);
    sendJson(res, ok ? 200 : 503, {
      ok,
      ...(stopping ? { stopping: true } : {}),
      checks: Object.fromEntries(results),
      lastSuccessfulPoll: lastPoll === null ? null : new Date(lastPoll).toISOString(),
      lastSuccessfulPollAgeSeconds: lastPoll === null ? null : Math.max(0, Math.round((now() - lastPoll) / 1000)),
    });
    return true;
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
