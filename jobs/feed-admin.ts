import type { Logger } from 'pino';
import { describeFeedError, type FeedProblem } from '../src/feeds/health.js';
import type { FetchFeed, ParsedFeed } from '../src/feeds/types.js';
import type { Feed, FeedPatch, FeedStore, NewFeed } from '../src/store/feeds.js';
import { createCountryDetector, type DetectCountry, type DetectedCountry } from './feed-country.js';
import type { FeedSchedule } from './feed-schedule.js';
import { seedFeeds, type SeedCounts } from './feed-seed.js';

/** What the one fetch before accepting a feed found. */
export interface FeedCheck {
  title: string;
  itemCount: number;
  /** The language the feed declares, if any. */
  language: string | null;
  country: DetectedCountry | null;
}

export type AddFeedResult =
  | { ok: true; feed: Feed; created: boolean; reenabled: boolean; check: FeedCheck | null }
  | { ok: false; problem: FeedProblem | { code: 'not-http'; message: string } };

export interface FeedAdmin {
  /**
   * Adds and schedules a feed. With `verify`, fetches it once first and refuses what does not
   * work. Adding a URL that is already there applies the given details and re-enables it.
   */
  add(input: NewFeed, options?: { verify?: boolean }): Promise<AddFeedResult>;
  /** A feed by id (`12`, `#12`) or URL. */
  find(ref: string): Promise<Feed | null>;
  /** Removes a feed by id or URL. */
  remove(ref: string): Promise<Feed | null>;
  update(feedId: string, patch: FeedPatch): Promise<Feed | null>;
  /** Turns polling of a feed on or off; enabling forgets its failures and backoff. */
  setEnabled(feedId: string, enabled: boolean): Promise<Feed | null>;
  list(): Promise<Feed[]>;
  /** Makes sure every stored feed has its poll scheduler (after a restart or an import). */
  scheduleAll(): Promise<number>;
  /** Applies a feeds file at start (see jobs/feed-seed.ts for what is applied when). */
  seed(entries: readonly NewFeed[], logger?: Logger): Promise<SeedCounts>;
}

export interface FeedAdminDeps {
  feeds: FeedStore;
  schedule: FeedSchedule;
  fetchFeed: FetchFeed;
  parseFeed: (text: string, feedUrl: string) => Promise<ParsedFeed>;
  detectCountry?: DetectCountry;
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

/** The fields of `input` an admin actually gave; the rest stay as they are. */
function givenDetails(input: NewFeed): FeedPatch {
  const patch: FeedPatch = {};
  if (input.country) patch.country = input.country;
  if (input.language) patch.language = input.language;
  if (input.official !== undefined) patch.official = input.official;
  return patch;
}

export function createFeedAdmin(deps: FeedAdminDeps): FeedAdmin {
  const detectCountry = deps.detectCountry ?? createCountryDetector();

  async function check(url: string, country: string | null | undefined): Promise<FeedCheck> {
    const fetched = await deps.fetchFeed({ url });
    // An unconditional request cannot get a 304; treat one as an empty answer rather than trust it.
    if (fetched.status !== 'ok')
      throw new Error(`${new URL(url).host} answered "not modified" to a first request`);
    const parsed = await deps.parseFeed(fetched.body, fetched.finalUrl);
    return {
      title: parsed.title,
      itemCount: parsed.items.length,
      language: parsed.language,
      country: detectCountry(url, country, parsed),
    };
  }

  async function find(ref: string): Promise<Feed | null> {
    const trimmed = ref.trim().replace(/^#/, '');
    if (/^\d+$/.test(trimmed)) return deps.feeds.get(trimmed);
    const url = normaliseFeedUrl(trimmed);
    return url ? deps.feeds.findByUrl(url) : null;
  }

  return {
    async add(input, options = {}) {
      const url = normaliseFeedUrl(input.url);
      if (!url) return { ok: false, problem: { code: 'not-http', message: 'not an http(s) URL' } };
      const existing = await deps.feeds.findByUrl(url);
      // A healthy feed that is already there needs no fetch; a disabled one is checked before it comes back.
      const verify = options.verify && (!existing || existing.disabled);
      let result: FeedCheck | null = null;
      if (verify) {
        try {
          result = await check(url, input.country);
        } catch (error) {
          return { ok: false, problem: describeFeedError(error) };
        }
      }
      if (existing) {
        await deps.feeds.update(existing.id, givenDetails(input));
        const reenabled = existing.disabled && (await deps.feeds.enable(existing.id));
        return {
          ok: true,
          feed: (await deps.feeds.get(existing.id)) ?? existing,
          created: false,
          reenabled,
          check: result,
        };
      }
      const { feed, created } = await deps.feeds.add({
        ...input,
        url,
        title: input.title || result?.title,
        country: input.country ?? result?.country?.code ?? null,
      });
      if (created) await deps.schedule.schedule(feed.id);
      return { ok: true, feed, created, reenabled: false, check: result };
    },
    find,
    async remove(ref) {
      const feed = await find(ref);
      if (!feed) return null;
      await deps.schedule.unschedule(feed.id);
      await deps.feeds.remove(feed.id);
      return feed;
    },
    async update(feedId, patch) {
      await deps.feeds.update(feedId, patch);
      return deps.feeds.get(feedId);
    },
    async setEnabled(feedId, enabled) {
      const feed = await deps.feeds.get(feedId);
      if (!feed) return null;
      if (enabled) await deps.feeds.enable(feedId);
      else await deps.feeds.disable(feedId);
      return deps.feeds.get(feedId);
    },
    list: () => deps.feeds.list(),
    async scheduleAll() {
      const feeds = await deps.feeds.list();
      for (const feed of feeds) await deps.schedule.schedule(feed.id);
      return feeds.length;
    },
    seed: (entries, logger) =>
      seedFeeds(entries, {
        feeds: deps.feeds,
        schedule: deps.schedule,
        normaliseUrl: normaliseFeedUrl,
        logger,
      }),
  };
}
