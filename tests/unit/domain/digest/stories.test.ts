import { describe, expect, it } from 'vitest';
import { sameStory, storyBucket, storyWords, type StoryFacts } from '../../../../src/domain/digest/stories.js';

const facts = (over: Partial<StoryFacts>): StoryFacts => ({
  itemId: 'x',
  storyId: 'x',
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
    const italian = facts({ language: 'it', words: storyWords('Bayramov incontra La Russa', 'Rapporti tra Italia e Azerbaigian.'), seenAt: 3 * 3600_000 });
    expect(sameStory(facts({}), italian)).toBe(true);
  });

  it('keeps apart two events of one pair on one day in one language', () => {
    const other = facts({ words: storyWords('Gas deliveries to Italy reach record', 'SOCAR reports volumes through TAP pipeline.'), topics: ['bilateral-relations'] });
    expect(sameStory(facts({}), other)).toBe(false);
  });

  it('keeps apart different topics, different pairs and reports far apart in time', () => {
    expect(sameStory(facts({}), facts({ topics: ['energy'] }))).toBe(false);
    expect(sameStory(facts({}), facts({ pair: ['AZ', 'FR'] }))).toBe(false);
    expect(sameStory(facts({}), facts({ seenAt: 40 * 3600_000 }))).toBe(false);
  });

  it('buckets by pair, else first country', () => {
    expect(storyBucket({ pair: ['AZ', 'IT'], countries: ['IT', 'AZ'] })).toBe('AZ-IT');
    expect(storyBucket({ pair: null, countries: ['GE'] })).toBe('GE');
    expect(storyBucket({ pair: null, countries: [] })).toBeNull();
  });
});
