import { Telegraf } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import type { Logger } from 'pino';
import type { DigestControl } from '../../jobs/digest-control.js';
import type { FeedAdmin } from '../../jobs/feed-admin.js';
import type { TargetResolver } from '../domain/subscriptions.js';
import { LANGUAGES, pickLanguage, type Translate } from '../i18n.js';
import type { Store } from '../store/index.js';
import { createChatAdminCheck } from './chat-admin.js';
import { BotContext } from './context.js';
import { createAdminFeedsFeature } from './features/admin-feeds.js';
import { createLanguageFeature } from './features/language.js';
import { createStartFeature } from './features/start.js';
import { createSubscribeFeature } from './features/subscribe.js';

export interface BotDeps {
  token: string;
  apiRoot: string;
  store: Store;
  t: Translate;
  resolver: TargetResolver;
  feedAdmin: FeedAdmin;
  /** Changes how and when a chat receives items: digest mode, time zone, quiet hours, pause. */
  digestControl: DigestControl;
  adminIds: readonly number[];
  logger: Logger;
}

const PUBLIC_COMMANDS = ['start', 'help', 'subscribe', 'unsubscribe', 'list', 'lang'] as const;
const ADMIN_COMMANDS = ['addfeed', 'removefeed', 'feeds'] as const;
const KNOWN = new Set<string>([...PUBLIC_COMMANDS, ...ADMIN_COMMANDS]);

export function createBot(deps: BotDeps): Telegraf<BotContext> {
  const bot = new Telegraf<BotContext>(deps.token, { telegram: { apiRoot: deps.apiRoot }, contextType: BotContext });
  const mayManage = createChatAdminCheck();

  // Every update knows its chat's language: stored, else the user's Telegram language, else English.
  bot.use(async (ctx, next) => {
    if (ctx.chat) {
      const chat = await deps.store.chats.ensure(ctx.chat.id, pickLanguage(ctx.from?.language_code));
      ctx.lang = chat.language;
    }
    ctx.tr = (key, values) => deps.t(ctx.lang, key, values);
    await next();
  });

  bot.use(createStartFeature({ store: deps.store, resolver: deps.resolver, mayManage }));
  bot.use(createSubscribeFeature({ store: deps.store, resolver: deps.resolver, mayManage }));
  bot.use(createLanguageFeature({ chats: deps.store.chats, mayManage }));
  bot.use(createAdminFeedsFeature({ adminIds: deps.adminIds, feedAdmin: deps.feedAdmin }));

  bot.on('message', async (ctx) => {
    const text = 'text' in ctx.message ? ctx.message.text : '';
    const command = /^\/([A-Za-z0-9_]+)(@\S+)?/.exec(text);
    if (command && !KNOWN.has(command[1]!.toLowerCase())) {
      await ctx.replyHtml(ctx.tr('errors.unknown_command', { command: `/${command[1]!.slice(0, 40)}` }));
    } else if (!command && ctx.chat.type === 'private') {
      await ctx.replyHtml(ctx.tr('errors.not_a_command'));
    }
  });

  bot.catch(async (error, ctx) => {
    deps.logger.error({ err: error, chatId: ctx.chat?.id, updateId: ctx.update.update_id }, 'update failed');
    try {
      if (ctx.chat) await ctx.replyHtml(ctx.tr('errors.generic'));
    } catch {
      // The reply itself failed (Telegram or Redis down): the log line above is what remains.
    }
  });

  return bot;
}

/** The command menu, per language, and the admin commands in each admin's own chat. */
export async function publishCommands(bot: Telegraf<BotContext>, t: Translate, adminIds: readonly number[], logger: Logger) {
  const menu = (lang: string, names: readonly string[]): BotCommand[] =>
    names.map((command) => ({ command, description: t(lang, `commands.${command}`) }));
  await bot.telegram.setMyCommands(menu('en', PUBLIC_COMMANDS));
  for (const lang of LANGUAGES) {
    await bot.telegram.setMyCommands(menu(lang, PUBLIC_COMMANDS), { language_code: lang });
  }
  for (const adminId of adminIds) {
    try {
      await bot.telegram.setMyCommands(menu('en', [...PUBLIC_COMMANDS, ...ADMIN_COMMANDS]), {
        scope: { type: 'chat', chat_id: adminId },
      });
    } catch (error) {
      // An admin who never opened the bot has no chat yet; the commands still work for them.
      logger.debug({ err: error, adminId }, 'could not set admin commands');
    }
  }
}
