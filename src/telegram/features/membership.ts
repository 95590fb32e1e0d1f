import { Composer } from 'telegraf';
import { pickLanguage } from '../../i18n.js';
import type { Store } from '../../store/index.js';
import type { BotContext } from '../context.js';

/**
 * The bot's own membership: blocked in a private chat, removed from a group or channel → the chat
 * is deactivated (nothing is sent there); added back or unblocked → active again with its
 * subscriptions intact. A group that adds the bot is greeted with how to set it up.
 */
export function createMembershipFeature(deps: { store: Store }) {
  const feature = new Composer<BotContext>();

  feature.on('my_chat_member', async (ctx) => {
    const update = ctx.myChatMember;
    const chat = update.chat;
    const status = update.new_chat_member.status;
    const wasIn = ['member', 'administrator', 'creator', 'restricted'].includes(update.old_chat_member.status);
    const isIn = status === 'member' || status === 'administrator' || (status === 'restricted' && update.new_chat_member.is_member);
    await deps.store.chats.ensure(chat.id, pickLanguage(update.from.language_code));
    if (chat.type !== 'private') await deps.store.chats.update(chat.id, { type: chat.type, title: chat.title });
    if (!isIn) {
      const reason = chat.type === 'private' ? 'bot was blocked by the user' : `bot was removed (${status})`;
      await deps.store.chats.deactivate(chat.id, reason);
      return;
    }
    await deps.store.chats.activate(chat.id);
    // A group that has just added the bot learns how to use it; channels cannot read replies.
    if (!wasIn && (chat.type === 'group' || chat.type === 'supergroup')) {
      await ctx.telegram.sendMessage(chat.id, ctx.tr('membership.group_welcome'), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    }
  });

  return feature;
}
