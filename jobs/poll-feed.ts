import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Classifier } from '../src/domain/classify/index.js';
import type { HealthPolicy } from '../src/feeds/health.js';
import type { FetchFeed, ParsedFeed } from '../src/feeds/types.js';
import type { FeedStore, FeedSuccess } from '../src/store/feeds.js';
import { storedItemId, type ItemStore, type StoredItem } from '../src/store/items.js';
import type { NotifyAdmins } from './feed-alerts.js';
import { createFeedHealth } from './feed-health.js';
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
  /** Told when a feed is disabled after too many failures. */
  notifyAdmins?: NotifyAdmins | undefined;
  /** Backoff and disabling thresholds; the defaults suit production. */
  healthPolicy?: Partial<HealthPolicy> | undefined;
}

/** Longer than any fetch (20 s deadline) and parse; a crashed worker's claim frees itself. */
const FETCH_LOCK_MS = 60_000;

export type PollResult =
  | { skipped: 'unknown-feed' | 'disabled' | 'backoff' | 'in-flight' }
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
  const health = createFeedHealth({ feeds: deps.feeds, notifyAdmins: deps.notifyAdmins, policy: deps.healthPolicy, now });
  return async function pollFeed(job: Job<PollFeedData>): Promise<PollResult> {
    const feed = await deps.feeds.get(job.data.feedId);
    if (!feed) return { skipped: 'unknown-feed' };
    const log = deps.logger.child({ feedId: feed.id, jobId: job.id });
    // A disabled feed, or one in backoff or asked to wait by its server, is not fetched at all.
    const gate = health.gate(feed);
    if (gate) return { skipped: gate };
    // One fetch per feed at a time: a slow host must not pile up polls and starve the other feeds.
    const claim = await deps.feeds.claimFetch(feed.id, FETCH_LOCK_MS);
    if (!claim) return { skipped: 'in-flight' };

    let parsed: ParsedFeed;
    let validators: FeedSuccess;
    try {
      const fetched = await deps.fetchFeed({
        url: feed.url,
        etag: feed.etag ?? undefined,
        lastModified: feed.lastModified ?? undefined,
      });
      const nextAttemptAt = health.nextAfterSuccess(fetched.maxAgeSeconds);
      if (fetched.status === 'not-modified') {
        await deps.feeds.recordSuccess(feed.id, { etag: fetched.etag, lastModified: fetched.lastModified, nextAttemptAt });
        return { notModified: true };
      }
      parsed = await deps.parseFeed(fetched.body, fetched.finalUrl);
      // Only a redirect to a working feed moves it: a 301 to an error page must not lose the old URL.
      if (fetched.permanentRedirect) await health.moved(feed, fetched.permanentRedirect, log);
      validators = {
        etag: fetched.etag ?? '',
        lastModified: fetched.lastModified ?? '',
        itemCount: parsed.items.length,
        nextAttemptAt,
      };
    } catch (error) {
      // A broken feed is the feed's problem, not the job's: record it for admins, back off, and
      // disable it after too many failures in a row.
      return { failed: await health.failed(feed, error, log) };
    } finally {
      await deps.feeds.releaseFetch(feed.id, claim);
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
        // Only a ministry's own feed speaks for its country in every item; a press feed's country
        // (an agency's, a newspaper's) is where it is published, not a party to what it reports,
        // but it tells whose ministry "the Foreign Minister" is.
        sourceCountry: (feed.official && feed.country) || undefined,
        pressCountry: (!feed.official && feed.country) || undefined,
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
