import type { Mention } from './gazetteer.js';
import type { FieldView } from './mention-rules.js';

// How far a career cue reaches in a spaced script: one clause of postings ("previously served as
// ambassador to Iran, Malaysia and Finland"), not the rest of a long sentence.
const REACH_WORDS = 14;

/** Every gap from the run after `from` to the run `to` is a list mark: "以色列、加拿大、新加坡". */
function listedAfter(view: FieldView, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++)
    if (!/^[、・\s]*$/u.test(view.tokens[k]?.gapBefore ?? ',')) return false;
  return true;
}

/** No comma between the two ends a clause: a comma counts only when a country follows it (a list). */
function inClause(view: FieldView, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    if (!/[,;:()]/.test(view.tokens[k]?.gapBefore ?? '')) continue;
    if (!view.mentions.some((x) => x.first === k)) return false;
  }
  return true;
}

/**
 * "曾任日本駐以色列、加拿大、新加坡大使", "ранее работал послом в России", "previously served in Iran":
 * countries after a word that opens a person's earlier posts are past postings, not actors. In CJK
 * the cue covers the rest of its run (up to the next comma); elsewhere a few words of its sentence.
 */
export function isPastPosting(m: Mention, view: FieldView): boolean {
  for (const h of view.hits) {
    if (h.sentence !== m.sentence || !h.payloads.some((p) => p.type === 'cue' && p.cue === 'career'))
      continue;
    if (m.chars || h.chars) {
      // The mention after the cue, in its run or in a run joined to it by list marks (、), not across a comma.
      if (!m.chars || !h.chars) continue;
      if (
        h.first === m.first
          ? m.chars[0] >= h.chars[1]
          : m.first > h.first && listedAfter(view, h.first, m.first)
      )
        return true;
      continue;
    }
    if (m.first >= h.last && m.first - h.last < REACH_WORDS && inClause(view, h.last, m.first)) return true;
  }
  return false;
}
