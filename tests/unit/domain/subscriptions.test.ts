import { describe, expect, it } from 'vitest';
import {
  candidateKeys,
  matches,
  parseSubscriptions,
  targetKey,
  type TargetResolver,
} from '../../../src/domain/subscriptions.js';

const names: Record<string, string> = { az: 'AZ', azerbaijan: 'AZ', it: 'IT', italy: 'IT', fr: 'FR', 'guinea-bissau': 'GW', ge: 'GE' };
const resolver: TargetResolver = {
  country: (text) => names[text.trim().toLowerCase()] ?? null,
  group: (text) => (text.trim().toUpperCase() === 'EU' ? { id: 'EU', members: ['FR', 'IT'] } : null),
};

describe('parseSubscriptions', () => {
  it('reads countries, pairs with a dash or plus, groups and trailing topics', () => {
    const parsed = parseSubscriptions('Azerbaijan, AZ-IT energy trade-economy, IT + FR, EU', resolver);
    expect(parsed.errors).toEqual([]);
    expect(parsed.subscriptions.map((s) => [targetKey(s.target), s.topics])).toEqual([
      ['AZ', []],
      ['AZ-IT', ['energy', 'trade-economy']],
      ['FR-IT', []],
      ['g:EU', []],
    ]);
  });

  it('reads `instant` after the target and topics', () => {
    const parsed = parseSubscriptions('AZ-IT energy instant, Azerbaijan', resolver);
    expect(parsed.subscriptions).toEqual([
      { target: { kind: 'pair', codes: ['AZ', 'IT'] }, topics: ['energy'], instant: true },
      { target: { kind: 'country', code: 'AZ' }, topics: [] },
    ]);
    expect(parseSubscriptions('instant', resolver).errors).toEqual([{ kind: 'unknown-target', input: 'instant' }]);
  });

  it('sorts a pair and tries hyphenated names whole first', () => {
    expect(targetKey(parseSubscriptions('IT–AZ', resolver).subscriptions[0]!.target)).toBe('AZ-IT');
    expect(targetKey(parseSubscriptions('Guinea-Bissau', resolver).subscriptions[0]!.target)).toBe('GW');
  });

  it('does not read "AZ IT" as a pair without a dash', () => {
    expect(parseSubscriptions('AZ IT', resolver).errors).toEqual([{ kind: 'unknown-target', input: 'AZ IT' }]);
  });

  it('explains unknown targets, same-country pairs and empty input', () => {
    expect(parseSubscriptions('Atlantis', resolver).errors).toEqual([{ kind: 'unknown-target', input: 'Atlantis' }]);
    expect(parseSubscriptions('AZ-Azerbaijan', resolver).errors).toEqual([{ kind: 'same-country-pair', input: 'AZ-Azerbaijan' }]);
    expect(parseSubscriptions(' , ', resolver).errors).toEqual([{ kind: 'empty' }]);
  });
});

describe('matching', () => {
  const item = { countries: ['AZ', 'IT'], pair: ['AZ', 'IT'] as [string, string], topics: ['bilateral-relations' as const] };

  it('delivers an AZ–IT item to AZ-IT, AZ and IT subscribers, not to AZ-FR', () => {
    const sub = (text: string) => parseSubscriptions(text, resolver).subscriptions[0]!;
    expect(matches(sub('AZ-IT'), item)).toBe(true);
    expect(matches(sub('AZ'), item)).toBe(true);
    expect(matches(sub('IT'), item)).toBe(true);
    expect(matches(sub('EU'), item)).toBe(true);
    expect(matches(sub('AZ-FR'), item)).toBe(false);
    expect(matches(sub('FR'), item)).toBe(false);
  });

  it('applies topic filters', () => {
    const sub = (text: string) => parseSubscriptions(text, resolver).subscriptions[0]!;
    expect(matches(sub('AZ-IT energy'), item)).toBe(false);
    expect(matches(sub('AZ-IT energy bilateral-relations'), item)).toBe(true);
  });

  it('lists the index keys an item can reach', () => {
    expect(candidateKeys(item, (code) => (code === 'IT' ? ['EU'] : []))).toEqual(['AZ', 'IT', 'AZ-IT', 'g:EU']);
  });
});
