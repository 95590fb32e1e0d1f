import type { Mention } from './gazetteer.js';
import { CUE_KINDS, type CueKind, type LexHit } from './lexicon.js';
import type { FieldView } from './field-view.js';

/**
 * Lookups over one field, built on first use and kept while the field lives: the rules are asked per
 * mention, and a scan of the field's hits or mentions per mention would make a long field quadratic.
 */
interface FieldIndex {
  hitsByToken: Map<number, LexHit[]>;
  mentionsEndingAt: Map<number, Mention[]>;
  mentionsStartingAt: Map<number, Mention[]>;
  cues: Set<CueKind>;
  /** Sentence → the cue kinds found in it, one bit each (in the order of CUE_KINDS). */
  sentenceCues: Map<number, number>;
}

// The index rides on the view itself, in a hidden property that a copy (`{ ...view, mentions }`) does
// not take along. A WeakMap from views to indexes cost a third of the classifier's time: its entries,
// one per field of every item, had to be traced at each young-generation collection.
const INDEX = Symbol('field index');
type Indexed = FieldView & { [INDEX]?: FieldIndex };

// One bit per cue kind (there are fewer than 32), as in mention-rules' cue flags.
const BITS = Object.fromEntries(CUE_KINDS.map((k, i) => [k, 1 << i])) as Record<CueKind, number>;
const cueBit = (cue: CueKind): number => BITS[cue];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexOf(view: FieldView): FieldIndex {
  let index = (view as Indexed)[INDEX];
  if (index) return index;
  index = {
    hitsByToken: new Map(),
    mentionsEndingAt: new Map(),
    mentionsStartingAt: new Map(),
    cues: new Set(),
    sentenceCues: new Map(),
  };
  for (const h of view.hits) {
    push(index.hitsByToken, h.first, h);
    for (const p of h.payloads) {
      if (p.type !== 'cue') continue;
      index.cues.add(p.cue);
      index.sentenceCues.set(h.sentence, (index.sentenceCues.get(h.sentence) ?? 0) | cueBit(p.cue));
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
  return indexOf(view).hitsByToken.get(token) ?? [];
}

/** The mentions whose span ends just before `token` (`last === token`). */
export function mentionsEndingAt(view: FieldView, token: number): readonly Mention[] {
  return indexOf(view).mentionsEndingAt.get(token) ?? [];
}

/** The mentions whose span starts at `token`. */
export function mentionsStartingAt(view: FieldView, token: number): readonly Mention[] {
  return indexOf(view).mentionsStartingAt.get(token) ?? [];
}

/** Whether a sentence of the field holds a cue of this kind. */
export function sentenceHasCue(view: FieldView, sentence: number, cue: CueKind): boolean {
  return ((indexOf(view).sentenceCues.get(sentence) ?? 0) & cueBit(cue)) !== 0;
}

/** Whether the field holds a cue of this kind anywhere. */
export function fieldHasCue(view: FieldView, cue: CueKind): boolean {
  return indexOf(view).cues.has(cue);
}

/** Whether the headline, or the first two sentences of the text, hold a cue of this kind. */
export function openingHasCue(views: readonly FieldView[], cue: CueKind): boolean {
  return views.some((v) =>
    v.field === 'title' ? fieldHasCue(v, cue) : sentenceHasCue(v, 0, cue) || sentenceHasCue(v, 1, cue),
  );
}
