import { Composer } from 'telegraf';
import type { FeedAdmin } from '../../../jobs/feed-admin.js';
import { escapeHtml } from '../../domain/html.js';
import { isCountryCode } from '../../domain/countries/index.js';
import type { Feed } from '../../store/feeds.js';
import { commandArgs, type BotContext } from '../context.js';

export interface AdminFeedsDeps {
  adminIds: readonly number[];
  feedAdmin: FeedAdmin;
}

type AddFeedArgs = { url: string; country?: string; language?: string; official?: boolean } | { badOption: string };

/** Reads `URL [country=XX] [lang=xx] [official=yes]`. */
export function parseAddFeedArgs(args: string): AddFeedArgs | null {
  const [url, ...options] = args.split(/\s+/).filter(Boolean);
  if (!url) return null;
  const result: { url: string; country?: string; language?: string; official?: boolean } = { url };
  for (const option of options) {
    const [name, value = ''] = option.split('=', 2) as [string, string?];
    if (name === 'country' && isCountryCode(value)) result.country = value.toUpperCase();
    else if ((name === 'lang' || name === 'language') && /^[a-z]{2,3}$/i.test(value)) result.language = value.toLowerCase();
    else if (name === 'official' && /^(yes|no|1|0|true|false)$/i.test(value)) result.official = /^(yes|1|true)$/i.test(value);
    else return { badOption: option };
  }
  return result;
}

function feedLine(ctx: BotContext, feed: Feed): string {
  const status = feed.lastError
    ? ctx.tr('feeds.error', { error: feed.lastError.slice(0, 200) })
    : feed.lastSuccessAt
      ? ctx.tr('feeds.ok')
      : ctx.tr('feeds.never');
  const tags = [feed.country, feed.language, feed.official ? 'official' : null].filter(Boolean).join(' · ');
  return `#${feed.id} <b>${escapeHtml(feed.title || feed.url)}</b>${tags ? ` (${escapeHtml(tags)})` : ''}\n${escapeHtml(feed.url)}\n${status}`;
}

/** /addfeed, /removefeed, /feeds: for the users listed in ADMIN_IDS only. */
export function createAdminFeedsFeature(deps: AdminFeedsDeps) {
  const feature = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && deps.adminIds.includes(ctx.from.id);
  const adminOnly = Composer.optional<BotContext>((ctx) => !isAdmin(ctx), async (ctx) => {
    await ctx.replyHtml(ctx.tr('admin.only'));
  });

  feature.command(['addfeed', 'removefeed', 'feeds'], adminOnly);

  feature.command('addfeed', async (ctx) => {
    const args = parseAddFeedArgs(commandArgs(ctx).slice(0, 2000));
    if (!args) return void (await ctx.replyHtml(ctx.tr('addfeed.usage')));
    if ('badOption' in args) return void (await ctx.replyHtml(ctx.tr('addfeed.invalid_option', { option: args.badOption.slice(0, 100) })));
    const result = await deps.feedAdmin.add(args, { verify: true });
    if (!result.ok) {
      const reply = result.reason === 'not an http(s) URL'
        ? ctx.tr('addfeed.invalid_url', { url: args.url.slice(0, 200) })
        : ctx.tr('addfeed.failed', { reason: result.reason.slice(0, 300) });
      return void (await ctx.replyHtml(reply));
    }
    if (!result.created) return void (await ctx.replyHtml(ctx.tr('addfeed.exists', { id: result.feed.id })));
    await ctx.replyHtml(
      ctx.tr('addfeed.done', { id: result.feed.id, title: result.feed.title || result.feed.url, count: result.itemCount ?? 0 }),
    );
  });

  feature.command('removefeed', async (ctx) => {
    const ref = commandArgs(ctx).slice(0, 2000);
    if (!ref) return void (await ctx.replyHtml(ctx.tr('removefeed.usage')));
    const removed = await deps.feedAdmin.remove(ref);
    await ctx.replyHtml(removed ? ctx.tr('removefeed.done', { id: removed.id }) : ctx.tr('removefeed.not_found', { ref: ref.slice(0, 200) }));
  });

  feature.command('feeds', async (ctx) => {
    const feeds = await deps.feedAdmin.list();
    if (feeds.length === 0) return void (await ctx.replyHtml(ctx.tr('feeds.empty')));
    // Split long lists between feeds so that no message passes Telegram's limit.
    const chunks: string[] = [ctx.tr('feeds.header', { count: feeds.length })];
    for (const feed of feeds) {
      const line = feedLine(ctx, feed);
      if (chunks[chunks.length - 1]!.length + line.length + 2 > 3500) chunks.push(line);
      else chunks[chunks.length - 1] += `\n\n${line}`;
    }
    for (const chunk of chunks) await ctx.replyHtml(chunk);
  });

  return feature;
}
