import { Composer } from 'telegraf';
import { searchCountries } from '../../domain/countries/index.js';
import { targetKey, type Subscription } from '../../domain/subscriptions.js';
import { cb, keyToData } from '../callback-data.js';
import { commandArgs, threadIdOf, type BotContext } from '../context.js';
import { describeSubscription, describeTarget } from '../describe.js';
import { requireManager, type FeatureDeps } from '../guard.js';
import { renderPicker, pickerState } from '../keyboards/country-picker.js';
import { button, grid, keyboard } from '../keyboards/markup.js';
import { confirmRemoveAll } from '../keyboards/subscription-list.js';
import { readTargets } from '../target-input.js';
import { showList } from './list.js';

/** The subject's followed target keys, for ticks in pickers. */
export async function followedKeys(deps: FeatureDeps, ctx: BotContext): Promise<Set<string>> {
  return new Set((await deps.store.subscriptions.list(ctx.subject.id)).map((s) => targetKey(s.target)));
}

/** In a forum topic, a subscription posts into the thread it was made in (not for a managed channel). */
export function withThread(ctx: BotContext, subscription: Subscription): Subscription {
  const threadId = ctx.subject.kind === 'self' ? threadIdOf(ctx) : undefined;
  const { threadId: _previous, ...rest } = subscription;
  return threadId ? { ...rest, threadId } : rest;
}

/** Opens the country picker, narrowed to `query` when given. */
export async function showPicker(deps: FeatureDeps, ctx: BotContext, query = '') {
  const view = renderPicker(pickerState('-', 0, query), ctx.lang, ctx.tr, await followedKeys(deps, ctx));
  await ctx.replyHtml(view.text, view.keyboard);
}

/** /subscribe and /unsubscribe: typed targets, the picker without arguments. */
export function createSubscribeFeature(deps: FeatureDeps) {
  const feature = new Composer<BotContext>();
  const subjectId = (ctx: BotContext) => ctx.subject.id;

  feature.command('subscribe', async (ctx) => {
    if (!(await requireManager(ctx, deps.mayManage))) return;
    const args = commandArgs(ctx);
    if (!args) return showPicker(deps, ctx);
    const read = readTargets(args, deps.resolver, ctx.tr, ctx.lang);
    if (read.problems.length > 0) {
      // A few letters of a name ("/subscribe ita") open the picker narrowed to them.
      if (!/[,;\-–+]/.test(args) && searchCountries(args, ctx.lang).length > 0) {
        return showPicker(deps, ctx, args);
      }
      const buttons = read.suggestions.map((t) => button(`➕ ${describeTarget(t, ctx.lang, ctx.tr)}`, cb('sub', keyToData(targetKey(t)))));
      // All or nothing: a typo in one target should not half-apply the command.
      return void (await ctx.replyHtml(read.problems.join('\n'), buttons.length ? keyboard(grid(buttons, 1)) : undefined));
    }
    const added = read.subscriptions.map((s) => withThread(ctx, s));
    for (const subscription of added) await deps.store.subscriptions.add(subjectId(ctx), subscription);
    const targets = added.map((s) => describeSubscription(s, ctx.lang, ctx.tr)).join(', ');
    const thread = added[0]?.threadId ? `\n${ctx.tr('subscribe.in_thread')}` : '';
    const topicButtons = added
      .slice(0, 3)
      .map((s) => button(`🏷 ${describeTarget(s.target, ctx.lang, ctx.tr)}`, cb('tp', keyToData(targetKey(s.target)), 'open')));
    await ctx.replyHtml(`${ctx.tr('subscribe.done', { targets })}${thread}\n${ctx.tr('subscribe.topics_tip')}`, keyboard(grid(topicButtons, 1)));
  });

  feature.command('unsubscribe', async (ctx) => {
    const args = commandArgs(ctx);
    if (!args) return showList(deps, ctx);
    if (!(await requireManager(ctx, deps.mayManage))) return;
    if (/^(all|\*)$/i.test(args)) {
      const count = (await deps.store.subscriptions.list(subjectId(ctx))).length;
      if (count === 0) return void (await ctx.replyHtml(ctx.tr('unsubscribe.nothing')));
      return void (await ctx.replyHtml(ctx.tr('unsubscribe.confirm_all', { count }), confirmRemoveAll(count, ctx.tr)));
    }
    const read = readTargets(args, deps.resolver, ctx.tr, ctx.lang);
    if (read.problems.length > 0) return void (await ctx.replyHtml(read.problems.join('\n')));
    const removed: string[] = [];
    const missing: string[] = [];
    for (const subscription of read.subscriptions) {
      const ok = await deps.store.subscriptions.remove(subjectId(ctx), targetKey(subscription.target));
      (ok ? removed : missing).push(describeTarget(subscription.target, ctx.lang, ctx.tr));
    }
    const lines = [];
    if (removed.length) lines.push(ctx.tr('unsubscribe.done', { targets: removed.join(', ') }));
    for (const target of missing) lines.push(ctx.tr('unsubscribe.not_subscribed', { target }));
    await ctx.replyHtml(lines.join('\n'));
  });

  return feature;
}
