import { Composer } from 'telegraf';
import { LANGUAGES, isLanguage, nativeLanguageName, type Language } from '../../i18n.js';
import { cbPattern } from '../callback-data.js';
import { commandArgs, type BotContext } from '../context.js';
import { requireManager, type FeatureDeps } from '../guard.js';
import { languageMenu } from '../keyboards/settings.js';

/** /lang CODE, or a picker: the language of everything the subject reads. */
export function createLanguageFeature(deps: FeatureDeps) {
  const feature = new Composer<BotContext>();
  const languages = LANGUAGES.join(', ');

  async function currentLanguage(ctx: BotContext): Promise<string> {
    if (ctx.subject.kind === 'self') return ctx.lang;
    return (await deps.store.chats.get(ctx.subject.id))?.language ?? 'en';
  }

  /** Sets the language; the confirmation speaks the new one when the chat changed its own. */
  async function apply(ctx: BotContext, code: Language): Promise<string> {
    await deps.store.chats.setLanguage(ctx.subject.id, code);
    if (ctx.subject.kind === 'self') ctx.lang = code;
    return ctx.subject.kind === 'self' ? ctx.tr('lang.done') : ctx.tr('lang.done_channel', { language: nativeLanguageName(code) });
  }

  feature.command('lang', async (ctx) => {
    const code = commandArgs(ctx).toLowerCase();
    if (!code) {
      const current = await currentLanguage(ctx);
      return void (await ctx.replyHtml(ctx.tr('lang.usage', { languages }), languageMenu(current, (c) => nativeLanguageName(c as Language))));
    }
    if (!isLanguage(code)) return void (await ctx.replyHtml(ctx.tr('lang.unknown', { code: code.slice(0, 20), languages })));
    if (!(await requireManager(ctx, deps.mayManage))) return;
    await ctx.replyHtml(await apply(ctx, code));
  });

  feature.action(cbPattern('lang', '([a-z]{2})'), async (ctx) => {
    const code = ctx.match[1]!;
    if (!isLanguage(code)) return void (await ctx.answer(ctx.tr('buttons.expired', { command: '/lang' }), true));
    if (!(await requireManager(ctx, deps.mayManage))) return;
    const done = await apply(ctx, code);
    await ctx.answer();
    await ctx.editHtml(done);
  });

  return feature;
}
