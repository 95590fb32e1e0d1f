import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { BodyTooLargeError, readBody } from './read-body.js';
import { safeEqual } from './safe-equal.js';
import { sendText, type Route } from './server.js';

/** Telegram's updates are a few kilobytes; a megabyte leaves room and bounds what a caller can make us hold. */
export const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024;

export interface WebhookDeps {
  /** The path of WEBHOOK_URL: only POSTs there are updates. */
  path: string;
  secret: string;
  handleUpdate: (update: { update_id: number }) => Promise<void>;
  logger: Logger;
  bodyLimitBytes?: number;
  /** Counts answers by status, for metrics. */
  onAnswer?: (status: number) => void;
}

export interface WebhookRoute {
  route: Route;
  /** Refuses new updates (503: Telegram retries them later, here or elsewhere) and waits for those in hand. */
  drain(): Promise<void>;
}

/**
 * Telegram's calls to the webhook. Only a caller that knows the secret is heard (checked before
 * the body is read, in constant time); bodies are bounded; an update is answered 200 only after
 * the bot handled it, so a crash makes Telegram send it again rather than lose it. Neither the
 * expected nor the offered secret is ever logged.
 */
export function createWebhookRoute(deps: WebhookDeps): WebhookRoute {
  const limit = deps.bodyLimitBytes ?? WEBHOOK_BODY_LIMIT_BYTES;
  const inFlight = new Set<Promise<unknown>>();
  let accepting = true;

  const answer = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
    deps.onAnswer?.(status);
    sendText(res, status, text, headers);
  };
  // A refusal before the body is read closes the connection rather than reading what we refuse.
  const refuse = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) =>
    answer(res, status, text, { connection: 'close', ...headers });

  const receive = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      return refuse(res, 413, 'update too large');
    }
    const update = parseUpdate(body);
    if (!update) return answer(res, 400, 'not a Telegram update');
    try {
      await deps.handleUpdate(update);
      answer(res, 200, '');
    } catch (err) {
      // The bot catches its own errors; reaching here means it could not even start (Redis down):
      // a 500 makes Telegram retry the update later.
      deps.logger.error({ err, updateId: update.update_id }, 'webhook update failed');
      answer(res, 500, 'update failed');
    }
  };

  const route: Route = async (req, res, url) => {
    if (url.pathname !== deps.path) return false;
    if (req.method !== 'POST') {
      refuse(res, 405, 'use POST', { allow: 'POST' });
      return true;
    }
    const offered = req.headers['x-telegram-bot-api-secret-token'];
    if (typeof offered !== 'string' || offered === '') {
      deps.logger.warn({ remote: req.socket.remoteAddress }, 'webhook call without the secret token refused');
      refuse(res, 401, 'secret token required');
      return true;
    }
    if (!safeEqual(deps.secret, offered)) {
      deps.logger.warn({ remote: req.socket.remoteAddress }, 'webhook call with a wrong secret token refused');
      refuse(res, 403, 'wrong secret token');
      return true;
    }
    if (!accepting) {
      refuse(res, 503, 'shutting down', { 'retry-after': '5' });
      return true;
    }
    // Tracked from here on, so that a drain waits for updates whose body is still arriving.
    const work = receive(req, res);
    inFlight.add(work);
    await work.finally(() => inFlight.delete(work));
    return true;
  };

  return {
    route,
    async drain() {
      accepting = false;
      await Promise.allSettled([...inFlight]);
    },
  };
}

function parseUpdate(body: Buffer): { update_id: number } | null {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const id = (value as { update_id?: unknown }).update_id;
    return Number.isSafeInteger(id) ? (value as { update_id: number }) : null;
  } catch {
    return null;
  }
}
