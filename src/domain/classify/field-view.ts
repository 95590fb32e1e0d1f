import type { Field, Mention } from './gazetteer.js';
import { CUE_KINDS, type CueKind, type LexHit } from './lexicon.js';
import type { Token } from './tokenize.js';

/** One field as the salience rules see it: words, country mentions, lexicon cues. */
export interface FieldView {
  field: Field;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  hits: readonly LexHit[];
  lowercase: boolean;
}

const BIT = Object.fromEntries(CUE_KINDS.map((k, i) => [k, 1 << i])) as Record<CueKind, number>;

/** One bit per cue kind (there are fewer than 32), in the order of CUE_KINDS. */
export const cueBit = (cue: CueKind): number => BIT[cue];

export function cueFlags(view: FieldView): Uint32Array {
  const flags = new Uint32Array(view.tokens.length);
  for (const hit of view.hits) {
    let bits = 0;
    for (const p of hit.payloads) if (p.type === 'cue') bits |= BIT[p.cue];
    for (let k = hit.first; k < hit.last; k++) flags[k] = (flags[k] ?? 0) | bits;
  }
  return flags;
}

/** Whether the token at `i` is part of a cue of this kind (flags from `cueFlags`). */
export const has = (flags: Uint32Array, i: number, cue: CueKind) => ((flags[i] ?? 0) & BIT[cue]) !== 0;
