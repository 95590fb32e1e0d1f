import type { Mention } from './gazetteer.js';
import type { CueKind, LexHit } from './lexicon.js';
import type { Token } from './tokenize.js';
import { cueBit, type FieldView } from './field-view.js';

/**
 * Lookups over one field, built on first use and kept while the field lives: the rules are asked per
 * mention, and a scan of the field's hits or mentions per mention would make a long field quadratic.
 */
interface FieldIndex {
  /** By token: the hits that start there, the mentions that end just before it, those that start there. */
  hitsByToken: (LexHit[] | undefined)[];
  mentionsEndingAt: (Mention[] | undefined)[];
  mentionsStartingAt: (Mention[] | undefined)[];
  /** The cue kinds found in the field, one bit each (in the order of CUE_KINDS). */
  cues: number;
  /** By sentence: the cue kinds found in it. */
  sentenceCues: number[];
}

// The index rides on the view itself, in a hidden property that a copy (`{ ...view, mentions }`) does
// not take along. A WeakMap from views to indexes cost a third of the classifier's time: its entries,
// one per field of every item, had to be traced at each young-generation collection.
const INDEX = Symbol('field index');
type Indexed = FieldView & { [INDEX]?: FieldIndex };

const NONE: readonly never[] = [];

function push<V>(lists: (V[] | undefined)[], at: number, value: V): void {
  const list = lists[at];
  if (list) list.push(value);
  else lists[at] = [value];
}

function indexOf(view: FieldView): FieldIndex {
  let index = (view as Indexed)[INDEX];
  if (index) return index;
  index = {
    hitsByToken: [],
    mentionsEndingAt: [],
    mentionsStartingAt: [],
    cues: 0,
    sentenceCues: [],
  };
  for (const h of view.hits) {
    push(index.hitsByToken, h.first, h);
    for (const p of h.payloads) {
      if (p.type !== 'cue') continue;
      index.cues |= cueBit(p.cue);
      index.sentenceCues[h.sentence] = (index.sentenceCues[h.sentence] ?? 0) | cueBit(p.cue);
    }
  }
  for (const m of view.mentions) {
    push(index.mentionsEndingAt, m.last, m);
    push(index.mentionsStartingAt, m.first, m);
  }
  Object.defineProperty(view, INDEX, { value: index, enumerable: false });
  return index;
}

/** The lexicon hits that start at a token (in CJK text: every hit inside that run). */
export function hitsIn(view: FieldView, token: number): readonly LexHit[] {
  return (token >= 0 && indexOf(view).hitsByToken[token]) || NONE;
}

/** The mentions whose span ends just before `token` (`last === token`). */
export function mentionsEndingAt(view: FieldView, token: number): readonly Mention[] {
  return (token >= 0 && indexOf(view).mentionsEndingAt[token]) || NONE;
}

/** The mentions whose span starts at `token`. */
export function mentionsStartingAt(view: FieldView, token: number): readonly Mention[] {
  return (token >= 0 && indexOf(view).mentionsStartingAt[token]) || NONE;
}

/**
 * The word holding a Turkish or Azerbaijani case ending that an apostrophe sets off from the mention
 * ("Arabistan" "ın", "Cezayir" "in" "ardından"), or undefined when the ending sits on the word.
 */
export function endingApart(view: FieldView, m: Mention): Token | undefined {
  const next = view.tokens[m.last];
  return next !== undefined && /^['’]$/.test(next.gapBefore) ? next : undefined;
}

/** Whether a sentence of the field holds a cue of this kind. */
export function sentenceHasCue(view: FieldView, sentence: number, cue: CueKind): boolean {
  return ((indexOf(view).sentenceCues[sentence] ?? 0) & cueBit(cue)) !== 0;
}

/** Whether the field holds a cue of this kind anywhere. */
export function fieldHasCue(view: FieldView, cue: CueKind): boolean {
  return (indexOf(view).cues & cueBit(cue)) !== 0;
}

/** Whether the headline, or the first two sentences of the text, hold a cue of this kind. */
export function openingHasCue(views: readonly FieldView[], cue: CueKind): boolean {
  return views.some((v) =>
    v.field === 'title' ? fieldHasCue(v, cue) : sentenceHasCue(v, 0, cue) || sentenceHasCue(v, 1, cue),
  );
}
