import inflections from '../countries/inflections.json' with { type: 'json' };
import { fold } from '../countries/normalize.js';
import type { FieldView } from './field-view.js';
import { isArticle, OF } from './mention-rules.js';

const FORMAL = new Set(inflections.formalWords.words.map((w) => fold(w)));
/** How far a state's formal name may reach back before its short name. */
const FORMAL_REACH = 6;

/**
 * Where a state's formal name begins before the word at `end` ("der Islamischen Republik",
 * "de la Fédération de"): the run of formal words, articles and words of possession right before
 * it, within the sentence, no further back than `limit`, holding at least one formal word; `end`
 * when there is none.
 */
export function formalNameStart(view: FieldView, end: number, limit = end - FORMAL_REACH): number {
  const sentence = view.tokens[end]?.sentence;
  let start = end;
  let formal = false;
  for (let k = end - 1; k >= Math.max(0, limit); k--) {
    const t = view.tokens[k];
    if (!t || t.sentence !== sentence || /[,;:()]/.test(view.tokens[k + 1]?.gapBefore ?? '')) break;
    if (FORMAL.has(t.norm)) formal = true;
    else if (!OF.has(t.norm) && !isArticle(t.norm) && t.norm !== 'd') break;
    start = k;
  }
  return formal ? start : end;
}
