import { RateLimitError, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { renderDigest, type DigestItem } from '../src/domain/digest/render.js';
import type { ChatStore } from '../src/store/chats.js';
import type { DeliveryLog } from '../src/store/deliveries.js';
import type { ItemStore, StoredItem } from '../src/store/items.js';
import type { SubscriptionStore } from '../src/store/subscriptions.js';
import { classifyTelegramError } from '../src/telegram/errors.js';
import { htmlToPlain, type SendMessage } from '../src/telegram/sender.js';
import type { DeliverData } from './queues.js';

export interface DeliverDeps {
  chats: ChatStore;
  items: ItemStore;
  deliveries: DeliveryLog;
  subscriptions: SubscriptionStore;
  send: SendMessage;
  /** Pauses the whole delivery queue: after a 429 nothing goes to Telegram until retry_after elapses. */
  pauseQueue: (ms: number) => Promise<void>;
  heading: (item: StoredItem, language: string) => string;
  logger: Logger;
}

export type DeliverResult = { sent: number; messages: number } | { skipped: string };

/**
 * Sends a chat the items routed to it, as few messages as the 4096-character limit allows. Each
 * message's items are marked sent as soon as Telegram accepts it, so retries and re-polls never
 * resend; Telegram's errors become queue semantics (pause, retry, stop, move).
 */
export function createDeliver(deps: DeliverDeps) {
  return async function deliver(job: Job<DeliverData>): Promise<DeliverResult> {
    let chatId = job.data.chatId;
    const log = deps.logger.child({ chatId, jobId: job.id });
    const chat = await deps.chats.get(chatId);
    if (!chat) return { skipped: 'unknown-chat' };
    if (!chat.active) return { skipped: 'inactive-chat' };

    const unsent = await deps.deliveries.unsent(chatId, job.data.itemIds);
    const items = await deps.items.getMany(unsent);
    const digestItems: DigestItem[] = items.map((item) => ({ ...item, heading: deps.heading(item, chat.language) }));
    const messages = renderDigest(digestItems);
    let sent = 0;
    for (const message of messages) {
      let plain = false;
      for (;;) {
        try {
          await deps.send(chatId, plain ? htmlToPlain(message.html) : message.html, { plain });
          break;
        } catch (error) {
          const failure = classifyTelegramError(error);
          switch (failure.kind) {
            case 'rate-limited':
              log.warn({ retryAfter: failure.retryAfterSeconds }, 'Telegram flood limit: pausing deliveries');
              await deps.pauseQueue(failure.retryAfterSeconds * 1000);
              throw new RateLimitError();
            case 'blocked':
              log.info({ reason: failure.description }, 'chat blocked the bot: deactivated');
              await deps.chats.deactivate(chatId, failure.description);
              return { skipped: 'blocked' };
            case 'migrated':
              log.info({ newChatId: failure.newChatId }, 'group became a supergroup: moving the chat');
              await moveChat(deps, chatId, failure.newChatId, chat.language);
              chatId = failure.newChatId;
              continue;
            case 'cant-parse':
              if (plain) throw error;
              plain = true;
              continue;
            default:
              throw error;
          }
        }
      }
      await deps.deliveries.markSent(chatId, message.itemIds);
      sent += message.itemIds.length;
    }
    return { sent, messages: messages.length };
  };
}

async function moveChat(deps: DeliverDeps, from: number, to: number, language: string): Promise<void> {
  await deps.chats.ensure(to, language);
  for (const subscription of await deps.subscriptions.list(from)) await deps.subscriptions.add(to, subscription);
  await deps.subscriptions.removeAll(from);
  await deps.chats.deactivate(from, `migrated to ${to}`);
}
