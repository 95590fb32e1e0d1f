import type { BotContext } from './context.js';

/** Telegram's stand-in sender for a group's anonymous administrators. */
const ANONYMOUS_ADMIN_BOT_ID = 1087968824;
const CACHE_MS = 60_000;

/**
 * May this sender change the chat's subscriptions? In a private chat, always; in a group, only its
 * administrators (asked of Telegram, cached for a minute; anonymous admins post as the group).
 */
export function createChatAdminCheck(now: () => number = Date.now) {
  const cache = new Map<string, { admin: boolean; until: number }>();
  return async function mayManage(ctx: BotContext): Promise<boolean> {
    const chat = ctx.chat;
    const from = ctx.from;
    if (!chat || chat.type === 'private') return true;
    if (chat.type === 'channel') return false;
    const message = ctx.message;
    if (message && 'sender_chat' in message && message.sender_chat?.id === chat.id) return true;
    if (!from || from.id === ANONYMOUS_ADMIN_BOT_ID) return false;
    const key = `${chat.id}:${from.id}`;
    const cached = cache.get(key);
    if (cached && cached.until > now()) return cached.admin;
    const member = await ctx.telegram.getChatMember(chat.id, from.id);
    const admin = member.status === 'creator' || member.status === 'administrator';
    cache.set(key, { admin, until: now() + CACHE_MS });
    if (cache.size > 10_000) cache.clear();
    return admin;
  };
}
