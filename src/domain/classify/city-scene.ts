import { cueFlags, has, type FieldView } from './field-view.js';
import type { Mention } from './gazetteer.js';
import { OF } from './mention-rules.js';

/** How far a word of attack or disaster may stand from the city it happened in. */
const SCENE_REACH = 4;

/**
 * "condemns the attack in Istanbul", "Теракт у метро Санкт-Петербурга: … співчуття": a large city
 * names its country only as the scene of an attack or disaster that a statement in the same sentence
 * addresses, or that the headline reports ("attentato a Gedda"); or through its own mayor (ownOffice).
 * Every other city mention leaves the field, so that it neither acts nor joins a list.
 */
export function keepCityScenes(view: FieldView): FieldView {
  if (!view.mentions.some((m) => m.kind === 'city')) return view;
  const flags = cueFlags(view);
  const statement = new Set(
    view.hits
      .filter((h) => h.payloads.some((p) => p.type === 'cue' && p.cue === 'condemn'))
      .map((h) => h.sentence),
  );
  return {
    ...view,
    mentions: view.mentions.filter(
      (m) =>
        m.kind !== 'city' ||
        ((view.field === 'title' || statement.has(m.sentence)) && sceneNear(m, view, flags)) ||
        ownOffice(m, view, flags),
    ),
  };
}

/**
 * "Мер Львова", "the mayor of Odesa", "İstanbul Valisi": the city's own mayor or governor acts for
 * its country. The office stands right before the city (across 'of'), or right after it.
 */
function ownOffice(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  if (m.chars) return false;
  const office = (k: number) => view.tokens[k]?.sentence === m.sentence && has(flags, k, 'localOffice');
  return (
    office(m.first - 1) ||
    (office(m.first - 2) && OF.has(view.tokens[m.first - 1]?.norm ?? '')) ||
    office(m.last)
  );
}

/** Whether a word of attack or disaster stands beside the mention, in its sentence (or its CJK run). */
export function sceneNear(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  // Within a CJK run (one token) the word stands in the run itself or the next one.
  const reach = m.chars ? 1 : SCENE_REACH;
  for (let k = Math.max(0, m.first - reach); k < Math.min(view.tokens.length, m.last + reach); k++)
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
export function isAttackTarget(m: Mention, view: FieldView, flags: Uint32Array, lang: string): boolean {
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
