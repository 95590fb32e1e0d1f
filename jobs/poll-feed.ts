import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Classifier } from '../src/domain/classify/index.js';
import type { FetchFeed, ParsedFeed } from '../src/feeds/types.js';
import type { FeedStore } from '../src/store/feeds.js';
import { storedItemId, type ItemStore, type StoredItem } from '../src/store/items.js';
import type { PollFeedData } from './queues.js';

export interface PollDeps {
  feeds: FeedStore;
  items: ItemStore;
  fetchFeed: FetchFeed;
  parseFeed: (text: string, feedUrl: string) => Promise<ParsedFeed>;
  classifier: Classifier;
  /** Stores, indexes and routes fresh items to the chats that follow them (jobs/publish.ts). */
  publish: (items: StoredItem[], cycleId: string) => Promise<{ chats: number }>;
  logger: Logger;
  now?: () => number;
}

export type PollResult =
  | { skipped: 'unknown-feed' }
  | { notModified: true }
  | { failed: string }
  | { fetched: number; fresh: number; primed?: true; routedChats: number };

/**
 * Polls one feed. Fresh items are classified, stored, routed and handed to delivery before they
 * are marked seen: a crash in between makes the next poll route them again, and the delivery
 * log keeps readers from seeing them twice. The first poll of a feed only records what is there.
 */
export function createPollFeed(deps: PollDeps) {
  const now = deps.now ?? Date.now;
  return async function pollFeed(job: Job<PollFeedData>): Promise<PollResult> {
    const feed = await deps.feeds.get(job.data.feedId);
    if (!feed) return { skipped: 'unknown-feed' };
    const log = deps.logger.child({ feedId: feed.id, jobId: job.id });

    let parsed: ParsedFeed;
    let validators: { etag: string; lastModified: string };
    try {
      const fetched = await deps.fetchFeed({
        url: feed.url,
        etag: feed.etag ?? undefined,
        lastModified: feed.lastModified ?? undefined,
      });
      if (fetched.status === 'not-modified') {
        await deps.feeds.recordSuccess(feed.id, { etag: fetched.etag, lastModified: fetched.lastModified });
        return { notModified: true };
      }
      parsed = await deps.parseFeed(fetched.body, fetched.finalUrl);
      validators = { etag: fetched.etag ?? '', lastModified: fetched.lastModified ?? '' };
    } catch (error) {
      // A broken feed is the feed's problem, not the job's: record it for admins and wait for the next tick.
      const message = error instanceof Error ? error.message : String(error);
      await deps.feeds.recordFailure(feed.id, message);
      log.warn({ err: message }, 'feed poll failed');
      return { failed: message };
    }

    // The validators are saved only once the items are safely routed: saved earlier, a crash
    // would turn the next poll into a 304 and lose them.
    const done = () => deps.feeds.recordSuccess(feed.id, { ...validators, title: feed.title || parsed.title });
    const byId = new Map(parsed.items.map((entry) => [storedItemId(feed.id, entry.id), entry]));
    const freshIds = await deps.items.unseen(feed.id, [...byId.keys()]);
    if (!feed.primed) {
      await deps.items.markSeen(feed.id, freshIds, now());
      await deps.feeds.markPrimed(feed.id);
      await done();
      log.info({ recorded: freshIds.length }, 'first poll: items recorded, none delivered');
      return { fetched: parsed.items.length, fresh: freshIds.length, primed: true, routedChats: 0 };
    }

    const stored: StoredItem[] = [];
    for (const id of freshIds) {
      const entry = byId.get(id)!;
      const classification = deps.classifier.classify({
        id,
        title: entry.title,
        text: entry.summary,
        language: feed.language ?? parsed.language ?? undefined,
        sourceCountry: feed.country ?? undefined,
      });
      const item: StoredItem = {
        id,
        feedId: feed.id,
        title: entry.title,
        link: entry.link,
        summary: entry.summary,
        published: entry.published,
        source: feed.title || parsed.title || new URL(feed.url).hostname,
        official: feed.official,
        countries: classification.countries,
        pair: classification.pair,
        topics: classification.topics,
        language: classification.language,
        seenAt: now(),
        why: classification.why,
      };
      stored.push(item);
    }
    const { chats } = await deps.publish(stored, `${feed.id}_${job.id ?? now()}`);
    await deps.items.markSeen(feed.id, freshIds, now());
    await done();
    log.info({ fetched: parsed.items.length, fresh: freshIds.length, chats }, 'feed polled');
    return { fetched: parsed.items.length, fresh: freshIds.length, routedChats: chats };
  };
}
