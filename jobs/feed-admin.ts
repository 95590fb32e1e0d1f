import type { FetchFeed, ParsedFeed } from '../src/feeds/types.js';
import type { Feed, FeedStore, NewFeed } from '../src/store/feeds.js';
import type { FeedSchedule } from './feed-schedule.js';

export type AddFeedResult =
  | { ok: true; feed: Feed; created: boolean; itemCount: number | null }
  | { ok: false; reason: string };

export interface FeedAdmin {
  /** Adds and schedules a feed; with `verify`, fetches it once first and refuses what does not parse. */
  add(input: NewFeed, options?: { verify?: boolean }): Promise<AddFeedResult>;
  /** Removes a feed by id or URL. */
  remove(ref: string): Promise<Feed | null>;
  list(): Promise<Feed[]>;
  /** Makes sure every stored feed has its poll scheduler (after a restart or an import). */
  scheduleAll(): Promise<number>;
}

export interface FeedAdminDeps {
  feeds: FeedStore;
  schedule: FeedSchedule;
  fetchFeed: FetchFeed;
  parseFeed: (text: string, feedUrl: string) => Promise<ParsedFeed>;
}

/** Only http(s) URLs are feeds; the normalised form is what dedupes two spellings of one URL. */
export function normaliseFeedUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

export function createFeedAdmin(deps: FeedAdminDeps): FeedAdmin {
  return {
    async add(input, options = {}) {
      const url = normaliseFeedUrl(input.url);
      if (!url) return { ok: false, reason: 'not an http(s) URL' };
      const existing = await deps.feeds.findByUrl(url);
      if (existing) return { ok: true, feed: existing, created: false, itemCount: null };
      let title = input.title;
      let itemCount: number | null = null;
      if (options.verify) {
        try {
          const fetched = await deps.fetchFeed({ url });
          if (fetched.status === 'ok') {
            const parsed = await deps.parseFeed(fetched.body, fetched.finalUrl);
            title ||= parsed.title;
            itemCount = parsed.items.length;
          }
        } catch (error) {
          return { ok: false, reason: error instanceof Error ? error.message : String(error) };
        }
      }
      const { feed, created } = await deps.feeds.add({ ...input, url, title });
      if (created) await deps.schedule.schedule(feed.id);
      return { ok: true, feed, created, itemCount };
    },
    async remove(ref) {
      const trimmed = ref.trim().replace(/^#/, '');
      const url = normaliseFeedUrl(trimmed);
      const feed = /^\d+$/.test(trimmed)
        ? await deps.feeds.get(trimmed)
        : url
          ? await deps.feeds.findByUrl(url)
          : null;
      if (!feed) return null;
      await deps.schedule.unschedule(feed.id);
      await deps.feeds.remove(feed.id);
      return feed;
    },
    list: () => deps.feeds.list(),
    async scheduleAll() {
      const feeds = await deps.feeds.list();
      for (const feed of feeds) await deps.schedule.schedule(feed.id);
      return feeds.length;
    },
  };
}
