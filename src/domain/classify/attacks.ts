import { mentionsEndingAt } from './field-index.js';
import { has, type FieldView } from './field-view.js';
import { formalNameStart } from './formal-name.js';
import type { Mention } from './gazetteer.js';
import { isArticle } from './mention-rules.js';

/**
 * How a statement about an attack reads a country: the place an attacked embassy sits in is only the
 * scene ('scene'); the country a named attacker attacked is what the statement is about ('target').
 * Either way the statement does not address it. `sceneSentences`: sentences with a word of attack.
 */
export function attackReading(
  m: Mention,
  view: FieldView,
  flags: Uint32Array,
  lang: string,
  sceneSentences: ReadonlySet<number>,
): 'scene' | 'target' | null {
  if (sceneSentences.has(m.sentence) && isAttackedPostPlace(m, view, flags)) return 'scene';
  return isAttackTarget(m, view, flags, lang) ? 'target' : null;
}

/** How far before an embassy's word a word of attack makes the embassy the target ("ataque … contra la Embajada"). */
const ATTACK_REACH = 8;

/**
 * "condena el ataque contra la Embajada de Rusia en Damasco": where an embassy was attacked, the
 * country it sits in is only the scene; the statement addresses the embassy's own country.
 */
function isAttackedPostPlace(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  if (m.chars) return false;
  // "in der Türkei": an article may stand between the preposition and the name.
  const named = formalNameStart(view, m.first);
  const at = isArticle(view.tokens[named - 1]?.norm ?? '') ? named - 1 : named;
  if (!has(flags, at - 1, 'venue')) return false;
  const sender = mentionsEndingAt(view, at - 1).find((p) => p.sentence === m.sentence);
  const post = has(flags, at - 2, 'post')
    ? at - 2
    : sender && has(flags, sender.first - 1, 'post')
      ? sender.first - 1
      : sender && has(flags, sender.first - 2, 'post')
        ? sender.first - 2
        : -1;
  if (post < 0) return false;
  for (let k = Math.max(0, post - ATTACK_REACH); k < post; k++)
    if (view.tokens[k]?.sentence === m.sentence && has(flags, k, 'scene')) return true;
  return false;
}

/** Prepositions that take the target of an attack ("Angriff auf Israel", "ataque contra Ucrania"). */
const ATTACK_TARGET: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['on', 'against']),
  de: new Set(['auf', 'gegen']),
  es: new Set(['a', 'contra']),
  fr: new Set(['contre', 'sur']),
  it: new Set(['contro']),
  ru: new Set(['по', 'на', 'против']),
  uk: new Set(['по', 'на', 'проти']),
  ar: new Set(['على', 'ضد']),
};

/**
 * "verurteilt den iranischen Raketenangriff auf Israel", "condena el ataque de Irán a Israel": where
 * the attacker is named, the statement addresses the attacker; the country attacked is what it is about.
 */
function isAttackTarget(m: Mention, view: FieldView, flags: Uint32Array, lang: string): boolean {
  if (m.chars || !ATTACK_TARGET[lang]?.has(view.tokens[m.first - 1]?.norm ?? '')) return false;
  const sentence = m.sentence;
  // The attack word stands right before the preposition or before the attacker's name ("ataques de Rusia
  // contra"); "Angriff auf", "attack on" are phrases of subject matter, which hide the word of attack.
  let attack = -1;
  for (let k = m.first - 2; k >= Math.max(0, m.first - 5); k--)
    if (view.tokens[k]?.sentence === sentence && (has(flags, k, 'scene') || has(flags, k, 'about'))) {
      attack = k;
      break;
    }
  if (attack < 0) return false;
  const other = (o: Mention) => o.sentence === sentence && !o.codes.some((c) => m.codes.includes(c));
  // The attacker: a name between the attack word and the preposition, or right before the attack word.
  return view.mentions.some((o) => other(o) && ((o.first > attack && o.last < m.first) || o.last === attack));
}
