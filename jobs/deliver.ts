import { DelayedError, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { toDigestEntries, type EntryLocale } from '../src/domain/digest/entries.js';
import { renderDigest, type DigestLabels } from '../src/domain/digest/render.js';
import { quietUntil } from '../src/domain/digest/schedule.js';
import type { Chat, ChatStore } from '../src/store/chats.js';
import type { DeliveryLog } from '../src/store/deliveries.js';
import type { ItemStore, StoredItem } from '../src/store/items.js';
import type { PendingEntry, PendingStore } from '../src/store/pending.js';
import type { DeliverData } from './queues.js';
import type { SendOutcome } from './send-policy.js';

export interface DeliverDeps {
  chats: ChatStore;
  items: ItemStore;
  deliveries: DeliveryLog;
  pending: PendingStore;
  sendWithPolicy: (chatId: number, html: string, threadId?: number) => Promise<SendOutcome>;
  /** Waits for the chat's next send slot: about one message a second in private chats, 20 a minute in groups. */
  pace: (chat: Chat) => Promise<void>;
  locale: (chat: Chat) => { entry: EntryLocale; labels: DigestLabels };
  logger: Logger;
  maxMessages?: number;
  now?: () => number;
}

export type DeliverResult =
  | { sent: number; messages: number; latencySeconds: number[] }
  | { skipped: 'unknown-chat' | 'inactive-chat' | 'paused' | 'quiet-hours' | 'not-instant' | 'blocked' };

/**
 * Renewed before every message, so it only has to outlast one paced send; a crashed worker's lock
 * then expires within seconds and another worker takes the chat over.
 */
const LOCK_MS = 30_000;

/** In a forum, sent marks are per thread: a desk's AZ thread and IT thread each get the AZ–IT item. */
const sentKey = (threadId: number, id: string) => (threadId ? `${threadId}|${id}` : id);
const storyKey = (item: StoredItem) => `story:${item.storyId ?? item.id}`;

/**
 * Sends a chat what it has pending, as one digest per forum thread: one entry per story, as few
 * messages as the 4096-character limit allows, at most `maxMessages`. Each message's items and
 * stories are marked sent as soon as Telegram accepts it, so retries, re-polls and restarts never
 * resend, and the same event from another feed is not sent again.
 */
export function createDeliver(deps: DeliverDeps) {
  const now = deps.now ?? Date.now;
  return async function deliver(job: Job<DeliverData>, token?: string): Promise<DeliverResult> {
    const chatId = job.data.chatId;
    const lock = await deps.chats.lockDelivery(chatId, LOCK_MS);
    if (!lock) {
      // Another worker is delivering to this chat: come back shortly rather than send twice.
      await job.moveToDelayed(now() + 2000, token);
      throw new DelayedError();
    }
    try {
      return await deliverLocked(job, lock);
    } finally {
      await deps.chats.unlockDelivery(chatId, lock);
    }
  };

  async function deliverLocked(job: Job<DeliverData>, lock: string): Promise<DeliverResult> {
    const chatId = job.data.chatId;
    const chat = await deps.chats.get(chatId);
    if (!chat) return { skipped: 'unknown-chat' };
    if (!chat.active) {
      await deps.pending.clear(chatId); // a reader who comes back should not get a backlog flood
      return { skipped: 'inactive-chat' };
    }
    if (chat.paused) return { skipped: 'paused' };
    const quietEnd = quietUntil(chat.quiet, chat.timezone, now());
    if (quietEnd !== null) {
      const due = await deps.pending.dueAt(chatId);
      if (due === null || due < quietEnd) await deps.pending.scheduleDigest(chatId, quietEnd);
      return { skipped: 'quiet-hours' };
    }
    // In a digest chat an instant job carries only what instant subscriptions routed.
    const urgentOnly = job.data.reason === 'instant' && chat.digest.kind !== 'instant';
    const locale = deps.locale(chat);
    const pending = (await deps.pending.list(chatId)).filter((entry) => !urgentOnly || entry.urgent);
    if (urgentOnly && pending.length === 0) return { skipped: 'not-instant' };
    const threads = new Map<number, PendingEntry[]>();
    for (const entry of pending) threads.set(entry.threadId, [...(threads.get(entry.threadId) ?? []), entry]);

    let sent = 0;
    let messages = 0;
    const latencySeconds: number[] = [];
    for (const [threadId, entries] of threads) {
      const stored = await deps.items.getMany(entries.map((e) => e.itemId));
      // One look at the sent marks for items and their stories together.
      const marksOf = (item: StoredItem) => [sentKey(threadId, item.id), sentKey(threadId, storyKey(item))];
      const unsent = new Set(await deps.deliveries.unsent(chatId, [...new Set(stored.flatMap(marksOf))]));
      const items = stored.filter((item) => marksOf(item).every((mark) => unsent.has(mark)));
      const byId = new Map(items.map((item) => [item.id, item]));
      const digest = renderDigest(toDigestEntries(items, locale.entry), locale.labels, deps.maxMessages ?? 5);
      for (const message of digest.messages) {
        // A lock lost while waiting (this worker stalled past its expiry) means another may be sending.
        if (!(await deps.chats.refreshDeliveryLock(chatId, lock, LOCK_MS))) throw new Error(`lost the delivery lock of chat ${chatId}`);
        await deps.pace(chat);
        const outcome = await deps.sendWithPolicy(chatId, message.html, threadId || undefined);
        if (!outcome.ok) {
          if (outcome.stopped === 'retry-later') throw new Error(`chat ${chatId} unreachable; will retry`);
          return { skipped: 'blocked' };
        }
        const carried = message.itemIds.map((id) => byId.get(id)).filter((i): i is StoredItem => i !== undefined);
        const marks = [...new Set(carried.flatMap(marksOf))];
        await deps.deliveries.recordSent(outcome.chatId, marks, { messageId: outcome.messageId, itemIds: message.itemIds }, now());
        sent += message.itemIds.length;
        messages++;
        for (const item of carried) latencySeconds.push(Math.max(0, (now() - item.seenAt) / 1000));
      }
      // Sent, expired, or another report of a sent story: all leave the pending set. Should the job
      // stop before this, the sent marks keep a retry from repeating what went out.
      await deps.pending.remove(chatId, entries);
    }
    if (messages > 0 && chat.failures > 0) await deps.chats.clearFailures(chatId);
    return { sent, messages, latencySeconds };
  }
}
