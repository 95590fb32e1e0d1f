import type { Mention } from './gazetteer.js';
import { has, type FieldView } from './field-view.js';

/**
 * "встречались в Бонне, Гамбурге, Москве и Маниле", "met in Bonn, Hamburg and Manila": a city further
 * down a list of places after a preposition of place is a venue too. Walks back over capitalised
 * words joined by commas or a short conjunction to the preposition.
 */
export function isListedVenue(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  if (m.kind !== 'capital' || m.chars) return false;
  const sentence = view.tokens[m.first]?.sentence;
  let k = m.first;
  for (let steps = 0; steps < 8; steps++) {
    const gap = view.tokens[k]?.gapBefore ?? '';
    const prev = view.tokens[k - 1];
    if (!prev || prev.sentence !== sentence) return false;
    if (/^\s*,\s*$/.test(gap) && prev.capitalized) {
      k--;
      continue;
    }
    if (/^\s+$/.test(gap) && !prev.capitalized && prev.raw.length <= 3 && !has(flags, k - 1, 'venue')) {
      // the conjunction before the last place: "und", "and", "и", "ve"
      const before = view.tokens[k - 2];
      if (!before?.capitalized || !/^\s+$/.test(prev.gapBefore)) return false;
      k -= 2;
      continue;
    }
    // Back at the first place of the list: the word before it must be the preposition.
    return k !== m.first && has(flags, k - 1, 'venue') && /^\s+$/.test(gap);
  }
  return false;
}
