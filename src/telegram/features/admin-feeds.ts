import { Composer } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { AddFeedResult, FeedAdmin } from '../../../jobs/feed-admin.js';
import { isCountryCode } from '../../domain/countries/index.js';
import {
  countryLabel,
  feedDetails,
  feedLine,
  feedState,
  problemText,
  type Tr,
} from '../../feeds/health-report.js';
import type { Feed, FeedPatch } from '../../store/feeds.js';
import { commandArgs, type BotContext } from '../context.js';

export interface AdminFeedsDeps {
  adminIds: readonly number[];
  feedAdmin: FeedAdmin;
  now?: () => number;
}

type Options = FeedPatch | { badOption: string };
type AddFeedArgs = ({ url: string } & FeedPatch) | { badOption: string };

/** Reads `country=XX lang=xx official=yes` (the options of /addfeed and /feed ID). */
export function parseFeedOptions(options: readonly string[]): Options {
  const result: FeedPatch = {};
  for (const option of options) {
    const [name, value = ''] = option.split('=', 2) as [string, string?];
    if (name === 'country' && isCountryCode(value)) result.country = value.toUpperCase();
    else if ((name === 'lang' || name === 'language') && /^[a-z]{2,3}$/i.test(value))
      result.language = value.toLowerCase();
    else if (name === 'official' && /^(yes|no|1|0|true|false)$/i.test(value))
      result.official = /^(yes|1|true)$/i.test(value);
    else return { badOption: option };
  }
  return result;
}

/** Reads `URL [country=XX] [lang=xx] [official=yes]`. */
export function parseAddFeedArgs(args: string): AddFeedArgs | null {
  const [url, ...options] = args.split(/\s+/).filter(Boolean);
  if (!url) return null;
  const parsed = parseFeedOptions(options);
  return 'badOption' in parsed ? parsed : { url, ...parsed };
}

/** Telegram's limit is 4096; pages stay well under it, whatever the titles and errors hold. */
const PAGE_CHARS = 3600;
const PAGE_FEEDS = 15;

/** Splits the feed lines into pages by length and count. */
export function pageLines(lines: readonly string[]): string[][] {
  const pages: string[][] = [[]];
  let size = 0;
  for (const line of lines) {
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && (page.length >= PAGE_FEEDS || size + line.length + 2 > PAGE_CHARS)) {
      pages.push([line]);
      size = line.length;
    } else {
      page.push(line);
      size += line.length + 2;
    }
  }
  return pages;
}

/**
 * Where a page of /feeds starts. Buttons carry the index of the page's first feed (`fds:v2:START`),
 * so that "next" goes on right after the feeds the reader saw even when the lines' lengths (and so
 * the page breaks) changed in between: a poll makes a feed's health line longer or shorter. Older
 * messages carry a page number (`fds:v1:PAGE`).
 */
export type PageAt = { page: number } | { start: number };

function pager(
  starts: readonly number[],
  current: number,
  start: number,
  next: number,
  filter: 'a' | 'f',
): InlineKeyboardMarkup | undefined {
  if (starts.length <= 1) return undefined;
  const data = (at: number) => `fds:v2:${at}:${filter}`;
  // The page before this one: the last break before its first feed, or the last page from the first.
  const previous = starts.filter((s) => s < start).pop() ?? starts[starts.length - 1] ?? 0;
  return {
    inline_keyboard: [
      [
        { text: '◀', callback_data: data(previous) },
        { text: `${current + 1}/${starts.length}`, callback_data: data(start) },
        { text: '▶', callback_data: data(next) },
      ],
    ],
  };
}

/** One page of /feeds: counts by state, then the feeds, then how to see more. */
function feedsPage(tr: Tr, lang: string, feeds: Feed[], at: PageAt, failingOnly: boolean, now: number) {
  const counts = { ok: 0, failing: 0, disabled: 0, pending: 0 };
  for (const feed of feeds) counts[feedState(feed)]++;
  const shown = failingOnly ? feeds.filter((f) => f.failures > 0 || f.disabled) : feeds;
  const lines = shown.map((feed) => feedLine(tr, feed, lang, now));
  const pages = pageLines(lines);
  const starts: number[] = [];
  let first = 0;
  for (const page of pages) {
    starts.push(first);
    first += page.length;
  }
  const wanted = 'start' in at ? at.start : (starts[Math.min(Math.max(at.page, 0), starts.length - 1)] ?? 0);
  // One page only: all of it, whatever start an older message asked for.
  const start = pages.length <= 1 ? 0 : Math.min(Math.max(wanted, 0), lines.length - 1);
  const page = pageLines(lines.slice(start))[0] ?? [];
  const current = starts.filter((s) => s <= start).length - 1;
  const next = start + page.length >= lines.length ? 0 : start + page.length;
  const body = shown.length === 0 ? tr('feeds.no_problems') : page.join('\n\n');
  const text = `${tr('feeds.header', { count: feeds.length })}\n${tr('feeds.summary', counts)}\n\n${body}\n\n${tr('feeds.footer')}`;
  return { text, keyboard: pager(starts, current, start, next, failingOnly ? 'f' : 'a') };
}

function addFeedReply(
  tr: Tr,
  lang: string,
  args: { url: string } & FeedPatch,
  result: AddFeedResult,
): string {
  if (!result.ok) {
    if (result.problem.code === 'not-http') return tr('addfeed.invalid_url', { url: args.url.slice(0, 200) });
    return tr('addfeed.failed', {
      reason: problemText(tr, result.problem.code, result.problem.message).slice(0, 400),
    });
  }
  const { feed, check } = result;
  if (result.reenabled) return tr('addfeed.reenabled', { id: feed.id, count: check?.itemCount ?? 0 });
  if (!result.created) {
    const changed = args.country !== undefined || args.language !== undefined || args.official !== undefined;
    return tr(changed ? 'addfeed.exists_updated' : 'addfeed.exists', { id: feed.id });
  }
  const lines = [
    tr('addfeed.done', { id: feed.id, title: feed.title || feed.url, count: check?.itemCount ?? 0 }),
  ];
  if (!check) return lines[0]!;
  lines.push(
    check.language ? tr('addfeed.language', { language: check.language }) : tr('addfeed.no_language'),
  );
  const country = check.country;
  if (!country) lines.push(`${tr('addfeed.country_none')} ${tr('addfeed.country_fix', { id: feed.id })}`);
  else {
    const values = {
      country: countryLabel(country.code, lang),
      ...(country.source === 'items' ? { count: country.count, of: country.of } : {}),
    };
    lines.push(tr(`addfeed.country_${country.source}`, values));
    if (country.source !== 'option') lines.push(tr('addfeed.country_fix', { id: feed.id }));
  }
  return lines.join('\n');
}

interface Replier {
  from?: { id: number } | undefined;
  tr: Tr;
  replyHtml(text: string): Promise<unknown>;
}

/** /addfeed, /removefeed, /feeds, /feed: for the users listed in ADMIN_IDS only. */
export function createAdminFeedsFeature(deps: AdminFeedsDeps) {
  const feature = new Composer<BotContext>();
  const now = deps.now ?? Date.now;
  const isAdmin = (ctx: { from?: { id: number } | undefined }) =>
    ctx.from !== undefined && deps.adminIds.includes(ctx.from.id);
  /** Answers a non-admin and tells the handler to stop. */
  const refused = async (ctx: Replier) => {
    if (isAdmin(ctx)) return false;
    await ctx.replyHtml(ctx.tr('admin.only'));
    return true;
  };

  feature.command('addfeed', async (ctx) => {
    if (await refused(ctx)) return;
    const args = parseAddFeedArgs(commandArgs(ctx).slice(0, 2000));
    if (!args) return void (await ctx.replyHtml(ctx.tr('addfeed.usage')));
    if ('badOption' in args)
      return void (await ctx.replyHtml(
        ctx.tr('addfeed.invalid_option', { option: args.badOption.slice(0, 100) }),
      ));
    const result = await deps.feedAdmin.add(args, { verify: true });
    await ctx.replyHtml(addFeedReply(ctx.tr, ctx.lang, args, result));
  });

  feature.command('removefeed', async (ctx) => {
    if (await refused(ctx)) return;
    const ref = commandArgs(ctx).slice(0, 2000);
    if (!ref) return void (await ctx.replyHtml(ctx.tr('removefeed.usage')));
    const removed = await deps.feedAdmin.remove(ref);
    await ctx.replyHtml(
      removed
        ? ctx.tr('removefeed.done', { id: removed.id })
        : ctx.tr('removefeed.not_found', { ref: ref.slice(0, 200) }),
    );
  });

  feature.command('feeds', async (ctx) => {
    if (await refused(ctx)) return;
    const feeds = await deps.feedAdmin.list();
    if (feeds.length === 0) return void (await ctx.replyHtml(ctx.tr('feeds.empty')));
    const failingOnly = /^(failing|errors?|problems?)$/i.test(commandArgs(ctx));
    const { text, keyboard } = feedsPage(ctx.tr, ctx.lang, feeds, { start: 0 }, failingOnly, now());
    await ctx.replyHtml(text, keyboard);
  });

  feature.action(/^fds:v([12]):(\d{1,5}):([af])$/, async (ctx) => {
    if (!isAdmin(ctx)) return void (await ctx.answer(ctx.tr('admin.only'), true));
    const feeds = await deps.feedAdmin.list();
    const index = Number(ctx.match[2]);
    const at: PageAt = ctx.match[1] === '1' ? { page: index } : { start: index };
    const { text, keyboard } = feedsPage(ctx.tr, ctx.lang, feeds, at, ctx.match[3] === 'f', now());
    await ctx.editHtml(feeds.length === 0 ? ctx.tr('feeds.empty') : text, keyboard);
    await ctx.answer();
  });

  feature.command('feed', async (ctx) => {
    if (await refused(ctx)) return;
    const [ref, ...rest] = commandArgs(ctx).slice(0, 2000).split(/\s+/).filter(Boolean);
    if (!ref) return void (await ctx.replyHtml(ctx.tr('feed.usage')));
    const feed = await deps.feedAdmin.find(ref);
    if (!feed) return void (await ctx.replyHtml(ctx.tr('feed.not_found', { ref: ref.slice(0, 200) })));
    const action = rest[0]?.toLowerCase();
    if (action === 'enable' || action === 'disable') {
      await deps.feedAdmin.setEnabled(feed.id, action === 'enable');
      return void (await ctx.replyHtml(
        ctx.tr(action === 'enable' ? 'feed.enabled' : 'feed.disabled', { id: feed.id }),
      ));
    }
    if (rest.length > 0) {
      const patch = parseFeedOptions(rest);
      if ('badOption' in patch)
        return void (await ctx.replyHtml(
          ctx.tr('addfeed.invalid_option', { option: patch.badOption.slice(0, 100) }),
        ));
      const updated = await deps.feedAdmin.update(feed.id, patch);
      return void (await ctx.replyHtml(
        `${ctx.tr('feed.updated', { id: feed.id })}\n\n${feedDetails(ctx.tr, updated ?? feed, ctx.lang, now())}`,
      ));
    }
    await ctx.replyHtml(feedDetails(ctx.tr, feed, ctx.lang, now()));
  });

  return feature;
}
