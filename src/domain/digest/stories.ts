import type { TopicId } from '../topics.js';

/** What story matching knows of an item: the classifier's facts, its words and when it came. */
export interface StoryFacts {
  itemId: string;
  storyId: string;
  /** A feed never reports one event twice: its items are always distinct stories. */
  feedId: string;
  pair: [string, string] | null;
  countries: string[];
  topics: TopicId[];
  language: string;
  /** Content words of title and lead, lower-cased. */
  words: string[];
  seenAt: number;
}

/** Reports of one event come within this window of each other. */
export const STORY_WINDOW_MS = 36 * 3600_000;

export function storyWords(title: string, summary: string): string[] {
  const text = `${title} ${summary.slice(0, 400)}`.toLowerCase();
  const words = text.match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  return [...new Set(words)].slice(0, 50);
}

/** Where an item's possible twins are kept: its pair, else its first country. */
export function storyBucket(facts: Pick<StoryFacts, 'pair' | 'countries'>): string | null {
  if (facts.pair) return facts.pair.join('-');
  return facts.countries[0] ?? null;
}

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  const shared = b.filter((w) => set.has(w)).length;
  return shared / (set.size + b.length - shared);
}

/**
 * Do two items report the same event? Different feeds, same pair (or the same countries), the same main topic,
 * close in time; in one language their words must overlap too, since a ministry often reports
 * two meetings with one country on one day. Across languages words cannot be compared, and the
 * classifier's facts decide.
 */
export function sameStory(a: StoryFacts, b: StoryFacts): boolean {
  if (a.feedId === b.feedId) return false;
  if (Math.abs(a.seenAt - b.seenAt) > STORY_WINDOW_MS) return false;
  const samePair = a.pair !== null && b.pair !== null && a.pair.join() === b.pair.join();
  const sameCountries =
    a.pair === null && b.pair === null && a.countries.length > 0 && [...a.countries].sort().join() === [...b.countries].sort().join();
  if (!samePair && !sameCountries) return false;
  if (a.topics[0] !== b.topics[0]) return false;
  const overlap = jaccard(a.words, b.words);
  // Without a pair, a wrong merge would hide a separate statement: ask for much more overlap.
  if (a.language === b.language) return overlap >= (samePair ? 0.2 : 0.6);
  return samePair || overlap >= 0.3;
}
