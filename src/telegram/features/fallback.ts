import { Composer } from 'telegraf';
import { FAMILY_COMMANDS } from '../callback-data.js';
import type { BotContext } from '../context.js';

/**
 * What no feature handled. Buttons: a family or version this build does not know (a keyboard sent
 * before an update, or tampered data) answers that it has expired and which command to send again.
 * Messages: an unknown command is named; other text in a private chat gets a pointer to /help.
 */
export function createFallbackFeature() {
  const feature = new Composer<BotContext>();

  feature.on('callback_query', async (ctx) => {
    const data = 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
    const command = FAMILY_COMMANDS[data.split(':')[0] ?? ''] ?? 'help';
    await ctx.answer(ctx.tr('buttons.expired', { command: `/${command}` }), true);
  });

  feature.on('message', async (ctx) => {
    const text = 'text' in ctx.message ? ctx.message.text : '';
    const command = /^\/([A-Za-z0-9_]+)(?:@(\S+))?/.exec(text);
    const mention = command?.[2];
    // In groups, commands for other bots are none of our business.
    if (mention && mention.toLowerCase() !== ctx.botInfo.username.toLowerCase()) return;
    if (command) {
      if (ctx.chat.type === 'private' || mention) {
        await ctx.replyHtml(ctx.tr('errors.unknown_command', { command: `/${command[1]!.slice(0, 40)}` }));
      }
    } else if (ctx.chat.type === 'private') {
      await ctx.replyHtml(ctx.tr('errors.not_a_command'));
    }
  });

  return feature;
}
