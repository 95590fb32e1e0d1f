import type { Queue } from 'bullmq';
import { nextDigestAt, quietUntil } from '../src/domain/digest/schedule.js';
import type { ChatStore } from '../src/store/chats.js';
import type { PendingStore } from '../src/store/pending.js';
import type { DeliverData } from './queues.js';
import type { Route, Routes } from './route-items.js';

/** Instant digests go before scheduled ones (BullMQ: a lower number is served first). */
export const PRIORITY = { instant: 1, resume: 2, digest: 3 } as const;

const CHUNK = 500;

export interface DispatchDeps {
  chats: ChatStore;
  pending: PendingStore;
  deliverQueue: Queue<DeliverData>;
  now?: () => number;
}

/**
 * Hands routed items to each chat: they wait in the chat's pending set; an instant chat gets one
 * delivery job for the whole poll cycle (so one message, not one per item), a digest chat waits for
 * its due time, a chat in quiet hours until they end, a paused chat until /resume.
 */
export function createDispatcher(deps: DispatchDeps) {
  const now = deps.now ?? Date.now;

  /** Puts a chat's items in its pending set; true when it should get an instant delivery now. */
  async function place(chatId: number, entries: Route[]): Promise<boolean> {
    const chat = await deps.chats.get(chatId);
    if (!chat?.active) return false;
    await deps.pending.add(chatId, entries, now());
    if (chat.paused) return false;
    if (chat.digest.kind !== 'instant') {
      if ((await deps.pending.dueAt(chatId)) === null) {
        await deps.pending.scheduleDigest(chatId, nextDigestAt(chat.digest, chat.timezone, now()));
      }
      // Items of a subscription marked instant do not wait for the digest, unless quiet hours hold
      // (then they go with the digest, so that its own time stays as the reader set it).
      return entries.some((e) => e.urgent) && quietUntil(chat.quiet, chat.timezone, now()) === null;
    }
    const quietEnd = quietUntil(chat.quiet, chat.timezone, now());
    if (quietEnd !== null) {
      await deps.pending.scheduleDigest(chatId, quietEnd);
      return false;
    }
    return true;
  }

  return async function dispatch(routes: Routes, cycleId: string): Promise<void> {
    const cycle = cycleId.replace(/[^A-Za-z0-9_-]/g, '_');
    const chats = [...routes];
    // Chats are handled in chunks sent together, and their jobs queued in bulk, so that a large
    // fan-out costs a few hundred round trips rather than one per chat.
    for (let i = 0; i < chats.length; i += CHUNK) {
      const chunk = chats.slice(i, i + CHUNK);
      const instant = await Promise.all(chunk.map(([chatId, entries]) => place(chatId, entries)));
      const jobs = chunk
        .filter((_, j) => instant[j])
        .map(([chatId]) => ({
          name: 'deliver',
          data: { chatId, reason: 'instant' as const },
          opts: { jobId: `instant_${chatId}_${cycle}`, priority: PRIORITY.instant },
        }));
      if (jobs.length > 0) await deps.deliverQueue.addBulk(jobs);
    }
  };
}

/**
 * Once a minute: every chat whose digest (or quiet-hours end) is due gets one delivery job, found
 * by one range query over the due-set, whatever the number of chats. The job id carries the due
 * time, so a tick repeated after a crash cannot queue the same digest twice.
 */
export function createDigestTick(deps: DispatchDeps & { batch?: number }) {
  const now = deps.now ?? Date.now;
  return async function tick(): Promise<{ queued: number }> {
    let queued = 0;
    for (;;) {
      const due = await deps.pending.dueChats(now(), deps.batch ?? 1000);
      for (const { chatId, dueAt } of due) {
        await deps.deliverQueue.add(
          'deliver',
          { chatId, reason: 'digest', dueAt },
          { jobId: `digest_${chatId}_${dueAt}`, priority: PRIORITY.digest },
        );
        const chat = await deps.chats.get(chatId);
        const next = chat?.active ? nextDigestAt(chat.digest, chat.timezone, Math.max(now(), dueAt)) : null;
        await deps.pending.scheduleDigest(chatId, next);
        queued++;
      }
      if (due.length < (deps.batch ?? 1000)) return { queued };
    }
  };
}
