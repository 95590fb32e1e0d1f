import { Composer } from 'telegraf';
import { cbPattern } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { requireManager, type FeatureDeps } from '../guard.js';
import { confirmRemoveAll, renderSubscriptionList } from '../keyboards/subscription-list.js';
import { sharePayloads } from '../deep-link.js';

/** Sends (or, for a button, redraws) the subject's subscription list. */
export async function showList(deps: FeatureDeps, ctx: BotContext, page = 0, edit = false) {
  const subscriptions = await deps.store.subscriptions.list(ctx.subject.id);
  if (subscriptions.length === 0) {
    return edit ? ctx.editHtml(ctx.tr('list.empty')) : void (await ctx.replyHtml(ctx.tr('list.empty')));
  }
  const view = renderSubscriptionList(subscriptions, page, ctx.lang, ctx.tr);
  return edit ? ctx.editHtml(view.text, view.keyboard) : void (await ctx.replyHtml(view.text, view.keyboard));
}

/** /list and /share (members may use both), the list's pages and "remove everything". */
export function createListFeature(deps: FeatureDeps) {
  const feature = new Composer<BotContext>();

  feature.command('list', (ctx) => showList(deps, ctx));

  feature.command('share', async (ctx) => {
    const subscriptions = await deps.store.subscriptions.list(ctx.subject.id);
    if (subscriptions.length === 0) return void (await ctx.replyHtml(ctx.tr('share.empty')));
    const links = sharePayloads(subscriptions).map((payload) => `https://t.me/${ctx.botInfo.username}?start=${payload}`);
    await ctx.replyHtml([ctx.tr('share.header', { count: links.length }), ...links].join('\n'));
  });

  feature.action(cbPattern('ls', '(\\d{1,3})'), async (ctx) => {
    await ctx.answer();
    await showList(deps, ctx, Number(ctx.match[1]), true);
  });

  feature.action(cbPattern('una', '(ask|yes|no)'), async (ctx) => {
    if (!(await requireManager(ctx, deps.mayManage))) return;
    const step = ctx.match[1];
    if (step === 'no') {
      await ctx.answer();
      return showList(deps, ctx, 0, true);
    }
    if (step === 'ask') {
      const count = (await deps.store.subscriptions.list(ctx.subject.id)).length;
      await ctx.answer();
      if (count === 0) return ctx.editHtml(ctx.tr('unsubscribe.nothing'));
      return ctx.editHtml(ctx.tr('unsubscribe.confirm_all', { count }), confirmRemoveAll(count, ctx.tr));
    }
    const count = await deps.store.subscriptions.removeAll(ctx.subject.id);
    await ctx.answer();
    await ctx.editHtml(count ? ctx.tr('unsubscribe.all_done', { count }) : ctx.tr('unsubscribe.nothing'));
  });

  return feature;
}
