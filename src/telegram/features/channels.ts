import { Composer } from 'telegraf';
import type { Message } from 'telegraf/types';
import type { LinkedChannel } from '../../store/channels.js';
import { MAX_LINKED_CHANNELS } from '../../store/channels.js';
import { cb, cbPattern } from '../callback-data.js';
import { isChatAdmin } from '../chat-admin.js';
import { commandArgs, type BotContext } from '../context.js';
import type { FeatureDeps } from '../guard.js';
import { button, keyboard } from '../keyboards/markup.js';

/** `@name`, `t.me/name`, `https://t.me/name` or a numeric id, as getChat takes it. */
function channelRef(text: string): string | number | null {
  const t = text.trim();
  if (/^-100\d{5,15}$/.test(t)) return Number(t);
  const name = /^(?:@|(?:https?:\/\/)?t\.me\/)([A-Za-z][A-Za-z0-9_]{3,31})\/?$/.exec(t);
  return name ? `@${name[1]}` : null;
}

/** The channel a forwarded post came from, in a private chat. */
function forwardedChannel(message: Message): number | null {
  if ('forward_origin' in message && message.forward_origin?.type === 'channel') return message.forward_origin.chat.id;
  return null;
}

function channelsKeyboard(channels: LinkedChannel[], managing: number | null, tr: BotContext['tr']) {
  return keyboard([
    ...channels.map((c) => [
      button(`${managing === c.id ? '✓ ' : ''}📢 ${c.title}`, cb('mg', c.id)),
      button('✕', cb('ch', 'rm', c.id)),
    ]),
    [button(`${managing === null ? '✓ ' : ''}${tr('manage.self_button')}`, cb('mg', 'self'))],
  ]);
}

/**
 * Channels cannot send commands, so an administrator links one from a private chat (by @name or
 * a forwarded post, once the bot is an admin there) and then manages it from that chat.
 */
export function createChannelsFeature(deps: FeatureDeps) {
  const feature = new Composer<BotContext>();
  const privateOnly = async (ctx: BotContext) => {
    if (ctx.chat?.type === 'private') return true;
    await ctx.replyHtml(ctx.tr('channel.private_only'));
    return false;
  };

  /** Checks the channel, the bot's rights and the user's, then links it and starts managing it. */
  async function link(ctx: BotContext, ref: string | number) {
    let chat;
    try {
      chat = await ctx.telegram.getChat(ref);
    } catch {
      return void (await ctx.replyHtml(ctx.tr('channel.not_found', { ref: String(ref) })));
    }
    if (chat.type !== 'channel') return void (await ctx.replyHtml(ctx.tr('channel.not_a_channel', { ref: String(ref) })));
    const title = chat.title;
    const bot = await ctx.telegram.getChatMember(chat.id, ctx.botInfo.id).catch(() => null);
    if (!bot || bot.status !== 'administrator' || (bot.status === 'administrator' && bot.can_post_messages === false)) {
      return void (await ctx.replyHtml(ctx.tr('channel.bot_not_admin', { title })));
    }
    const userIsAdmin = ctx.from ? await isChatAdmin(ctx.telegram, chat.id, ctx.from.id).catch(() => false) : false;
    if (!userIsAdmin) return void (await ctx.replyHtml(ctx.tr('channel.user_not_admin', { title })));
    const userChat = ctx.chat!.id;
    if ((await deps.store.channels.list(userChat)).length >= MAX_LINKED_CHANNELS && !(await deps.store.channels.get(userChat, chat.id))) {
      return void (await ctx.replyHtml(ctx.tr('channel.limit', { max: MAX_LINKED_CHANNELS })));
    }
    await deps.store.chats.ensure(chat.id, ctx.lang);
    await deps.store.chats.update(chat.id, { type: 'channel', title });
    await deps.store.chats.activate(chat.id);
    await deps.store.channels.link(userChat, { id: chat.id, title, username: 'username' in chat ? (chat.username ?? null) : null });
    await deps.store.channels.setManaging(userChat, chat.id);
    // The confirmation names the channel itself; from the next command on, replies carry its header.
    await ctx.replyHtml(ctx.tr('channel.linked', { title }));
  }

  async function showChannels(ctx: BotContext, edit = false, note?: string) {
    const channels = await deps.store.channels.list(ctx.chat!.id);
    const managing = ctx.subject.kind === 'channel' ? ctx.subject.id : null;
    const text = [note, channels.length ? ctx.tr('channel.list_header') : ctx.tr('channel.none'), ctx.tr('channel.how_to_link')].filter(Boolean).join('\n\n');
    const markup = channels.length ? channelsKeyboard(channels, managing, ctx.tr) : undefined;
    return edit ? ctx.editHtml(text, markup) : void (await ctx.replyHtml(text, markup));
  }

  feature.command('channel', async (ctx) => {
    if (!(await privateOnly(ctx))) return;
    const args = commandArgs(ctx);
    if (!args) return showChannels(ctx);
    const ref = channelRef(args);
    if (ref === null) return void (await ctx.replyHtml(ctx.tr('channel.bad_ref', { ref: args.slice(0, 64) })));
    await link(ctx, ref);
  });

  feature.command('manage', async (ctx) => {
    if (!(await privateOnly(ctx))) return;
    const args = commandArgs(ctx);
    if (!args) {
      if (ctx.subject.kind === 'channel') {
        await deps.store.channels.setManaging(ctx.chat.id, null);
        ctx.subject = { id: ctx.chat.id, kind: 'self', title: null };
        return showChannels(ctx, false, ctx.tr('manage.back_to_self'));
      }
      return showChannels(ctx);
    }
    const ref = channelRef(args);
    if (ref === null) return void (await ctx.replyHtml(ctx.tr('channel.bad_ref', { ref: args.slice(0, 64) })));
    const linked = (await deps.store.channels.list(ctx.chat.id)).find(
      (c) => c.id === ref || (typeof ref === 'string' && c.username?.toLowerCase() === ref.slice(1).toLowerCase()),
    );
    if (!linked) return link(ctx, ref);
    await deps.store.channels.setManaging(ctx.chat.id, linked.id);
    ctx.subject = { id: linked.id, kind: 'channel', title: linked.title };
    await ctx.replyHtml(ctx.tr('manage.now_managing', { title: linked.title }));
  });

  feature.action(cbPattern('mg', '(self|-?\\d{1,20})'), async (ctx) => {
    const target = ctx.match[1]!;
    const channel = target === 'self' ? null : await deps.store.channels.get(ctx.chat!.id, Number(target));
    if (target !== 'self' && !channel) return void (await ctx.answer(ctx.tr('buttons.expired', { command: '/channel' }), true));
    await deps.store.channels.setManaging(ctx.chat!.id, channel?.id ?? null);
    ctx.subject = channel ? { id: channel.id, kind: 'channel', title: channel.title } : { id: ctx.chat!.id, kind: 'self', title: null };
    await ctx.answer();
    await showChannels(ctx, true, channel ? ctx.tr('manage.now_managing', { title: channel.title }) : ctx.tr('manage.back_to_self'));
  });

  feature.action(cbPattern('ch', 'rm:(-?\\d{1,20})'), async (ctx) => {
    const channelId = Number(ctx.match[1]);
    const channel = await deps.store.channels.get(ctx.chat!.id, channelId);
    await deps.store.channels.unlink(ctx.chat!.id, channelId);
    if (ctx.subject.id === channelId) ctx.subject = { id: ctx.chat!.id, kind: 'self', title: null };
    await ctx.answer();
    await showChannels(ctx, true, channel ? ctx.tr('channel.unlinked', { title: channel.title }) : undefined);
  });

  // A post forwarded from a channel into a private chat links that channel.
  feature.on('message', async (ctx, next) => {
    const channelId = ctx.chat.type === 'private' ? forwardedChannel(ctx.message) : null;
    if (channelId === null) return next();
    await link(ctx, channelId);
  });

  return feature;
}
