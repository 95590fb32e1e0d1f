import { Composer } from 'telegraf';
import { LANGUAGES, isLanguage } from '../../i18n.js';
import type { ChatStore } from '../../store/chats.js';
import { commandArgs, type BotContext } from '../context.js';

/** /lang CODE: the language of everything this chat reads. */
export function createLanguageFeature(deps: { chats: ChatStore; mayManage: (ctx: BotContext) => Promise<boolean> }) {
  const feature = new Composer<BotContext>();
  const languages = LANGUAGES.join(', ');
  feature.command('lang', async (ctx) => {
    const code = commandArgs(ctx).toLowerCase();
    if (!code) return void (await ctx.replyHtml(ctx.tr('lang.usage', { languages })));
    if (!isLanguage(code)) return void (await ctx.replyHtml(ctx.tr('lang.unknown', { code: code.slice(0, 20), languages })));
    if (!(await deps.mayManage(ctx))) return void (await ctx.replyHtml(ctx.tr('errors.group_admins_only')));
    await deps.chats.setLanguage(ctx.chat!.id, code);
    ctx.lang = code;
    await ctx.replyHtml(ctx.tr('lang.done'));
  });
  return feature;
}
