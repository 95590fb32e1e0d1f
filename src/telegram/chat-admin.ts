import type { Telegram } from 'telegraf';
import type { BotContext } from './context.js';

/** Telegram's stand-in sender for a group's anonymous administrators. */
const ANONYMOUS_ADMIN_BOT_ID = 1087968824;
const CACHE_MS = 60_000;

export type MayManage = (ctx: BotContext) => Promise<boolean>;

/** Is this user an administrator (or the creator) of the chat, as Telegram says now? */
export async function isChatAdmin(telegram: Telegram, chatId: number, userId: number): Promise<boolean> {
  const member = await telegram.getChatMember(chatId, userId);
  return member.status === 'creator' || member.status === 'administrator';
}

/**
 * May this sender change the subject's subscriptions and settings? A private chat manages itself;
 * a group only through its administrators (anonymous admins post as the group); a channel managed
 * from a private chat only while the user is still one of its administrators. Telegram's answers
 * are cached for a minute, so a burst of button presses costs one getChatMember.
 */
export function createChatAdminCheck(now: () => number = Date.now): MayManage {
  const cache = new Map<string, { admin: boolean; until: number }>();

  async function cachedAdmin(ctx: BotContext, chatId: number, userId: number): Promise<boolean> {
    const key = `${chatId}:${userId}`;
    const cached = cache.get(key);
    if (cached && cached.until > now()) return cached.admin;
    let admin = false;
    try {
      admin = await isChatAdmin(ctx.telegram, chatId, userId);
    } catch {
      // The bot was removed from the chat, or the user is not in it: nobody may manage it from here.
      admin = false;
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(key, { admin, until: now() + CACHE_MS });
    return admin;
  }

  return async function mayManage(ctx) {
    const chat = ctx.chat;
    const from = ctx.from;
    if (ctx.subject.kind === 'channel') return from !== undefined && cachedAdmin(ctx, ctx.subject.id, from.id);
    if (!chat || chat.type === 'private') return true;
    if (chat.type === 'channel') return false;
    const message = ctx.message;
    if (message && 'sender_chat' in message && message.sender_chat?.id === chat.id) return true;
    if (!from || from.id === ANONYMOUS_ADMIN_BOT_ID) return false;
    return cachedAdmin(ctx, chat.id, from.id);
  };
}
