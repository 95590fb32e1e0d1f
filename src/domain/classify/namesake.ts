import persons from '../countries/persons.json' with { type: 'json' };
import { editDistance } from '../countries/edit-distance.js';
import { fold } from '../countries/normalize.js';
import type { Mention } from './gazetteer.js';
import type { CueKind } from './lexicon.js';
import { has, type FieldView } from './field-view.js';

// For each office holder's surname, the given names written with it ("renzi" → "matteo"; both parts
// of "Kassym-Jomart").
const GIVEN = new Map<string, Set<string>>();
for (const forms of Object.values(persons.persons as Record<string, string[]>)) {
  for (const form of forms) {
    const words = form.split(/\s+/);
    if (words.length < 2) continue;
    const surname = fold(words[words.length - 1]!);
    let set = GIVEN.get(surname);
    if (!set) GIVEN.set(surname, (set = new Set()));
    for (const part of words[0]!.split('-')) set.add(fold(part));
  }
}

const OFFICE_CUES: readonly CueKind[] = ['role', 'post', 'titleNoun', 'personTitle'];

// Transliterations of one given name differ by a few letters (Dmytro/Dmitro, Giorgos/Yorgo, Kassym/Kasım).
const SPELLING_SLACK = 3;
const isGivenName = (word: string, given: ReadonlySet<string>) =>
  [...given].some((g) => editDistance(word, g, SPELLING_SLACK + 1) <= SPELLING_SLACK);

/**
 * "Nicola Renzi" is not Matteo Renzi: a known office holder's bare surname right after a capitalised
 * word that is none of his given names, and no office, title or country, is another person's full
 * name. Only where capitals mean something: German capitalises every noun ("Kremlchef Putin"), and
 * Arabic and CJK have no capitals.
 */
export function isNamesake(
  m: Mention,
  view: FieldView,
  flags: Uint32Array,
  mentionEnds: ReadonlySet<number>,
  lang: string,
): boolean {
  if (m.kind !== 'person' || m.last - m.first !== 1 || m.chars || lang === 'de' || view.field === 'title')
    return false;
  const name = view.tokens[m.first];
  const before = view.tokens[m.first - 1];
  const earlier = view.tokens[m.first - 2];
  if (!name || !before || before.sentence !== name.sentence || !/^\s+$/.test(name.gapBefore)) return false;
  // The word before opens its sentence: capitalised for that reason alone ("Yesterday Putin said").
  if (!earlier || earlier.sentence !== before.sentence) return false;
  if (!before.capitalized || before.upper || before.raw === before.raw.toLowerCase()) return false;
  const given = GIVEN.get(name.norm);
  if (!given || isGivenName(before.norm, given) || mentionEnds.has(m.first)) return false;
  // An office may end in a capitalised word ("segretario di Stato Rubio"): the cue covers it.
  return !OFFICE_CUES.some((cue) => has(flags, m.first - 1, cue));
}
