import { describe, expect, it } from 'vitest';
import { sameStory, storyBucket, storyWords, type StoryFacts } from '../../../../src/domain/digest/stories.js';

const facts = (over: Partial<StoryFacts>): StoryFacts => ({
  itemId: 'x',
  storyId: 'x',
  feedId: '1',
  pair: ['AZ', 'IT'],
  countries: ['AZ', 'IT'],
  topics: ['bilateral-relations'],
  language: 'en',
  words: storyWords('Bayramov meets La Russa in Rome', 'Azerbaijan and Italy discussed relations.'),
  seenAt: 0,
  ...over,
});

describe('sameStory', () => {
  it('joins reports of one meeting across languages by pair, topic and time', () => {
    const italian = facts({ feedId: '2', language: 'it', words: storyWords('Bayramov incontra La Russa', 'Rapporti tra Italia e Azerbaigian.'), seenAt: 3 * 3600_000 });
    expect(sameStory(facts({}), italian)).toBe(true);
  });

  it('keeps apart two events of one pair on one day in one language', () => {
    const other = facts({ feedId: '2', words: storyWords('Gas deliveries to Italy reach record', 'SOCAR reports volumes through TAP pipeline.'), topics: ['bilateral-relations'] });
    expect(sameStory(facts({}), other)).toBe(false);
  });

  it('keeps apart different topics, different pairs and reports far apart in time', () => {
    expect(sameStory(facts({}), facts({ feedId: '2' }))).toBe(true);
    expect(sameStory(facts({}), facts({}))).toBe(false); // one feed, two items: two stories
    expect(sameStory(facts({}), facts({ feedId: '2', topics: ['energy'] }))).toBe(false);
    expect(sameStory(facts({}), facts({ feedId: '2', pair: ['AZ', 'FR'] }))).toBe(false);
    expect(sameStory(facts({}), facts({ feedId: '2', seenAt: 40 * 3600_000 }))).toBe(false);
  });

  it('merges pair-less items only when their words nearly match', () => {
    const statement = (n: number) =>
      facts({ feedId: String(n), pair: null, countries: ['AZ'], topics: ['statements-condemnation'], words: storyWords(`Statement of the Ministry of Foreign Affairs on ${n === 1 ? 'the earthquake in Turkey' : 'the elections in Georgia'}`, '') });
    expect(sameStory(statement(1), statement(2))).toBe(false);
  });

  it('buckets by pair, else first country', () => {
    expect(storyBucket({ pair: ['AZ', 'IT'], countries: ['IT', 'AZ'] })).toBe('AZ-IT');
    expect(storyBucket({ pair: null, countries: ['GE'] })).toBe('GE');
    expect(storyBucket({ pair: null, countries: [] })).toBeNull();
  });
});
