import { Composer } from 'telegraf';
import type { Store } from '../../store/index.js';
import type { BotContext } from '../context.js';

/** /stats for the users in ADMIN_IDS: the health of the feeds and the readers' reports at a glance. */
export function createStatsFeature(deps: { store: Store; adminIds: readonly number[] }) {
  const feature = new Composer<BotContext>();

  feature.command('stats', async (ctx) => {
    if (!ctx.from || !deps.adminIds.includes(ctx.from.id)) return void (await ctx.replyHtml(ctx.tr('stats.admins_only')));
    const [feeds, flags] = await Promise.all([deps.store.feeds.list(), deps.store.flags.count()]);
    const disabled = feeds.filter((f) => f.disabled).length;
    const failing = feeds.filter((f) => !f.disabled && f.failures > 0).length;
    const never = feeds.filter((f) => !f.disabled && f.failures === 0 && f.lastSuccessAt === null).length;
    await ctx.replyHtml(
      ctx.tr('stats.text', { feeds: feeds.length, ok: feeds.length - disabled - failing - never, failing, disabled, never, flags }),
    );
  });

  return feature;
}
