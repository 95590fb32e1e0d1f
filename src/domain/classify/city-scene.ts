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
