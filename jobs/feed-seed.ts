import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { FeedPatch, FeedStore, NewFeed } from '../src/store/feeds.js';
import type { FeedSchedule } from './feed-schedule.js';

export interface SeedCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Entries whose feed an admin removed: left removed. */
  keptRemoved: number;
  invalid: number;
}

function fingerprint(entry: NewFeed): string {
  const fields = [
    entry.url,
    entry.title ?? null,
    entry.country ?? null,
    entry.language ?? null,
    entry.official ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url').slice(0, 16);
}

/**
 * Applies a feeds file (FEEDS_FILE or the bundled catalogue) at start, idempotently. Each entry is
 * remembered by URL with a fingerprint of what the file said: a new entry adds its feed (or updates
 * the feed an admin already added), an edited entry updates the feed's details, and an unchanged
 * entry is left alone. So what admins do in Telegram sticks across restarts: a feed they removed
 * is never added back by the file, a country they corrected is not overwritten, and a feed that
 * moved (permanent redirect) is not added again under its old URL.
 */
export async function seedFeeds(
  entries: readonly NewFeed[],
  deps: {
    feeds: FeedStore;
    schedule: FeedSchedule;
    normaliseUrl: (url: string) => string | null;
    logger?: Logger | undefined;
  },
): Promise<SeedCounts> {
  const counts: SeedCounts = { added: 0, updated: 0, unchanged: 0, keptRemoved: 0, invalid: 0 };
  for (const raw of entries) {
    const url = deps.normaliseUrl(raw.url);
    if (!url) {
      counts.invalid++;
      deps.logger?.warn({ url: raw.url }, 'feeds file entry skipped: not an http(s) URL');
      continue;
    }
    const entry = { ...raw, url };
    const print = fingerprint(entry);
    const prior = await deps.feeds.offered(url);
    if (prior === print) {
      counts.unchanged++;
      continue;
    }
    // What the file leaves out (null or absent) never clears what an admin set.
    const details = Object.fromEntries(
      Object.entries({
        title: entry.title,
        country: entry.country,
        language: entry.language,
        official: entry.official,
      }).filter(([, value]) => value !== undefined && value !== null && value !== ''),
    ) as FeedPatch;
    if (prior === null) {
      const { feed, created } = await deps.feeds.add(entry);
      if (created) {
        await deps.schedule.schedule(feed.id);
        counts.added++;
      } else {
        await deps.feeds.update(feed.id, details);
        counts.updated++;
      }
    } else {
      const feed = await deps.feeds.findByUrl(url);
      if (feed) {
        await deps.feeds.update(feed.id, details);
        counts.updated++;
      } else counts.keptRemoved++;
    }
    // Marked last: a crash before this line applies the entry again, which is harmless.
    await deps.feeds.markOffered(url, print);
  }
  return counts;
}
