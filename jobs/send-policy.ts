import { RateLimitError } from 'bullmq';
import type { Logger } from 'pino';
import type { ChatStore } from '../src/store/chats.js';
import type { FloodGate } from '../src/store/flood-gate.js';
import type { SubscriptionStore } from '../src/store/subscriptions.js';
import { classifyTelegramError } from '../src/telegram/errors.js';
import { htmlToPlain, type SendMessage } from '../src/telegram/sender.js';

export interface SendPolicyDeps {
  chats: ChatStore;
  subscriptions: SubscriptionStore;
  send: SendMessage;
  /** Pauses the whole delivery queue: after a 429 nothing goes to Telegram until retry_after elapses. */
  pauseQueue: (ms: number) => Promise<void>;
  /** Shared flood gate: when Telegram last said "retry after", for every worker process. */
  floodGate: FloodGate;
  logger: Logger;
}


const GATE_READ_MS = 200;

export type SendOutcome =
  | { ok: true; messageId: number; chatId: number }
  | { ok: false; stopped: 'blocked' | 'unreachable' | 'retry-later' };

/**
 * Sends one message under Telegram's rules: a 429 pauses the queue for retry_after and retries the
 * job; "blocked", "deactivated" and "kicked" stop the chat at once; other 403s and "chat not found"
 * only after several failures over time; a migrated group moves and the message goes to the new
 * id; an entity error is sent once more as plain text; anything else is retried with backoff.
 */
export function createSendPolicy(deps: SendPolicyDeps) {
  // Jobs of this process see a 429 at once, without a round trip to Redis; other processes' 429s
  // are read from Redis at most every GATE_READ_MS.
  let localUntil = 0;
  let shared = { until: 0, readAt: 0 };
  async function waitForGate(): Promise<void> {
    if (Date.now() - shared.readAt > GATE_READ_MS) shared = { until: await deps.floodGate.closedUntil(), readAt: Date.now() };
    const until = Math.max(localUntil, shared.until);
    const wait = until - Date.now();
    if (wait > 0) {
      await deps.pauseQueue(wait);
      throw new RateLimitError();
    }
  }

  return async function sendWithPolicy(chatId: number, html: string, threadId?: number): Promise<SendOutcome> {
    let target = chatId;
    let plain = false;
    for (let attempt = 0; attempt < 4; attempt++) {
      await waitForGate();
      try {
        const { messageId } = await deps.send(target, plain ? htmlToPlain(html) : html, { plain, threadId });
        return { ok: true, messageId, chatId: target };
      } catch (error) {
        const failure = classifyTelegramError(error);
        const log = deps.logger.child({ chatId: target });
        switch (failure.kind) {
          case 'rate-limited': {
            const until = Date.now() + failure.retryAfterSeconds * 1000;
            localUntil = Math.max(localUntil, until);
            shared = { until, readAt: Date.now() };
            log.warn({ retryAfter: failure.retryAfterSeconds }, 'Telegram flood limit: pausing deliveries');
            await deps.floodGate.close(until);
            await deps.pauseQueue(failure.retryAfterSeconds * 1000);
            throw new RateLimitError();
          }
          case 'blocked':
            log.info({ reason: failure.description }, 'chat removed the bot: deactivated');
            await deps.chats.deactivate(target, failure.description);
            return { ok: false, stopped: 'blocked' };
          case 'chat-unreachable': {
            const deactivated = await deps.chats.recordUnreachable(target, failure.description);
            log.warn({ reason: failure.description, deactivated }, 'chat unreachable');
            return { ok: false, stopped: deactivated ? 'unreachable' : 'retry-later' };
          }
          case 'migrated':
            log.info({ newChatId: failure.newChatId }, 'group became a supergroup: moving the chat');
            await moveChat(deps, target, failure.newChatId);
            target = failure.newChatId;
            continue;
          case 'cant-parse':
            if (plain) throw error;
            log.warn({ reason: failure.description }, 'Telegram could not parse the HTML: sending plain text');
            plain = true;
            continue;
          default:
            throw error;
        }
      }
    }
    throw new Error(`could not deliver to chat ${chatId} after repeated redirections`);
  };
}

async function moveChat(deps: SendPolicyDeps, from: number, to: number): Promise<void> {
  await deps.chats.move(from, to);
  for (const subscription of await deps.subscriptions.list(from)) await deps.subscriptions.add(to, subscription);
  await deps.subscriptions.removeAll(from);
}
