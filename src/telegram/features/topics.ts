import { Composer } from 'telegraf';
import { targetKey, type Subscription } from '../../domain/subscriptions.js';
import { TOPIC_IDS, type TopicId } from '../../domain/topics.js';
import { cbPattern, keyFromData } from '../callback-data.js';
import { commandArgs, type BotContext } from '../context.js';
import { describeSubscription, describeTarget } from '../describe.js';
import { requireManager, type FeatureDeps } from '../guard.js';
import { renderTopicMenu, renderTopicToggles } from '../keyboards/topic-toggles.js';
import { readTargets } from '../target-input.js';

/** /topics: topic names, and per-subscription topic filters as toggles. */
export function createTopicsFeature(deps: FeatureDeps) {
  const feature = new Composer<BotContext>();
  const find = async (ctx: BotContext, key: string): Promise<Subscription | undefined> =>
    (await deps.store.subscriptions.list(ctx.subject.id)).find((s) => targetKey(s.target) === key);

  feature.command('topics', async (ctx) => {
    const args = commandArgs(ctx);
    if (!args) {
      const menu = renderTopicMenu(await deps.store.subscriptions.list(ctx.subject.id), ctx.lang, ctx.tr);
      return void (await ctx.replyHtml(menu.text, menu.keyboard));
    }
    const read = readTargets(args, deps.resolver, ctx.tr, ctx.lang);
    const [wanted] = read.subscriptions;
    if (read.problems.length > 0 || !wanted) return void (await ctx.replyHtml(read.problems.join('\n') || ctx.tr('topic_filter.usage')));
    const subscription = await find(ctx, targetKey(wanted.target));
    if (!subscription) {
      return void (await ctx.replyHtml(ctx.tr('unsubscribe.not_subscribed', { target: describeTarget(wanted.target, ctx.lang, ctx.tr) })));
    }
    // "/topics AZ-IT energy trade-economy" sets the filter at once; "/topics AZ-IT" opens the toggles.
    if (wanted.topics.length > 0) {
      if (!(await requireManager(ctx, deps.mayManage))) return;
      const updated = { ...subscription, topics: wanted.topics };
      await deps.store.subscriptions.add(ctx.subject.id, updated);
      return void (await ctx.replyHtml(ctx.tr('topic_filter.saved', { target: describeSubscription(updated, ctx.lang, ctx.tr) })));
    }
    const view = renderTopicToggles(subscription, ctx.lang, ctx.tr);
    await ctx.replyHtml(view.text, view.keyboard);
  });

  feature.action(cbPattern('tp', 'menu'), async (ctx) => {
    if (!(await requireManager(ctx, deps.mayManage))) return;
    await ctx.answer();
    const menu = renderTopicMenu(await deps.store.subscriptions.list(ctx.subject.id), ctx.lang, ctx.tr);
    await ctx.editHtml(menu.text, menu.keyboard);
  });

  feature.action(cbPattern('tp', '([^:]+):(open|all|done|\\d{1,2})'), async (ctx) => {
    const key = keyFromData(ctx.match[1]!);
    const action = ctx.match[2]!;
    const subscription = await find(ctx, key);
    if (!subscription) return void (await ctx.answer(ctx.tr('topic_filter.gone'), true));
    if (!(await requireManager(ctx, deps.mayManage))) return;
    if (action === 'open') {
      await ctx.answer();
      const view = renderTopicToggles(subscription, ctx.lang, ctx.tr);
      return ctx.editHtml(view.text, view.keyboard);
    }
    if (action === 'done') {
      await ctx.answer();
      return ctx.editHtml(ctx.tr('topic_filter.saved', { target: describeSubscription(subscription, ctx.lang, ctx.tr) }));
    }
    let topics: TopicId[] = [];
    if (action !== 'all') {
      const topic = TOPIC_IDS[Number(action)];
      if (!topic) return void (await ctx.answer(ctx.tr('buttons.expired', { command: '/topics' }), true));
      topics = subscription.topics.includes(topic) ? subscription.topics.filter((t) => t !== topic) : [...subscription.topics, topic];
    }
    const updated = { ...subscription, topics: TOPIC_IDS.filter((t) => topics.includes(t)) };
    await deps.store.subscriptions.add(ctx.subject.id, updated);
    await ctx.answer();
    const view = renderTopicToggles(updated, ctx.lang, ctx.tr);
    await ctx.editHtml(view.text, view.keyboard);
  });

  return feature;
}
