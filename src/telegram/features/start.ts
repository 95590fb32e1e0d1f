import { Composer } from 'telegraf';
import { parseSubscriptions, type TargetResolver } from '../../domain/subscriptions.js';
import { TOPIC_IDS } from '../../domain/topics.js';
import { LANGUAGES } from '../../i18n.js';
import type { Store } from '../../store/index.js';
import { commandArgs, type BotContext } from '../context.js';
import { describeSubscription } from '../describe.js';

/** /start (with a `sub-AZ-IT` deep-link payload) and /help. */
export function createStartFeature(deps: { store: Store; resolver: TargetResolver; mayManage: (ctx: BotContext) => Promise<boolean> }) {
  const feature = new Composer<BotContext>();

  feature.start(async (ctx) => {
    // A /start brings back a chat that had blocked the bot, subscriptions intact.
    await deps.store.chats.activate(ctx.chat.id);
    const payload = commandArgs(ctx);
    const match = /^sub-([A-Za-z0-9_-]{2,60})$/.exec(payload);
    if (match && (await deps.mayManage(ctx))) {
      // Deep links carry targets as `AZ-IT` or `AZ_GE` (several, joined by "_").
      const parsed = parseSubscriptions(match[1]!.split('_').join(','), deps.resolver);
      if (parsed.errors.length === 0 && parsed.subscriptions.length > 0) {
        for (const subscription of parsed.subscriptions) await deps.store.subscriptions.add(ctx.chat.id, subscription);
        const targets = parsed.subscriptions.map((s) => describeSubscription(s, ctx.lang)).join(', ');
        return void (await ctx.replyHtml(ctx.tr('start.subscribed', { targets })));
      }
    }
    await ctx.replyHtml(ctx.tr('start.welcome'));
  });

  feature.help(async (ctx) => {
    await ctx.replyHtml(ctx.tr('help.text', { languages: LANGUAGES.join(', '), topics: TOPIC_IDS.join(', ') }));
  });

  return feature;
}
