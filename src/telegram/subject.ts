import type { MiddlewareFn } from 'telegraf';
import type { ChannelStore } from '../store/channels.js';
import type { BotContext } from './context.js';

/**
 * Decides what this update's commands act on: the chat itself, or the channel its user chose to
 * manage from this private chat (`/manage`). Kept in Redis, so it survives restarts.
 */
export function createSubjectMiddleware(channels: ChannelStore): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (chat) {
      ctx.subject = { id: chat.id, kind: 'self', title: 'title' in chat ? chat.title : null };
      if (chat.type === 'private') {
        const channel = await channels.managing(chat.id);
        if (channel) ctx.subject = { id: channel.id, kind: 'channel', title: channel.title };
      }
    }
    await next();
  };
}
