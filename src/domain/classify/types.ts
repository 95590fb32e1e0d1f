import type { TopicId } from '../topics.js';

/** What the classifier reads: one feed item. */
export interface ClassifyInput {
  id?: string;
  title: string;
  text: string;
  /** BCP 47 language of the item, when the feed declares it. */
  language?: string;
  /** ISO alpha-2 country of a ministry's own feed: an actor even when the text never names it. */
  sourceCountry?: string;
  /**
   * ISO alpha-2 country of a press feed (an agency, a newspaper): no actor by itself, but whose
   * ministry its items name without a country ("وزير الخارجية يستقبل …" in a Kuwaiti agency's feed)
   * where the item's language does not tell it.
   */
  pressCountry?: string;
}

/** One piece of evidence behind a decision, for `/why` and debugging. */
export interface Evidence {
  code: string;
  /** The words as written ("Азербайджана", "Türkiye'nin" → "Türkiye"). */
  matched: string;
  where: 'title' | 'text' | 'source';
  /** name, adjective, capital, person, or source. */
  kind?: string;
  /** Gazetteer form the words matched ("Азербайджан"). */
  form?: string;
  /** Sentence of the field (0 is the lead). */
  sentence?: number;
  /** What the mention added to its country's salience. */
  weight?: number;
  /** Rules that applied: role, venue, dateline, a person's name. */
  notes?: string[];
}

export interface Classification {
  /** ISO 3166-1 alpha-2 codes of the actors, most salient first. */
  countries: string[];
  /** The two actors of one bilateral event, sorted; null otherwise. */
  pair: [string, string] | null;
  /** Zero to three topic ids, most important first. */
  topics: TopicId[];
  language: string;
  why: {
    countries: Evidence[];
    /** The rule that decided the pair. */
    pair: string;
    topics: { topic: TopicId; matched: string[]; score?: number }[];
    /** Salience of every country mentioned; those at or above `threshold` act. */
    scores?: { code: string; score: number }[];
    threshold?: number;
    language?: 'declared' | 'detected';
  };
}

export interface Classifier {
  classify(input: ClassifyInput): Classification;
}
