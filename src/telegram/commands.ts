import type { Telegraf } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import type { Logger } from 'pino';
import { LANGUAGES, type Translate } from '../i18n.js';
import type { Store } from '../store/index.js';
import type { BotContext } from './context.js';

/** The command menu, in the order people need them. */
export const PUBLIC_COMMANDS = [
  'start',
  'help',
  'subscribe',
  'unsubscribe',
  'list',
  'topics',
  'latest',
  'digest',
  'timezone',
  'quiet',
  'pause',
  'resume',
  'lang',
  'share',
  'why',
  'wrong',
  'channel',
  'manage',
] as const;

/** Shown only in the chats of the users listed in ADMIN_IDS. */
export const ADMIN_COMMANDS = ['addfeed', 'removefeed', 'feeds', 'feed', 'flags', 'stats'] as const;

/**
 * Publishes the menu: the default list, one per supported language (Telegram shows each user the
 * list of their app's language), and for each admin their own list in the language of their chat.
 */
export async function publishCommands(bot: Telegraf<BotContext>, t: Translate, adminIds: readonly number[], logger: Logger, store?: Store) {
  const menu = (lang: string, names: readonly string[]): BotCommand[] =>
    names.map((command) => ({ command, description: t(lang, `commands.${command}`).slice(0, 256) }));
  await bot.telegram.setMyCommands(menu('en', PUBLIC_COMMANDS));
  for (const lang of LANGUAGES) {
    await bot.telegram.setMyCommands(menu(lang, PUBLIC_COMMANDS), { language_code: lang });
  }
  for (const adminId of adminIds) {
    try {
      const lang = (await store?.chats.get(adminId))?.language ?? 'en';
      await bot.telegram.setMyCommands(menu(lang, [...PUBLIC_COMMANDS, ...ADMIN_COMMANDS]), {
        scope: { type: 'chat', chat_id: adminId },
      });
    } catch (error) {
      // An admin who never opened the bot has no chat yet; the commands still work for them.
      logger.debug({ err: error, adminId }, 'could not set admin commands');
    }
  }
}
