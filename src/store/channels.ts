import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

/** A channel an administrator linked to their private chat, to manage it from there. */
export interface LinkedChannel {
  id: number;
  title: string;
  username: string | null;
  linkedAt: number;
}

/**
 * Channels cannot talk to the bot, so their admins manage them from a private chat: each private
 * chat keeps the channels it linked and which one its commands currently act on ("managing").
 */
export interface ChannelStore {
  /** Links (or refreshes) a channel for this private chat. */
  link(userChatId: number, channel: Omit<LinkedChannel, 'linkedAt'>, now?: number): Promise<void>;
  /** Unlinks; stops managing it when it was the current one. */
  unlink(userChatId: number, channelId: number): Promise<boolean>;
  list(userChatId: number): Promise<LinkedChannel[]>;
  get(userChatId: number, channelId: number): Promise<LinkedChannel | null>;
  /** The channel this chat's commands act on; null: the chat itself. */
  setManaging(userChatId: number, channelId: number | null): Promise<void>;
  managing(userChatId: number): Promise<LinkedChannel | null>;
}

/** More than any one person administers; a bound keeps a hostile user from growing the hash. */
export const MAX_LINKED_CHANNELS = 50;

function parse(json: string | null | undefined): LinkedChannel | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as LinkedChannel;
  } catch {
    return null;
  }
}

export function createChannelStore(redis: Redis, keys: Pick<Keys, 'prefix'>): ChannelStore {
  // Both keys carry the private chat's tag, so they share a Cluster slot with its settings.
  const linksKey = (userChatId: number) => `${keys.prefix}:{chat:${userChatId}}:channels`;
  const managingKey = (userChatId: number) => `${keys.prefix}:{chat:${userChatId}}:managing`;

  async function get(userChatId: number, channelId: number) {
    return parse(await redis.hget(linksKey(userChatId), String(channelId)));
  }

  return {
    get,
    async link(userChatId, channel, now = Date.now()) {
      const record: LinkedChannel = { ...channel, title: channel.title.slice(0, 256), linkedAt: now };
      await redis.hset(linksKey(userChatId), String(channel.id), JSON.stringify(record));
    },
    async unlink(userChatId, channelId) {
      const [[, removed]] = (await redis
        .multi()
        .hdel(linksKey(userChatId), String(channelId))
        .exec()) as [[null, number]];
      if ((await redis.get(managingKey(userChatId))) === String(channelId)) await redis.del(managingKey(userChatId));
      return removed > 0;
    },
    async list(userChatId) {
      const all = await redis.hvals(linksKey(userChatId));
      return all
        .map(parse)
        .filter((c): c is LinkedChannel => c !== null)
        .sort((a, b) => a.title.localeCompare(b.title));
    },
    async setManaging(userChatId, channelId) {
      if (channelId === null) await redis.del(managingKey(userChatId));
      else await redis.set(managingKey(userChatId), String(channelId));
    },
    async managing(userChatId) {
      const id = await redis.get(managingKey(userChatId));
      return id ? get(userChatId, Number(id)) : null;
    },
  };
}
