import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

export interface Chat {
  id: number;
  language: string;
  active: boolean;
  /** Why the chat stopped receiving (blocked, kicked, …), when inactive. */
  inactiveReason: string | null;
  createdAt: number;
}

export interface ChatStore {
  get(chatId: number): Promise<Chat | null>;
  /** Returns the chat, creating it with `language` when new. */
  ensure(chatId: number, language: string, now?: number): Promise<Chat>;
  setLanguage(chatId: number, language: string): Promise<void>;
  deactivate(chatId: number, reason: string): Promise<void>;
  activate(chatId: number): Promise<void>;
}

function toChat(id: number, h: Record<string, string>): Chat | null {
  if (!h.language) return null;
  return {
    id,
    language: h.language,
    active: h.active !== '0',
    inactiveReason: h.inactiveReason || null,
    createdAt: Number(h.createdAt ?? 0),
  };
}

export function createChatStore(redis: Redis, keys: Keys): ChatStore {
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
    async deactivate(chatId, reason) {
      await redis.hset(keys.chat(chatId), { active: '0', inactiveReason: reason });
    },
    async activate(chatId) {
      await redis.hset(keys.chat(chatId), { active: '1', inactiveReason: '' });
    },
  };
}
