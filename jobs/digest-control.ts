import { nextDigestAt, type DigestMode, type QuietHours } from '../src/domain/digest/schedule.js';
import type { ChatStore } from '../src/store/chats.js';
import type { PendingStore } from '../src/store/pending.js';

/** What the bot calls to change how and when a chat receives its items. */
export interface DigestControl {
  /** Sets the mode; returns when the next digest is due (null for instant). */
  setMode(chatId: number, mode: DigestMode): Promise<{ nextAt: number | null }>;
  setTimezone(chatId: number, zone: string): Promise<{ nextAt: number | null }>;
  setQuietHours(chatId: number, quiet: QuietHours | null): Promise<void>;
  pause(chatId: number): Promise<void>;
  /** Resumes; what was held goes out now (instant) or with the next digest. Returns how many items wait. */
  resume(chatId: number): Promise<{ waiting: number }>;
}

export interface DigestControlDeps {
  chats: ChatStore;
  pending: PendingStore;
  /** Queues a delivery of whatever the chat has pending. */
  flush: (chatId: number) => Promise<void>;
  now?: () => number;
}

export function createDigestControl(deps: DigestControlDeps): DigestControl {
  const now = deps.now ?? Date.now;

  async function reschedule(chatId: number): Promise<{ nextAt: number | null }> {
    const chat = await deps.chats.get(chatId);
    if (!chat) return { nextAt: null };
    const nextAt = nextDigestAt(chat.digest, chat.timezone, now());
    await deps.pending.scheduleDigest(chatId, nextAt);
    if (nextAt === null && !chat.paused && (await deps.pending.count(chatId)) > 0) await deps.flush(chatId);
    return { nextAt };
  }

  return {
    async setMode(chatId, mode) {
      await deps.chats.update(chatId, { digest: mode });
      return reschedule(chatId);
    },
    async setTimezone(chatId, zone) {
      await deps.chats.update(chatId, { timezone: zone });
      return reschedule(chatId);
    },
    async setQuietHours(chatId, quiet) {
      await deps.chats.update(chatId, { quiet });
    },
    async pause(chatId) {
      await deps.chats.update(chatId, { paused: true });
    },
    async resume(chatId) {
      await deps.chats.update(chatId, { paused: false });
      await reschedule(chatId);
      return { waiting: await deps.pending.count(chatId) };
    },
  };
}
