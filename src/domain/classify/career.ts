import type { Mention } from './gazetteer.js';
import type { LexHit } from './lexicon.js';
import { has, type FieldView } from './field-view.js';

// How far a career cue reaches: one clause of postings ("previously served as ambassador to Iran,
// Malaysia and Finland"), not the rest of a long sentence. In CJK, runs joined by list marks.
const REACH_WORDS = 24;
const REACH_RUNS = 12;

const isCareer = (h: LexHit) => h.payloads.some((p) => p.type === 'cue' && p.cue === 'career');

/** Every gap from the run after `from` to the run `to` is a list mark: "以色列、加拿大、新加坡". */
function listedAfter(view: FieldView, from: number, to: number): boolean {
  if (to - from > REACH_RUNS) return false;
  for (let k = from + 1; k <= to; k++)
    if (!/^[、・\s]*$/u.test(view.tokens[k]?.gapBefore ?? ',')) return false;
  return true;
}

/**
 * No comma between the two ends a clause: a comma counts only when a country follows it (a list), or
 * another post ("…, chargé d'affaires at the Embassy in Helsinki and Ambassador to Laos").
 */
function inClause(
  view: FieldView,
  flags: Uint32Array,
  starts: ReadonlySet<number>,
  from: number,
  to: number,
): boolean {
  for (let k = from + 1; k <= to; k++) {
    if (!/[,;:()]/.test(view.tokens[k]?.gapBefore ?? '') || starts.has(k)) continue;
    if (/^\s*,\s*$/.test(view.tokens[k]?.gapBefore ?? '') && (has(flags, k, 'post') || has(flags, k, 'role')))
      continue;
    return false;
  }
  return true;
}

/**
 * "曾任日本駐以色列、加拿大、新加坡大使", "ранее работал послом в России", "previously served in Iran":
 * countries after a word that opens a person's earlier posts are past postings, not actors. Returns
 * the test for one field; only the nearest cue before a mention can reach it, so each test is bounded.
 */
export function pastPostings(view: FieldView, flags: Uint32Array): (m: Mention) => boolean {
  const cues = view.hits.filter(isCareer);
  if (cues.length === 0) return () => false;
  const starts = new Set(view.mentions.map((x) => x.first));
  return (m) => {
    // The last cue that starts at or before the mention (hits come in text order).
    let lo = 0;
    let hi = cues.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const h = cues[mid]!;
      const before =
        h.first < m.first || (h.first === m.first && (h.chars?.[1] ?? Infinity) <= (m.chars?.[0] ?? -1));
      if (before) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const h = cues[at];
    if (!h || h.sentence !== m.sentence) return false;
    if (m.chars || h.chars) {
      if (!m.chars || !h.chars) return false;
      return h.first === m.first || listedAfter(view, h.first, m.first);
    }
    return (
      m.first >= h.last && m.first - h.last < REACH_WORDS && inClause(view, flags, starts, h.last, m.first)
    );
  };
}
