import { Composer } from 'telegraf';
import { parseSubscriptions, targetKey, type TargetParseError, type TargetResolver } from '../../domain/subscriptions.js';
import { escapeHtml } from '../../domain/html.js';
import type { Store } from '../../store/index.js';
import { commandArgs, type BotContext } from '../context.js';
import { describeSubscription } from '../describe.js';

export interface SubscribeDeps {
  store: Store;
  resolver: TargetResolver;
  mayManage: (ctx: BotContext) => Promise<boolean>;
}

function explain(ctx: BotContext, error: TargetParseError): string {
  switch (error.kind) {
    case 'empty':
      return ctx.tr('subscribe.usage');
    case 'unknown-target':
      return ctx.tr('subscribe.unknown_target', { input: error.input.slice(0, 100) });
    case 'same-country-pair':
      return ctx.tr('subscribe.same_country_pair', { input: error.input.slice(0, 100) });
  }
}

/** Arguments longer than this are not a list of countries. */
const MAX_ARGS = 1000;

/** /subscribe, /unsubscribe and /list. */
export function createSubscribeFeature(deps: SubscribeDeps) {
  const feature = new Composer<BotContext>();
  const chatId = (ctx: BotContext) => ctx.chat!.id;

  async function guard(ctx: BotContext): Promise<boolean> {
    if (await deps.mayManage(ctx)) return true;
    await ctx.replyHtml(ctx.tr('errors.group_admins_only'));
    return false;
  }

  feature.command('subscribe', async (ctx) => {
    const args = commandArgs(ctx);
    if (!args) return void (await ctx.replyHtml(ctx.tr('subscribe.usage')));
    if (!(await guard(ctx))) return;
    const parsed = parseSubscriptions(args.slice(0, MAX_ARGS), deps.resolver);
    // All or nothing: a typo in one target should not half-apply the command.
    if (parsed.errors.length > 0) return void (await ctx.replyHtml(parsed.errors.map((e) => explain(ctx, e)).join('\n')));
    for (const subscription of parsed.subscriptions) await deps.store.subscriptions.add(chatId(ctx), subscription);
    const targets = parsed.subscriptions.map((s) => describeSubscription(s, ctx.lang)).join(', ');
    await ctx.replyHtml(ctx.tr('subscribe.done', { targets }));
  });

  feature.command('unsubscribe', async (ctx) => {
    const args = commandArgs(ctx);
    if (!args) return void (await ctx.replyHtml(ctx.tr('unsubscribe.usage')));
    if (!(await guard(ctx))) return;
    if (args.toLowerCase() === 'all') {
      const count = await deps.store.subscriptions.removeAll(chatId(ctx));
      return void (await ctx.replyHtml(count ? ctx.tr('unsubscribe.all_done', { count }) : ctx.tr('unsubscribe.nothing')));
    }
    const parsed = parseSubscriptions(args.slice(0, MAX_ARGS), deps.resolver);
    if (parsed.errors.length > 0) return void (await ctx.replyHtml(parsed.errors.map((e) => explain(ctx, e)).join('\n')));
    const removed: string[] = [];
    const missing: string[] = [];
    for (const subscription of parsed.subscriptions) {
      const ok = await deps.store.subscriptions.remove(chatId(ctx), targetKey(subscription.target));
      (ok ? removed : missing).push(describeSubscription({ ...subscription, topics: [] }, ctx.lang));
    }
    const lines = [];
    if (removed.length) lines.push(ctx.tr('unsubscribe.done', { targets: removed.join(', ') }));
    for (const target of missing) lines.push(ctx.tr('unsubscribe.not_subscribed', { target }));
    await ctx.replyHtml(lines.join('\n'));
  });

  feature.command('list', async (ctx) => {
    const subscriptions = await deps.store.subscriptions.list(chatId(ctx));
    if (subscriptions.length === 0) return void (await ctx.replyHtml(ctx.tr('list.empty')));
    const lines = subscriptions
      .map((s) => describeSubscription(s, ctx.lang))
      .sort((a, b) => a.localeCompare(b, ctx.lang))
      .map((line) => `• ${escapeHtml(line)}`);
    await ctx.replyHtml([ctx.tr('list.header'), ...lines].join('\n'));
  });

  return feature;
}
