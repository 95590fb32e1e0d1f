import type { Actor } from './salience.js';

/** What the lexicon saw about the kind of event, for the pair rules. */
export interface EventCues {
  bilateral: number;
  forum: number;
  speech: number;
}

export interface PairDecision {
  pair: [string, string] | null;
  rule: string;
}

/**
 * The label scheme's pair: the two actors of one bilateral event, sorted. Null for one actor or
 * three and more (trilateral events, several meetings in one item, joint statements), and for a
 * statement about a country made inside a multilateral forum (a speech at the Security Council),
 * unless the item also reports a meeting, call or visit between the two.
 */
export function decidePair(actors: readonly Actor[], cues: EventCues): PairDecision {
  if (actors.length < 2) return { pair: null, rule: actors.length === 0 ? 'no country acts' : 'a single actor' };
  if (actors.length > 2) return { pair: null, rule: `${actors.length} actors: not one bilateral event` };
  const [a, b] = actors.map((x) => x.code).sort() as [string, string];
  if (cues.forum > 0 && cues.speech > 0 && cues.bilateral === 0) {
    return { pair: null, rule: 'a statement inside a multilateral forum' };
  }
  return { pair: [a, b], rule: 'two actors of one event' };
}
