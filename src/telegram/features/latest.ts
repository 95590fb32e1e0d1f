import { Composer } from 'telegraf';
import { matches, targetKey, type Subscription } from '../../domain/subscriptions.js';
import { commandArgs, type BotContext } from '../context.js';
import { describeSubscription } from '../describe.js';
import type { FeatureDeps } from '../guard.js';
import { renderItemList } from '../render-items.js';
import { sortSubscriptions } from '../keyboards/subscription-list.js';
import { readTargets } from '../target-input.js';

/** How many items /latest shows at most (fewer when they do not fit one message). */
const SHOW = 10;
/** Read more than shown: topic filters drop some. */
const READ = 40;

/** Index keys under which items about this subscription's target are remembered. */
function keysOf(subscription: Subscription): string[] {
  const { target } = subscription;
  // A group's members are read too, in case an item was indexed before the group existed.
  return target.kind === 'group' ? [targetKey(target), ...target.members] : [targetKey(target)];
}

/** /latest [TARGET]: the newest items for the subject's subscriptions or for the named targets. */
export function createLatestFeature(deps: FeatureDeps) {
  const feature = new Composer<BotContext>();

  feature.command('latest', async (ctx) => {
    const args = commandArgs(ctx);
    let subscriptions: Subscription[];
    if (args) {
      const read = readTargets(args, deps.resolver, ctx.tr, ctx.lang);
      if (read.problems.length > 0) return void (await ctx.replyHtml(read.problems.join('\n')));
      subscriptions = read.subscriptions;
    } else {
      subscriptions = sortSubscriptions(await deps.store.subscriptions.list(ctx.subject.id), ctx.lang, ctx.tr);
      if (subscriptions.length === 0) return void (await ctx.replyHtml(ctx.tr('latest.no_subscriptions')));
    }
    const keys = [...new Set(subscriptions.flatMap(keysOf))];
    const items = (await deps.store.items.latest(keys, READ)).filter((item) => subscriptions.some((s) => matches(s, item))).slice(0, SHOW);
    const about = subscriptions.slice(0, 5).map((s) => describeSubscription(s, ctx.lang, ctx.tr)).join(', ') + (subscriptions.length > 5 ? ', …' : '');
    if (items.length === 0) return void (await ctx.replyHtml(ctx.tr('latest.none', { targets: about })));
    const zone = (await deps.store.chats.get(ctx.subject.id))?.timezone ?? 'UTC';
    const list = renderItemList(ctx.tr('latest.header', { targets: about }), items, ctx.tr, ctx.lang, zone);
    const sent = await ctx.replyHtml(`${list.html}\n\n${ctx.tr('latest.why_hint')}`);
    // A reply with /why or /wrong to this message then knows which items it showed.
    await deps.store.deliveries.recordMessage(sent.chat.id, sent.message_id, list.itemIds);
  });

  return feature;
}
