import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DEFAULT_DIGEST, type DigestMode, type QuietHours } from '../domain/digest/schedule.js';
import type { Keys } from './keys.js';
import { createScript } from './scripts.js';

export type ChatType = 'private' | 'group' | 'supergroup' | 'channel';

export interface Chat {
  id: number;
  language: string;
  active: boolean;
  /** Why the chat stopped receiving (blocked, kicked, …), when inactive. */
  inactiveReason: string | null;
  createdAt: number;
  type: ChatType | null;
  title: string | null;
  digest: DigestMode;
  /** IANA zone for digest times and quiet hours. */
  timezone: string;
  quiet: QuietHours | null;
  paused: boolean;
  /** Delivery failures that may be temporary, since the last success. */
  failures: number;
}

export interface ChatSettingsPatch {
  type?: ChatType;
  title?: string;
  digest?: DigestMode;
  timezone?: string;
  quiet?: QuietHours | null;
  paused?: boolean;
}

export interface ChatStore {
  get(chatId: number): Promise<Chat | null>;
  /** Returns the chat, creating it with `language` when new. */
  ensure(chatId: number, language: string, now?: number): Promise<Chat>;
  setLanguage(chatId: number, language: string): Promise<void>;
  update(chatId: number, patch: ChatSettingsPatch): Promise<void>;
  deactivate(chatId: number, reason: string): Promise<void>;
  /** Makes the chat active again and forgets earlier delivery failures. */
  activate(chatId: number): Promise<void>;
  /**
   * Counts a failure that may be temporary (chat not found, a 403 other than blocked). The chat is
   * deactivated only after `threshold` failures spread over at least `spanMs`; returns whether it was.
   */
  recordUnreachable(chatId: number, reason: string, options?: { now?: number; threshold?: number; spanMs?: number }): Promise<boolean>;
  clearFailures(chatId: number): Promise<void>;
  /**
   * Takes the chat's next send slot, `intervalMs` after the previous one; returns how long to wait
   * before sending. Kept in Redis so that workers on several machines share one pace per chat.
   */
  reserveSendSlot(chatId: number, intervalMs: number, now?: number): Promise<number>;
  /**
   * One delivery at a time per chat, across every worker: two jobs for one chat running at once
   * would both read its pending items and send them twice. Returns a token, or null when held.
   */
  lockDelivery(chatId: number, ttlMs: number): Promise<string | null>;
  unlockDelivery(chatId: number, token: string): Promise<void>;
  /** Keeps a held lock for another `ttlMs`; false when it was lost (expired and taken). */
  refreshDeliveryLock(chatId: number, token: string, ttlMs: number): Promise<boolean>;
  /** Copies a chat's settings to a new id (a group upgraded to a supergroup) and deactivates the old one. */
  move(from: number, to: number): Promise<void>;
}

function parseJson<T>(text: string | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function toChat(id: number, h: Record<string, string>): Chat | null {
  if (!h.language) return null;
  return {
    id,
    language: h.language,
    active: h.active !== '0',
    inactiveReason: h.inactiveReason || null,
    createdAt: Number(h.createdAt ?? 0),
    type: (h.type as ChatType) || null,
    title: h.title || null,
    digest: parseJson<DigestMode>(h.digest, DEFAULT_DIGEST),
    timezone: h.timezone || 'UTC',
    quiet: parseJson<QuietHours | null>(h.quiet, null),
    paused: h.paused === '1',
    failures: Number(h.failures ?? 0),
  };
}

export function createChatStore(redis: Redis, keys: Keys): ChatStore {
  // One atomic step, so that two workers never take the same send slot.
  const reserveSlot = createScript(
    redis,
    `local next = tonumber(redis.call('HGET', KEYS[1], 'nextSendAt') or '0')
     local at = math.max(next, tonumber(ARGV[1]))
     redis.call('HSET', KEYS[1], 'nextSendAt', at + tonumber(ARGV[2]))
     return at`,
  );
  const refreshLock = createScript(
    redis,
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end",
  );
  // Only the holder releases: a lock that expired and was taken by another worker stays theirs.
  const releaseLock = createScript(
    redis,
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
  );
  async function get(chatId: number) {
    return toChat(chatId, await redis.hgetall(keys.chat(chatId)));
  }
  return {
    get,
    async ensure(chatId, language, now = Date.now()) {
      // HSETNX keeps an existing chat's settings untouched.
      await redis
        .multi()
        .hsetnx(keys.chat(chatId), 'language', language)
        .hsetnx(keys.chat(chatId), 'createdAt', String(now))
        .hsetnx(keys.chat(chatId), 'active', '1')
        .exec();
      await redis.sadd(keys.chatIds, String(chatId));
      return (await get(chatId))!;
    },
    async setLanguage(chatId, language) {
      await redis.hset(keys.chat(chatId), 'language', language);
    },
    async update(chatId, patch) {
      const fields: Record<string, string> = {};
      if (patch.type !== undefined) fields.type = patch.type;
      if (patch.title !== undefined) fields.title = patch.title.slice(0, 256);
      if (patch.digest !== undefined) fields.digest = JSON.stringify(patch.digest);
      if (patch.timezone !== undefined) fields.timezone = patch.timezone;
      if (patch.quiet !== undefined) fields.quiet = patch.quiet ? JSON.stringify(patch.quiet) : '';
      if (patch.paused !== undefined) fields.paused = patch.paused ? '1' : '0';
      if (Object.keys(fields).length > 0) await redis.hset(keys.chat(chatId), fields);
    },
    async deactivate(chatId, reason) {
      await redis.hset(keys.chat(chatId), { active: '0', inactiveReason: reason.slice(0, 300) });
    },
    async activate(chatId) {
      await redis.hset(keys.chat(chatId), { active: '1', inactiveReason: '', failures: '0', firstFailureAt: '' });
    },
    async recordUnreachable(chatId, reason, options = {}) {
      const now = options.now ?? Date.now();
      const key = keys.chat(chatId);
      const [[, failures], [, first]] = (await redis
        .multi()
        .hincrby(key, 'failures', 1)
        .hget(key, 'firstFailureAt')
        .exec()) as [[null, number], [null, string | null]];
      if (!first) await redis.hset(key, 'firstFailureAt', String(now));
      const since = first ? Number(first) : now;
      if (failures >= (options.threshold ?? 5) && now - since >= (options.spanMs ?? 24 * 3600_000)) {
        await redis.hset(key, { active: '0', inactiveReason: reason.slice(0, 300) });
        return true;
      }
      return false;
    },
    async clearFailures(chatId) {
      await redis.hdel(keys.chat(chatId), 'failures', 'firstFailureAt');
    },
    async reserveSendSlot(chatId, intervalMs, now = Date.now()) {
      const slot = (await reserveSlot([keys.chat(chatId)], [now, intervalMs])) as number;
      return Math.max(0, slot - now);
    },
    async lockDelivery(chatId, ttlMs) {
      const token = randomUUID();
      const ok = await redis.set(keys.chatLock(chatId), token, 'PX', ttlMs, 'NX');
      return ok ? token : null;
    },
    async unlockDelivery(chatId, token) {
      await releaseLock([keys.chatLock(chatId)], [token]);
    },
    async refreshDeliveryLock(chatId, token, ttlMs) {
      return (await refreshLock([keys.chatLock(chatId)], [token, ttlMs])) === 1;
    },
    async move(from, to) {
      const settings = await redis.hgetall(keys.chat(from));
      if (settings.language) {
        await redis.hset(keys.chat(to), { ...settings, active: '1', inactiveReason: '', failures: '0', firstFailureAt: '' });
        await redis.sadd(keys.chatIds, String(to));
      }
      await redis.hset(keys.chat(from), { active: '0', inactiveReason: `migrated to ${to}` });
    },
  };
}
