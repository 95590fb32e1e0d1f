import type { TopicId } from '../topics.js';
import type { DigestEntry } from './render.js';

/** The parts of an item a digest shows; the store's `StoredItem` extends it. */
export interface DigestSourceItem {
  id: string;
  title: string;
  link: string | null;
  summary: string;
  published: string | null;
  source: string;
  official: boolean;
  countries: string[];
  pair: [string, string] | null;
  topics: TopicId[];
  seenAt: number;
  storyId?: string | undefined;
}

/** How a reader's language and time zone dress an entry. */
export interface EntryLocale {
  heading(item: DigestSourceItem): string;
  topicName(topic: TopicId): string;
  time(ms: number): string;
}

/**
 * Turns items into digest entries, one per story: reports of one event by several feeds become
 * one entry whose title comes from an official source when there is one, with the others listed.
 */
export function toDigestEntries(items: DigestSourceItem[], locale: EntryLocale): DigestEntry[] {
  const stories = new Map<string, DigestSourceItem[]>();
  for (const item of items) {
    const key = item.storyId ?? item.id;
    stories.set(key, [...(stories.get(key) ?? []), item]);
  }
  return [...stories.values()].map((reports) => {
    const ordered = [...reports].sort((a, b) => Number(b.official) - Number(a.official) || a.seenAt - b.seenAt);
    const lead = ordered[0]!;
    const sources = ordered
      .map((item) => ({ name: item.source, official: item.official }))
      .filter((source, i, all) => all.findIndex((s) => s.name === source.name) === i);
    const published = lead.published ? Date.parse(lead.published) : NaN;
    return {
      itemIds: ordered.map((item) => item.id),
      title: lead.title,
      link: lead.link,
      summary: lead.summary,
      sources,
      time: locale.time(Number.isFinite(published) ? published : lead.seenAt),
      heading: locale.heading(lead),
      topic: lead.topics[0] ? locale.topicName(lead.topics[0]) : '',
    };
  });
}
