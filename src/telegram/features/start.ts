import { Composer } from 'telegraf';
import { groupIds } from '../../domain/groups.js';
import { TOPIC_IDS } from '../../domain/topics.js';
import { LANGUAGES } from '../../i18n.js';
import { cb } from '../callback-data.js';
import { commandArgs, type BotContext } from '../context.js';
import { readSharePayload } from '../deep-link.js';
import { describeSubscription } from '../describe.js';
import { requireManager, type FeatureDeps } from '../guard.js';
import { button, keyboard } from '../keyboards/markup.js';
import { withThread } from './subscribe.js';

/** /start (with a `sub-AZ-IT` deep-link payload) and /help. */
export function createStartFeature(deps: FeatureDeps) {
  const feature = new Composer<BotContext>();

  feature.start(async (ctx) => {
    // A /start brings back a chat that had blocked the bot, subscriptions intact.
    await deps.store.chats.activate(ctx.chat.id);
    const payload = commandArgs(ctx);
    if (payload.startsWith('sub-')) {
      const subscriptions = readSharePayload(payload, deps.resolver);
      if (!subscriptions) return void (await ctx.replyHtml(ctx.tr('start.bad_link')));
      if (!(await requireManager(ctx, deps.mayManage))) return;
      const added = subscriptions.map((s) => withThread(ctx, s));
      for (const subscription of added) await deps.store.subscriptions.add(ctx.subject.id, subscription);
      const targets = added.map((s) => describeSubscription(s, ctx.lang, ctx.tr)).join(', ');
      return void (await ctx.replyHtml(ctx.tr('start.subscribed', { targets })));
    }
    await ctx.replyHtml(ctx.tr('start.welcome'), keyboard([[button(ctx.tr('start.follow_button'), cb('cp', '-', 0, ''))]]));
  });

  feature.help(async (ctx) => {
    await ctx.replyHtml(
      ctx.tr('help.text', { languages: LANGUAGES.join(', '), topics: TOPIC_IDS.join(', '), groups: groupIds().join(', ') }),
    );
  });

  return feature;
}
